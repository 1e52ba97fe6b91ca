package jemu.linux.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jemu.core.host.HostFiles;
import jemu.elf.ElfFile;
import jemu.linux.Errno;
import jemu.linux.GuestArch;
import jemu.linux.GuestPaths;
import jemu.linux.ProgramLoader;
import jemu.linux.ProgramLoader.LoadException;
import jemu.linux.host.Host;

/**
 * What an execve names, found the way Linux's binfmt handlers find it: a {@code #!} script is
 * replaced by its interpreter (recursively, as binfmt_script does), an ELF for a guest
 * architecture is emulated, an x86-64 ELF is the host's to run, anything else is ENOEXEC.
 */
public sealed interface ExecTarget {
    /** The final argv, after script interpreters were put in front. */
    List<byte[]> argv();

    /** A guest ELF, open on host descriptor {@code fd} (close-on-exec), ready for {@code ProgramLoader}. */
    record Guest(GuestArch arch, ElfFile elf, int fd, byte[] hostPath, List<byte[]> argv) implements ExecTarget {
    }

    /** A program the host runs itself. */
    record Native(ElfFile elf, byte[] hostPath, List<byte[]> argv) implements ExecTarget {
    }

    /** Linux's BINPRM_MAX_RECURSION: interpreters of interpreters, beyond which execve fails with ELOOP. */
    int MAX_INTERPRETER_DEPTH = 4;
    /** BINPRM_BUF_SIZE: how much of a file binfmt handlers look at. */
    int HEAD_SIZE = 256;

    /**
     * Resolves {@code filename} (as the guest named it) with {@code argv} for execution.
     *
     * @throws LoadException with ENOENT, EACCES, ENOEXEC, ELOOP... as execve would fail
     */
    static ExecTarget resolve(Host host, GuestPaths paths, List<GuestArch> arches, byte[] filename,
            List<byte[]> argv) throws LoadException {
        byte[] name = filename;
        List<byte[]> args = argv;
        for (int depth = 0;; depth++) {
            byte[] hostPath = paths.resolve(name, host);
            int fd = ProgramLoader.openExecutable(host, hostPath);
            boolean keep = false;
            try {
                byte[] head = HostFiles.pread(fd, HEAD_SIZE, 0);
                if (head == null) {
                    throw new LoadException(Errno.EIO, null);
                }
                if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
                    if (depth == MAX_INTERPRETER_DEPTH) {
                        throw new LoadException(Errno.ELOOP, "too many levels of script interpreters");
                    }
                    byte[][] line = Shebang.parse(head);
                    if (line == null) {
                        throw new LoadException(Errno.ENOEXEC, "bad #! line");
                    }
                    // binfmt_script: argv[0] goes; interpreter, its optional argument and the
                    // script's name as execve was given it come first.
                    List<byte[]> next = new ArrayList<>(args.size() + 2);
                    next.add(line[0]);
                    if (line[1] != null) {
                        next.add(line[1]);
                    }
                    next.add(name);
                    next.addAll(args.subList(Math.min(1, args.size()), args.size()));
                    name = line[0];
                    args = next;
                    continue;
                }
                if (!ElfFile.hasElfMagic(head)) {
                    throw new LoadException(Errno.ENOEXEC, "not an ELF file or #! script");
                }
                ElfFile elf = ProgramLoader.readElf(fd);
                for (GuestArch a : arches) {
                    if (a.accepts(elf)) {
                        keep = true;
                        return new Guest(a, elf, fd, hostPath, args);
                    }
                }
                if (elf.machine == ElfFile.EM_X86_64 && elf.is64()) {
                    byte[] shell = BundleShim.standsFor(hostPath);
                    if (shell != null && depth < MAX_INTERPRETER_DEPTH) {
                        name = shell; // argv unchanged: the shell sees the argv[0] it was given
                        continue;
                    }
                    return new Native(elf, hostPath, args);
                }
                throw ProgramLoader.foreignMachine(elf);
            } finally {
                if (!keep) {
                    HostFiles.close(fd);
                }
            }
        }
    }

    /**
     * The program binfmt_misc handed over already open (its O and C flags: AT_EXECFD), which jemu
     * may be unable to open by name (execute-only, or setuid). Only an ELF of a guest
     * architecture is accepted: the kernel matched its header against jemu's registration.
     * {@code fd} is kept (made close-on-exec) for the loader; {@code hostPath} names it in /proc.
     */
    static Guest fromDescriptor(Host host, List<GuestArch> arches, int fd, byte[] hostPath, List<byte[]> argv)
            throws LoadException {
        host.syscall(jemu.linux.host.HostSyscall.FCNTL, fd, 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
        byte[] head = HostFiles.pread(fd, HEAD_SIZE, 0);
        if (head == null) {
            throw new LoadException(Errno.EBADF, "binfmt_misc descriptor " + fd + " cannot be read");
        }
        if (!ElfFile.hasElfMagic(head)) {
            throw new LoadException(Errno.ENOEXEC, "not an ELF file");
        }
        ElfFile elf = ProgramLoader.readElf(fd);
        for (GuestArch a : arches) {
            if (a.accepts(elf)) {
                return new Guest(a, elf, fd, hostPath, argv);
            }
        }
        throw ProgramLoader.foreignMachine(elf);
    }

    /** The {@code #!} line, split the way binfmt_script splits it. */
    final class Shebang {
        private Shebang() {}

        /** Returns {interpreter, optional argument or null}, or null when there is no interpreter. */
        static byte[][] parse(byte[] head) {
            int end = 2;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            int i = 2;
            while (i < end && isBlank(head[i])) {
                i++;
            }
            int interpStart = i;
            while (i < end && !isBlank(head[i]) && head[i] != 0) {
                i++;
            }
            if (i == interpStart) {
                return null;
            }
            byte[] interp = Arrays.copyOfRange(head, interpStart, i);
            while (i < end && isBlank(head[i])) {
                i++;
            }
            int argEnd = end;
            while (argEnd > i && isBlank(head[argEnd - 1])) {
                argEnd--;
            }
            // Everything after the interpreter is ONE argument, spaces and all (Linux semantics).
            byte[] arg = argEnd > i ? Arrays.copyOfRange(head, i, argEnd) : null;
            if (arg != null) {
                int nul = indexOf(arg, (byte) 0);
                arg = nul == 0 ? null : nul > 0 ? Arrays.copyOf(arg, nul) : arg;
            }
            return new byte[][] {interp, arg};
        }

        private static boolean isBlank(byte b) {
            return b == ' ' || b == '\t';
        }

        private static int indexOf(byte[] a, byte b) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }
}
