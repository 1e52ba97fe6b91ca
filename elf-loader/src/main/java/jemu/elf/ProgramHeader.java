package jemu.elf;

/** One program header (Elf32_Phdr / Elf64_Phdr), widened to longs. */
public record ProgramHeader(int type, int flags, long offset, long vaddr, long filesz, long memsz, long align) {
    public static final int PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_PHDR = 6, PT_TLS = 7,
            PT_GNU_STACK = 0x6474e551;
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    /** The segment's permissions as PROT_* bits (R=1, W=2, X=4). */
    public int prot() {
        return ((flags & PF_R) != 0 ? 1 : 0) | ((flags & PF_W) != 0 ? 2 : 0) | ((flags & PF_X) != 0 ? 4 : 0);
    }
}
