package jemu.linux;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jemu.linux.aarch64.Aarch64Arch;
import jemu.linux.arm.ArmArch;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.process.ExecTarget;
import jemu.linux.process.ProcessImage;

/**
 * Starts a guest program in this (fresh) JVM process and runs it to the end: the process then
 * exits with the guest's status, or dies by the guest's fatal signal. Nothing else is printed
 * except a one-line reason when the program cannot be started at all.
 */
public final class Launcher {
    private Launcher() {}

    /** Every architecture jemu can run, in the order they are tried. */
    public static final List<GuestArch> ARCHES = List.of(Aarch64Arch.INSTANCE, ArmArch.INSTANCE);

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
        GuestThread main;
        try {
            int pid = host.getpid();
            if (spec.paths().root() != null) {
                enterRoot(host, spec.paths());
            }
            ExecTarget target = spec.execFd() >= 0
                    ? ExecTarget.fromDescriptor(host, ARCHES, spec.execFd(), spec.program(), spec.argv())
                    : ExecTarget.resolve(host, new GuestPaths(spec.paths(), pid), ARCHES, spec.program(), spec.argv());
            if (target instanceof ExecTarget.Native n) {
                // Like qemu, the command line names a guest program; only a guest's execve runs host programs.
                throw ProgramLoader.foreignMachine(n.elf());
            }
            ExecTarget.Guest guest = (ExecTarget.Guest) target;
            Strace strace = spec.strace() ? new Strace(guest.arch().syscallNames()) : null;
            main = ProcessImage.load(host, guest, standardDescriptors(host), spec.paths(), pid, spec.env(),
                    spec.program(), strace);
        } catch (ProgramLoader.LoadException e) {
            fail(shown, e);
            return;
        }
        GuestThread.runImages(main);
    }

    /**
     * A root file system must be a directory; the guest starts in the host's working directory
     * if it can see it there (inside the root or a bind), else at its "/", as chroot(8) does.
     */
    private static void enterRoot(Host host, jemu.linux.path.PathConfig config) throws ProgramLoader.LoadException {
        byte[] root = config.root().getBytes(StandardCharsets.UTF_8);
        long fd = host.syscall(HostSyscall.OPENAT, -100, host.cString(root, Host.PATH1), 0200000 /* O_DIRECTORY */
                | 010000000 /* O_PATH */ | 02000000 /* O_CLOEXEC */, 0);
        if (fd < 0) {
            System.err.println("jemu: --rootfs " + config.root() + ": " + Errno.message((int) -fd));
            HostExit.exit(1);
        }
        host.close((int) fd);
        long n = host.syscall(HostSyscall.GETCWD, host.scratchAddress(Host.STRUCT), 4096);
        byte[] cwd = n > 0 ? new byte[(int) n - 1] : new byte[0];
        java.lang.foreign.MemorySegment.copy(host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT,
                cwd, 0, cwd.length);
        if (n <= 0 || !new GuestPaths(config, 0).visible(cwd)) {
            host.syscall(HostSyscall.CHDIR, host.cString(root, Host.PATH1));
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

    private static void fail(String program, ProgramLoader.LoadException e) {
        String reason = Errno.message(e.errno) + (e.getMessage() != null ? ": " + e.getMessage() : "");
        System.err.println("jemu: " + program + ": " + reason);
        HostExit.exit(e.errno == Errno.ENOENT ? 127 : 126);
    }
}
