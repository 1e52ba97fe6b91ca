package jemu.core.memory;

/**
 * One contiguous mapping of the guest address space, as {@code /proc/self/maps} shows it.
 * {@code tag} belongs to whoever created the mapping (the OS layer puts a file name there);
 * the core only carries it.
 */
public record Region(long start, long end, int prot, boolean shared, long offset, Object tag) {
    public long length() {
        return end - start;
    }

    Region slice(long from, long to) {
        return new Region(from, to, prot, shared, offset + (from - start), tag);
    }

    Region withProt(int newProt) {
        return new Region(start, end, newProt, shared, offset, tag);
    }
}
