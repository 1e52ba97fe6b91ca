package jemu.linux;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jemu.core.host.HostFiles;
import jemu.core.memory.GuestMemory;
import jemu.elf.ElfFile;
import jemu.linux.aarch64.Aarch64Arch;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Starts a guest program in this (fresh) JVM process and runs it to the end: the process then
 * exits with the guest's status, or dies by the guest's fatal signal. Nothing else is printed
 * except a one-line reason when the program cannot be started at all.
 */
public final class Launcher {
    private Launcher() {}

    /** Every architecture jemu can run, in the order they are tried. */
    static final List<GuestArch> ARCHES = List.of(Aarch64Arch.INSTANCE);

    /** Runs {@code spec}; never returns. */
    public static void launch(LaunchSpec spec) {
        InternalError.install();
        try {
            start(spec);
        } catch (Throwable e) {
            InternalError.report(e);
        }
    }

    private static void start(LaunchSpec spec) {
        Host host = new Host();
        String shown = new String(spec.program(), StandardCharsets.UTF_8);
        int fd;
        try {
            fd = ProgramLoader.openExecutable(host, spec.program());
        } catch (ProgramLoader.LoadException e) {
            fail(shown, e);
            return;
        }
        try {
            ElfFile elf = ProgramLoader.readElf(fd, ARCHES);
            GuestArch arch = ProgramLoader.archFor(elf, ARCHES);
            GuestMemory mem = GuestMemory.reserve(arch.addressBits());
            int pid = host.getpid();
            GuestPaths paths = new GuestPaths(spec.ldPrefix(), pid);
            byte[] exe = realpath(host, spec.program());
            paths.setExecutable(exe, exe);
            ProgramLoader.Loaded loaded = ProgramLoader.load(host, arch, mem, elf, fd, exe, paths, spec.argv(),
                    spec.env(), spec.program());
            FdTable fds = standardDescriptors(host);
            Strace strace = spec.strace() ? new Strace(arch.syscallNames()) : null;
            GuestProcess process = new GuestProcess(arch, mem, fds, paths, pid, strace);
            process.brkStart = process.brk = loaded.brk();
            process.stackInfo = loaded.stack();
            HostFiles.close(fd);
            GuestThread main = arch.newMainThread(process, loaded.entry(), loaded.sp());
            main.run();
        } catch (ProgramLoader.LoadException e) {
            fail(shown, e);
        }
    }

    /** The guest starts with the host's 0, 1 and 2, where they are open. */
    private static FdTable standardDescriptors(Host host) {
        FdTable fds = new FdTable();
        for (int fd = 0; fd <= 2; fd++) {
            if (host.syscall(HostSyscall.FCNTL, fd, 1 /* F_GETFD */) >= 0) {
                fds.install(fd, fd, false);
            }
        }
        long at = Host.STRUCT;
        if (host.syscall(HostSyscall.PRLIMIT64, 0, 7, 0, host.scratchAddress(at)) == 0) {
            long soft = host.scratch().get(java.lang.foreign.ValueLayout.JAVA_LONG, at);
            fds.setLimit((int) Math.min(soft < 0 ? Integer.MAX_VALUE : soft, 1 << 20));
        }
        return fds;
    }

    /** The canonical absolute path of a host file, as /proc/self/exe shows it. */
    private static byte[] realpath(Host host, byte[] path) {
        // The kernel resolves it for us: open with O_PATH and read the /proc/self/fd link.
        long p = host.cString(path, Host.PATH1);
        long fd = host.syscall(HostSyscall.OPENAT, -100, p, 010000000 | 02000000, 0);
        if (fd < 0) {
            return path;
        }
        byte[] link = ("/proc/self/fd/" + fd).getBytes(StandardCharsets.US_ASCII);
        long lp = host.cString(link, Host.PATH2);
        long n = host.syscall(HostSyscall.READLINKAT, -100, lp, host.scratchAddress(Host.STRUCT), 4096);
        host.close((int) fd);
        if (n <= 0) {
            return path;
        }
        byte[] out = new byte[(int) n];
        java.lang.foreign.MemorySegment.copy(host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT,
                out, 0, (int) n);
        return out;
    }

    private static void fail(String program, ProgramLoader.LoadException e) {
        String reason = Errno.message(e.errno) + (e.getMessage() != null ? ": " + e.getMessage() : "");
        System.err.println("jemu: " + program + ": " + reason);
        HostExit.exit(e.errno == Errno.ENOENT ? 127 : 126);
    }
}
