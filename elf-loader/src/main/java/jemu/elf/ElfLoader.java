package jemu.elf;

import jemu.core.memory.GuestMemory;

/**
 * Maps the loadable segments of an ELF file into a guest address space as Linux's
 * {@code load_elf_binary} does: each PT_LOAD is a private file mapping with the segment's
 * permissions, the tail of its last file page past p_filesz is zeroed, and the rest of p_memsz
 * (bss) is fresh anonymous memory.
 */
public final class ElfLoader {
    private ElfLoader() {}

    private static final long PAGE = GuestMemory.PAGE_SIZE;
    private static final long MASK = GuestMemory.PAGE_MASK;

    /**
     * Loads {@code elf}, open on host descriptor {@code fd}, at {@code bias}.
     *
     * @param tag carried by every mapping made (the OS layer's name for /proc/self/maps)
     * @throws ElfFormatException if the segments do not fit the address space or the host refuses a mapping
     */
    public static LoadedImage load(GuestMemory mem, ElfFile elf, int fd, long bias, Object tag)
            throws ElfFormatException {
        long phdrAddr = 0;
        for (ProgramHeader ph : elf.programHeaders) {
            if (ph.type() == ProgramHeader.PT_PHDR) {
                phdrAddr = bias + ph.vaddr();
            }
        }
        for (ProgramHeader ph : elf.programHeaders) {
            if (ph.type() != ProgramHeader.PT_LOAD || ph.memsz() == 0) {
                continue;
            }
            loadSegment(mem, elf, ph, fd, bias, tag);
            if (phdrAddr == 0 && elf.phoff >= ph.offset() && elf.phoff < ph.offset() + ph.filesz()) {
                phdrAddr = bias + ph.vaddr() + (elf.phoff - ph.offset());
            }
        }
        int phent = elf.is64() ? 56 : 32;
        return new LoadedImage(bias, bias + elf.entry, phdrAddr, elf.programHeaders.size(), phent,
                bias + elf.maxLoadAddress());
    }

    private static void loadSegment(GuestMemory mem, ElfFile elf, ProgramHeader ph, int fd, long bias, Object tag)
            throws ElfFormatException {
        long vaddr = bias + ph.vaddr();
        long start = vaddr & ~MASK;
        long fileEnd = vaddr + ph.filesz();
        long memEnd = vaddr + ph.memsz();
        if (memEnd > mem.size || start < 0) {
            throw new ElfFormatException("segment at 0x" + Long.toHexString(vaddr) + " does not fit the address space");
        }
        int prot = ph.prot();
        long mappedEnd = start;
        if (ph.filesz() > 0) {
            mappedEnd = (fileEnd + MASK) & ~MASK;
            long offset = ph.offset() - (vaddr - start);
            check(mem.mapFile(start, mappedEnd - start, prot | GuestMemory.W, false, fd, offset, elf.fileSize, tag),
                    vaddr);
            // The file page holding p_filesz's end also holds whatever follows in the file. Under
            // a bss Linux zeroes it to the page's end (padzero), not just to p_memsz: ld.so's
            // minimal malloc hands out the rest of that page after _end and counts on zeroes.
            if (memEnd > fileEnd && (fileEnd & MASK) != 0 && (prot & GuestMemory.W) != 0) {
                mem.zero(fileEnd, mappedEnd - fileEnd);
            }
            if ((prot & GuestMemory.W) == 0) {
                check(mem.protect(start, mappedEnd - start, prot), vaddr);
            }
        }
        long bssEnd = (memEnd + MASK) & ~MASK;
        if (bssEnd > mappedEnd) {
            check(mem.mapAnonymous(mappedEnd, bssEnd - mappedEnd, prot, false, tag), vaddr);
        }
    }

    private static void check(long result, long vaddr) throws ElfFormatException {
        if (result != 0) {
            throw new ElfFormatException("cannot map segment at 0x" + Long.toHexString(vaddr) + " (errno " + -result + ")");
        }
    }

    /** Page-rounds a length up. */
    static long pageUp(long n) {
        return (n + PAGE - 1) & ~MASK;
    }
}
