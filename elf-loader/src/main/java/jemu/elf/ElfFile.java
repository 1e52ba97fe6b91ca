package jemu.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jemu.core.host.HostFiles;

/**
 * The parts of an ELF file that loading needs: the file header and the program headers, read
 * from an open host descriptor and checked the way Linux's {@code load_elf_binary} checks them.
 */
public final class ElfFile {
    public static final int ET_EXEC = 2, ET_DYN = 3;
    public static final int EM_ARM = 40, EM_AARCH64 = 183, EM_X86_64 = 62;
    public static final int ELFCLASS32 = 1, ELFCLASS64 = 2;

    public final int elfClass;
    public final int type;
    public final int machine;
    public final long entry;
    public final int flags;
    public final long phoff;
    public final List<ProgramHeader> programHeaders;
    /** The PT_INTERP path, or null for a static image. */
    public final byte[] interpreter;
    public final long fileSize;

    private ElfFile(int elfClass, int type, int machine, long entry, int flags, long phoff,
            List<ProgramHeader> phdrs, byte[] interpreter, long fileSize) {
        this.elfClass = elfClass;
        this.type = type;
        this.machine = machine;
        this.entry = entry;
        this.flags = flags;
        this.phoff = phoff;
        this.programHeaders = phdrs;
        this.interpreter = interpreter;
        this.fileSize = fileSize;
    }

    public boolean is64() {
        return elfClass == ELFCLASS64;
    }

    /** Whether the first bytes of a file are the ELF magic. */
    public static boolean hasElfMagic(byte[] head) {
        return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
    }

    /**
     * Reads and checks the headers of the ELF file open on host descriptor {@code fd}.
     *
     * @throws ElfFormatException if it is not a well-formed little-endian executable or shared object
     */
    public static ElfFile read(int fd) throws ElfFormatException {
        long fileSize = HostFiles.size(fd);
        byte[] head = HostFiles.pread(fd, 64, 0);
        if (head == null || fileSize < 0) {
            throw new ElfFormatException("cannot read file");
        }
        if (!hasElfMagic(head)) {
            throw new ElfFormatException("not an ELF file");
        }
        if (head.length < 52) {
            throw new ElfFormatException("truncated ELF header");
        }
        int elfClass = head[4];
        if (elfClass != ELFCLASS32 && elfClass != ELFCLASS64) {
            throw new ElfFormatException("bad ELF class " + elfClass);
        }
        if (head[5] != 1) {
            throw new ElfFormatException("not a little-endian ELF file");
        }
        boolean is64 = elfClass == ELFCLASS64;
        if (is64 && head.length < 64) {
            throw new ElfFormatException("truncated ELF header");
        }
        ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int type = h.getShort(16) & 0xffff;
        int machine = h.getShort(18) & 0xffff;
        long entry = is64 ? h.getLong(24) : h.getInt(24) & 0xffffffffL;
        long phoff = is64 ? h.getLong(32) : h.getInt(28) & 0xffffffffL;
        int flags = h.getInt(is64 ? 48 : 36);
        int phentsize = h.getShort(is64 ? 54 : 42) & 0xffff;
        int phnum = h.getShort(is64 ? 56 : 44) & 0xffff;
        if (type != ET_EXEC && type != ET_DYN) {
            throw new ElfFormatException("not an executable or shared object (e_type " + type + ")");
        }
        int expectedPhent = is64 ? 56 : 32;
        if (phentsize != expectedPhent) {
            throw new ElfFormatException("bad program header size " + phentsize);
        }
        if (phnum < 1 || phnum > 65536 / expectedPhent) {
            throw new ElfFormatException("bad program header count " + phnum);
        }
        long phSize = (long) phnum * phentsize;
        if (phoff < 0 || phoff + phSize > fileSize || phoff + phSize < phoff) {
            throw new ElfFormatException("program headers lie outside the file");
        }
        byte[] phBytes = HostFiles.pread(fd, (int) phSize, phoff);
        if (phBytes == null || phBytes.length != phSize) {
            throw new ElfFormatException("cannot read program headers");
        }
        ByteBuffer p = ByteBuffer.wrap(phBytes).order(ByteOrder.LITTLE_ENDIAN);
        List<ProgramHeader> phdrs = new ArrayList<>(phnum);
        byte[] interpreter = null;
        boolean anyLoad = false;
        for (int i = 0; i < phnum; i++) {
            int o = i * phentsize;
            ProgramHeader ph = is64
                    ? new ProgramHeader(p.getInt(o), p.getInt(o + 4), p.getLong(o + 8), p.getLong(o + 16),
                            p.getLong(o + 32), p.getLong(o + 40), p.getLong(o + 48))
                    : new ProgramHeader(p.getInt(o), p.getInt(o + 24), u32(p, o + 4), u32(p, o + 8),
                            u32(p, o + 16), u32(p, o + 20), u32(p, o + 28));
            phdrs.add(ph);
            if (ph.type() == ProgramHeader.PT_LOAD) {
                checkLoad(ph, fileSize, is64);
                anyLoad = true;
            } else if (ph.type() == ProgramHeader.PT_INTERP) {
                interpreter = readInterpreter(fd, ph, fileSize);
            }
        }
        if (!anyLoad) {
            throw new ElfFormatException("no loadable segment");
        }
        return new ElfFile(elfClass, type, machine, entry, flags, phoff, List.copyOf(phdrs), interpreter, fileSize);
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xffffffffL;
    }

    private static void checkLoad(ProgramHeader ph, long fileSize, boolean is64) throws ElfFormatException {
        long limit = is64 ? Long.MAX_VALUE : 0x1_0000_0000L;
        if (ph.filesz() < 0 || ph.memsz() < 0 || ph.offset() < 0 || ph.vaddr() < 0) {
            throw new ElfFormatException("bad loadable segment");
        }
        if (ph.filesz() > ph.memsz()) {
            throw new ElfFormatException("loadable segment has p_filesz > p_memsz");
        }
        if (ph.offset() + ph.filesz() > fileSize || ph.offset() + ph.filesz() < ph.offset()) {
            throw new ElfFormatException("loadable segment extends past the end of the file");
        }
        if (ph.vaddr() + ph.memsz() > limit || ph.vaddr() + ph.memsz() < ph.vaddr()) {
            throw new ElfFormatException("loadable segment outside the address space");
        }
        if (((ph.vaddr() - ph.offset()) & 0xfff) != 0) {
            throw new ElfFormatException("loadable segment misaligned with its file offset");
        }
    }

    private static byte[] readInterpreter(int fd, ProgramHeader ph, long fileSize) throws ElfFormatException {
        if (ph.filesz() < 2 || ph.filesz() > 4096 || ph.offset() + ph.filesz() > fileSize) {
            throw new ElfFormatException("bad PT_INTERP");
        }
        byte[] b = HostFiles.pread(fd, (int) ph.filesz(), ph.offset());
        if (b == null || b.length != ph.filesz() || b[b.length - 1] != 0) {
            throw new ElfFormatException("bad PT_INTERP");
        }
        return java.util.Arrays.copyOf(b, b.length - 1);
    }

    public String interpreterName() {
        return interpreter == null ? null : new String(interpreter, StandardCharsets.UTF_8);
    }

    /** Lowest and highest virtual address spanned by the loadable segments (page-rounded). */
    public long minLoadAddress() {
        long min = Long.MAX_VALUE;
        for (ProgramHeader ph : programHeaders) {
            if (ph.type() == ProgramHeader.PT_LOAD) {
                min = Math.min(min, ph.vaddr() & ~0xfffL);
            }
        }
        return min;
    }

    public long maxLoadAddress() {
        long max = 0;
        for (ProgramHeader ph : programHeaders) {
            if (ph.type() == ProgramHeader.PT_LOAD) {
                max = Math.max(max, (ph.vaddr() + ph.memsz() + 0xfff) & ~0xfffL);
            }
        }
        return max;
    }
}
