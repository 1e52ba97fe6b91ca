package jemu.linux;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jemu.core.host.HostFiles;
import jemu.core.memory.GuestMemory;
import jemu.elf.ElfFile;
import jemu.elf.ElfFormatException;
import jemu.elf.ElfLoader;
import jemu.elf.InitialStack;
import jemu.elf.LoadedImage;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Loads a program image into a fresh address space the way Linux's execve does: the ELF and
 * its interpreter, the stack with argv, envp and auxv, and the program break.
 */
public final class ProgramLoader {
    private ProgramLoader() {}

    /** Why an image could not be loaded: an errno, and a detail for the one-line message. */
    public static final class LoadException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int errno;

        public LoadException(int errno, String detail) {
            super(detail, null, false, false);
            this.errno = errno;
        }
    }

    /** A loaded image, ready for its first thread. */
    public record Loaded(GuestArch arch, GuestMemory mem, long entry, long sp, long brk, InitialStack.Result stack) {
    }

    /** Opens a host file for execution, with the checks execve makes; returns the host descriptor. */
    public static int openExecutable(Host host, byte[] hostPath) throws LoadException {
        long path = host.cString(hostPath, Host.PATH1);
        long at = Host.STRUCT;
        long r = host.syscall(HostSyscall.NEWFSTATAT, -100, path, host.scratchAddress(at), 0);
        if (r < 0) {
            throw new LoadException((int) -r, null);
        }
        int mode = (int) jemu.linux.host.HostStat.ST_MODE.get(host.scratch(), at);
        if ((mode & 0170000) == 0040000) {
            throw new LoadException(Errno.EACCES, "is a directory");
        }
        if ((mode & 0170000) != 0100000) {
            throw new LoadException(Errno.EACCES, null);
        }
        r = host.syscall(HostSyscall.FACCESSAT2, -100, path, 1 /* X_OK */, 0);
        if (r < 0) {
            throw new LoadException((int) -r, null);
        }
        int fd = HostFiles.openReadOnly(hostPath);
        if (fd < 0) {
            throw new LoadException(-fd, null);
        }
        return fd;
    }

    /** Reads and checks the ELF headers; a malformed file is ENOEXEC, as execve says. */
    public static ElfFile readElf(int fd) throws LoadException {
        try {
            return ElfFile.read(fd);
        } catch (ElfFormatException e) {
            throw new LoadException(Errno.ENOEXEC, e.getMessage());
        }
    }

    /** Why a well-formed ELF cannot run here: "32-bit MIPS program, not one jemu runs". */
    public static LoadException foreignMachine(ElfFile elf) {
        return new LoadException(Errno.ENOEXEC, (elf.is64() ? "64-bit " : "32-bit ") + machineName(elf.machine)
                + " program, not one jemu runs");
    }

    static String machineName(int machine) {
        return switch (machine) {
            case ElfFile.EM_X86_64 -> "x86-64";
            case ElfFile.EM_ARM -> "ARM";
            case ElfFile.EM_AARCH64 -> "AArch64";
            case 3 -> "i386";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 21 -> "PowerPC64";
            case 243 -> "RISC-V";
            default -> Integer.toString(machine);
        };
    }

    /**
     * Loads {@code elf} (open on {@code fd}) and its interpreter into {@code mem} and builds the
     * initial stack.
     */
    public static Loaded load(Host host, GuestArch arch, GuestMemory mem, ElfFile elf, int fd, byte[] hostPath,
            GuestPaths paths, List<byte[]> argv, List<byte[]> env, byte[] execfn) throws LoadException {
        try {
            long bias = elf.type == ElfFile.ET_DYN ? arch.dynamicBase() - elf.minLoadAddress() : 0;
            LoadedImage image = ElfLoader.load(mem, elf, fd, bias,
                    new String(paths.guestView(hostPath), StandardCharsets.UTF_8));
            long entry = image.entry();
            long interpBase = 0;
            if (elf.interpreter != null) {
                byte[] interpPath = paths.resolve(elf.interpreter, host);
                int ifd = openInterpreter(host, interpPath);
                try {
                    ElfFile interp;
                    try {
                        interp = ElfFile.read(ifd);
                    } catch (ElfFormatException e) {
                        throw new LoadException(Errno.ELIBBAD, "bad interpreter " + elf.interpreterName() + ": "
                                + e.getMessage());
                    }
                    if (!arch.accepts(interp)) {
                        throw new LoadException(Errno.ELIBBAD, "interpreter " + elf.interpreterName()
                                + " is for another machine");
                    }
                    long span = interp.maxLoadAddress() - interp.minLoadAddress();
                    long at = interp.type == ElfFile.ET_DYN
                            ? mem.findFreeBelow(arch.mmapTop(), 0x10000, span) - interp.minLoadAddress()
                            : 0;
                    LoadedImage li = ElfLoader.load(mem, interp, ifd, at,
                            new String(paths.guestView(interpPath), StandardCharsets.UTF_8));
                    interpBase = li.bias() + interp.minLoadAddress();
                    entry = li.entry();
                } finally {
                    HostFiles.close(ifd);
                }
            }
            long stackBottom = arch.stackTop() - arch.stackSize();
            if (mem.mapAnonymous(stackBottom, arch.stackSize(), GuestMemory.R | GuestMemory.W, false, "[stack]") != 0) {
                throw new LoadException(Errno.ENOMEM, "cannot map the stack");
            }
            long[] extra = arch.extraAuxv();
            long[] auxv = new long[extra.length + 2 * 14];
            System.arraycopy(extra, 0, auxv, 0, extra.length);
            int i = extra.length;
            long uid = host.syscall(HostSyscall.GETUID), euid = host.syscall(HostSyscall.GETEUID);
            long gid = host.syscall(HostSyscall.GETGID), egid = host.syscall(HostSyscall.GETEGID);
            long[][] pairs = {
                {InitialStack.AT_HWCAP, arch.hwcap()}, {InitialStack.AT_PAGESZ, GuestMemory.PAGE_SIZE},
                {InitialStack.AT_CLKTCK, 100}, {InitialStack.AT_PHDR, image.phdr()},
                {InitialStack.AT_PHENT, image.phent()}, {InitialStack.AT_PHNUM, image.phnum()},
                {InitialStack.AT_BASE, interpBase}, {InitialStack.AT_FLAGS, 0},
                {InitialStack.AT_ENTRY, image.entry()}, {InitialStack.AT_UID, uid}, {InitialStack.AT_EUID, euid},
                {InitialStack.AT_GID, gid}, {InitialStack.AT_EGID, egid}, {InitialStack.AT_SECURE, 0}};
            for (long[] pair : pairs) {
                auxv[i++] = pair[0];
                auxv[i++] = pair[1];
            }
            long[] withHwcap2 = java.util.Arrays.copyOf(auxv, auxv.length + 2);
            withHwcap2[auxv.length] = InitialStack.AT_HWCAP2;
            withHwcap2[auxv.length + 1] = arch.hwcap2();
            InitialStack stack = new InitialStack(mem, arch.wordSize(), arch.stackTop());
            InitialStack.Result result = stack.build(argv, env, execfn,
                    arch.platform().getBytes(StandardCharsets.US_ASCII), random(host), withHwcap2);
            return new Loaded(arch, mem, entry, result.sp(), image.end(), result);
        } catch (ElfFormatException e) {
            throw new LoadException(Errno.ENOEXEC, e.getMessage());
        }
    }

    private static int openInterpreter(Host host, byte[] path) throws LoadException {
        int fd = HostFiles.openReadOnly(path);
        if (fd < 0) {
            throw new LoadException(-fd, "cannot open interpreter " + new String(path, StandardCharsets.UTF_8));
        }
        return fd;
    }

    private static byte[] random(Host host) {
        long at = Host.STRUCT;
        host.syscall(HostSyscall.GETRANDOM, host.scratchAddress(at), 16, 0);
        byte[] b = new byte[16];
        java.lang.foreign.MemorySegment.copy(host.scratch(), JAVA_BYTE, at, b, 0, 16);
        return b;
    }
}
