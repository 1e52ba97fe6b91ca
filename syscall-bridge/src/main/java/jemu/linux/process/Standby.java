package jemu.linux.process;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

import jemu.linux.FdTable;
import jemu.linux.host.Host;
import jemu.linux.host.HostSpawn;
import jemu.linux.host.HostSyscall;

/**
 * A warm standby JVM for this process's next fork (DESIGN.md: "a zygote spawned ahead of
 * need"), so that a fork costs a memfd and one message instead of a JVM start-up. It is a child
 * of this process, as the forked child must be, waiting on a socket; fork hands it the memfd,
 * the guest's host descriptors (SCM_RIGHTS), the cwd, umask, process group and resource limits,
 * and it becomes the child. It waits in this process's group (a forked child must be in it the
 * moment fork returns, for {@code waitpid(0)}; a parent cannot move a child that has exec'd),
 * ignoring the signals a terminal or {@code kill(0, ...)} may send the group, with /dev/null
 * for stdio so that no pipe waits for it; it exits when this process's end of the socket
 * closes (exit, or a native exec). A guest wait for "any child" or for the group must not see
 * it ({@link #otherChildren}, {@link #forgetIfStandby}).
 */
public final class Standby {
    private static final int AF_UNIX = 1, SOCK_STREAM = 1, SOCK_CLOEXEC = 02000000;
    private static final int SOL_SOCKET = 1, SCM_RIGHTS = 1, MSG_NOSIGNAL = 0x4000, MSG_CMSG_CLOEXEC = 0x40000000;
    /** SCM_MAX_FD: the most descriptors one message may carry. */
    static final int MAX_FDS = 253;
    private static final int MAGIC = 0x7a79676f;
    private static final int RLIMITS = 16;

    private static Standby current;

    private final long pid;
    private final int sock;
    /** Credentials and session when it was started: a standby of other ones cannot serve. */
    private final long identity;

    private Standby(long pid, int sock, long identity) {
        this.pid = pid;
        this.sock = sock;
        this.identity = identity;
    }

    // ------------------------------------------------------------------ parent side

    /**
     * Hands a fork over to the standby, with the guest's descriptors and {@code alsoPass}:
     * returns the child's pid, or -1 if there is no standby that can serve (the caller then
     * starts a JVM itself).
     */
    static synchronized long handOver(Host host, int memfd, FdTable fds, int[] alsoPass) {
        Standby s = current;
        current = null;
        if (s == null) {
            return -1;
        }
        if (s.identity != identity(host) || !awaitReady(host, s.sock)) {
            s.retire(host);
            return -1;
        }
        int[] open = fds.openFds();
        int[] hostFds = new int[open.length];
        for (int i = 0; i < open.length; i++) {
            hostFds[i] = fds.host(open[i]);
        }
        if (alsoPass.length > 0) {
            hostFds = java.util.Arrays.copyOf(hostFds, hostFds.length + alsoPass.length);
            System.arraycopy(alsoPass, 0, hostFds, hostFds.length - alsoPass.length, alsoPass.length);
        }
        hostFds = java.util.Arrays.stream(hostFds).distinct().toArray();
        if (hostFds.length + 2 > MAX_FDS) {
            s.retire(host);
            return -1;
        }
        long cwd = host.syscall(HostSyscall.OPENAT, -100, host.cString(new byte[] {'.'}, Host.PATH1),
                010000000 /* O_PATH */ | 02000000, 0);
        if (cwd < 0) {
            s.retire(host);
            return -1;
        }
        try (Arena arena = Arena.ofConfined()) {
            int[] passed = new int[hostFds.length + 2];
            passed[0] = memfd;
            passed[1] = (int) cwd;
            System.arraycopy(hostFds, 0, passed, 2, hostFds.length);
            long umask = host.syscall(HostSyscall.UMASK, 022);
            host.syscall(HostSyscall.UMASK, umask);
            MemorySegment data = arena.allocate(((8 + 4L * hostFds.length + 7) & ~7) + 8L * (2 + 2 * RLIMITS), 8);
            long off = 0;
            data.set(JAVA_INT, off, MAGIC);
            data.set(JAVA_INT, off + 4, hostFds.length);
            off += 8;
            for (int h : hostFds) {
                data.set(JAVA_INT, off, h);
                off += 4;
            }
            off = (off + 7) & ~7;
            data.set(JAVA_LONG, off, umask);
            data.set(JAVA_LONG, off + 8, host.syscall(HostSyscall.GETPGID, 0));
            off += 16;
            for (int r = 0; r < RLIMITS; r++) {
                host.syscall(HostSyscall.PRLIMIT64, 0, r, 0, data.address() + off);
                off += 16;
            }
            long sent = sendFds(host, arena, s.sock, data.asSlice(0, off), passed);
            if (sent < 0) {
                s.retire(host);
                return -1;
            }
            // Fork returns once the standby has become the child (ForkedChild.fromStandby): what
            // is sent to the child from then on is the child's, what came before the idle standby's.
            // The fork is the standby's once sent: without an answer it is slow or dead, and a
            // second child would run the same fork (a dead one's status reaches the guest's wait).
            awaitReady(host, s.sock);
        } finally {
            host.close((int) cwd);
        }
        host.close(s.sock);
        return s.pid;
    }

    private static boolean starting;

    /** How long a parent waits for a child JVM to become ready before it gives up on it. */
    private static final int READY_TIMEOUT_MS = 10_000;

    /**
     * Waits until the child JVM at the other end of {@code fd} says it is ready: it has taken
     * the signals a process may send it from the JVM ({@link jemu.linux.signal.HostSignals#chainFaultSignals}),
     * so a signal sent the moment fork returns waits for the guest instead of crashing a JVM
     * still starting up. A standby that has been waiting answers at once.
     */
    static boolean awaitReady(Host host, int fd) {
        MemorySegment pfd = host.scratch().asSlice(Host.STRUCT, 8);
        pfd.set(JAVA_INT, 0, fd);
        pfd.set(JAVA_INT, 4, 1 /* POLLIN */);
        long r;
        do {
            r = host.syscall(HostSyscall.POLL, pfd.address(), 1, READY_TIMEOUT_MS);
        } while (r == -4);
        if (r <= 0) {
            return false;
        }
        long n;
        do {
            n = host.syscall(HostSyscall.READ, fd, host.scratchAddress(Host.STRUCT + 8), 1);
        } while (n == -4);
        return n == 1;
    }

    /** Child side of {@link #awaitReady}. */
    static void ready(Host host, int fd) {
        host.scratch().set(java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT, (byte) 'R');
        host.syscall(HostSyscall.WRITE, fd, host.scratchAddress(Host.STRUCT), 1);
    }

    /**
     * Starts a standby if there is none, on a thread of its own: spawning a JVM takes some
     * milliseconds that the fork returning to the guest should not wait for.
     */
    static synchronized void ensureLater(jemu.linux.GuestArch arch) {
        if (current != null || starting || Boolean.getBoolean("jemu.noStandby")) {
            return;
        }
        starting = true;
        Thread.ofPlatform().daemon().name("jemu standby").start(() -> {
            try {
                ensure(new Host(), arch);
            } finally {
                synchronized (Standby.class) {
                    starting = false;
                }
            }
        });
    }

    /** Starts a standby, to warm up the engine of {@code arch} (the forking process's: likely the child's too). */
    private static synchronized void ensure(Host host, jemu.linux.GuestArch arch) {
        if (current != null) {
            return;
        }
        MemorySegment pair = host.scratch().asSlice(Host.STRUCT, 8);
        if (host.syscall(HostSyscall.SOCKETPAIR, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair.address()) < 0) {
            return;
        }
        int mine = pair.get(JAVA_INT, 0), theirs = pair.get(JAVA_INT, 4);
        long pid = HostSpawn.spawn(Fork.javaCommand(), Fork.childCommand("--standby", theirs, arch.unameMachine()),
                new HostSpawn.Options(new int[] {theirs}, true, false, Fork.CHILD_ENV));
        host.close(theirs);
        if (pid < 0) {
            host.close(mine);
            return;
        }
        current = new Standby(pid, mine, identity(host));
    }

    /** A wait reported {@code pid}: if that was the idle standby (it died), it is forgotten and true returned. */
    public static synchronized boolean forgetIfStandby(long pid) {
        if (current != null && current.pid == pid) {
            current = null;
            return true;
        }
        return false;
    }

    /**
     * Before a native execve: the standby goes now (killed and reaped), or the new program would
     * find an unknown child.
     */
    public static synchronized void retire() {
        Standby s = current;
        current = null;
        if (s != null) {
            Host host = new Host();
            host.close(s.sock);
            host.syscall(HostSyscall.KILL, s.pid, 9);
            host.syscall(HostSyscall.WAIT4, s.pid, 0, 0, 0);
        }
    }

    /** Whether this process has a child other than its idle standby (/proc's list of children). */
    public static synchronized boolean otherChildren() {
        long standby = current == null ? -1 : current.pid;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                for (String c : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!c.isEmpty() && Long.parseLong(c) != standby) {
                        return true;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            return true; // cannot tell: let the host decide
        }
    }

    /** The standby is gone (it died, or cannot serve): close its socket, reap it if it has exited. */
    private void retire(Host host) {
        host.close(sock);
        host.syscall(HostSyscall.WAIT4, pid, 0, 1 /* WNOHANG */, 0);
    }

    private static long identity(Host host) {
        long h = host.syscall(HostSyscall.GETUID);
        h = h * 31 + host.syscall(HostSyscall.GETEUID);
        h = h * 31 + host.syscall(HostSyscall.GETGID);
        h = h * 31 + host.syscall(HostSyscall.GETEGID);
        return h * 31 + host.syscall(HostSyscall.GETSID, 0);
    }

    private static long sendFds(Host host, Arena arena, int sock, MemorySegment data, int[] fds) {
        long cmsgLen = 16 + 4L * fds.length;
        MemorySegment control = arena.allocate((cmsgLen + 7) & ~7, 8);
        control.set(JAVA_LONG, 0, cmsgLen);
        control.set(JAVA_INT, 8, SOL_SOCKET);
        control.set(JAVA_INT, 12, SCM_RIGHTS);
        for (int i = 0; i < fds.length; i++) {
            control.set(JAVA_INT, 16 + 4L * i, fds[i]);
        }
        MemorySegment msg = msghdr(arena, data, control);
        long r;
        do {
            r = host.syscall(HostSyscall.SENDMSG, sock, msg.address(), MSG_NOSIGNAL);
        } while (r == -4);
        return r;
    }

    /** struct msghdr (x86-64: 56 bytes) for one buffer and a control area, no address. */
    private static MemorySegment msghdr(Arena arena, MemorySegment data, MemorySegment control) {
        MemorySegment iov = arena.allocate(16, 8);
        iov.set(JAVA_LONG, 0, data.address());
        iov.set(JAVA_LONG, 8, data.byteSize());
        MemorySegment msg = arena.allocate(56, 8);
        msg.set(JAVA_LONG, 16, iov.address());
        msg.set(JAVA_LONG, 24, 1);
        msg.set(JAVA_LONG, 32, control.address());
        msg.set(JAVA_LONG, 40, control.byteSize());
        return msg;
    }

    // ------------------------------------------------------------------ standby side

    /** What the parent handed over, with the descriptors as this process received them. */
    record Handed(int memfd, int cwd, int[] parentFds, int[] ourFds, long umask, long pgid, MemorySegment rlimits) {
        int map(int parentFd) {
            for (int i = 0; i < parentFds.length; i++) {
                if (parentFds[i] == parentFd) {
                    return ourFds[i];
                }
            }
            return -1;
        }
    }

    /** Waits for the fork to hand over; null when the parent has gone without forking. */
    static Handed await(Host host, int sock, Arena arena) {
        MemorySegment data = arena.allocate(((8 + 4L * MAX_FDS + 7) & ~7) + 8L * (2 + 2 * RLIMITS), 8);
        MemorySegment control = arena.allocate(16 + 4L * MAX_FDS + 8, 8);
        MemorySegment msg = msghdr(arena, data, control);
        long n;
        do {
            n = host.syscall(HostSyscall.RECVMSG, sock, msg.address(), MSG_CMSG_CLOEXEC);
        } while (n == -4);
        if (n <= 8 || data.get(JAVA_INT, 0) != MAGIC || msg.get(JAVA_LONG, 40) < 16) {
            return null;
        }
        int count = data.get(JAVA_INT, 4);
        int received = (int) ((control.get(JAVA_LONG, 0) - 16) / 4);
        if (received != count + 2) {
            return null;
        }
        int[] parentFds = new int[count], ourFds = new int[count];
        for (int i = 0; i < count; i++) {
            parentFds[i] = data.get(JAVA_INT, 8 + 4L * i);
            ourFds[i] = control.get(JAVA_INT, 16 + 4L * (i + 2));
        }
        long off = (8 + 4L * count + 7) & ~7;
        return new Handed(control.get(JAVA_INT, 16), control.get(JAVA_INT, 20), parentFds, ourFds,
                data.get(JAVA_LONG, off), data.get(JAVA_LONG, off + 8), data.asSlice(off + 16, 16L * RLIMITS));
    }

    /**
     * Signals a terminal or a guest's kill(0, ...) may send the group, ignored while the standby
     * waits. Not SIGPIPE: the JVM ignores it itself, for good.
     */
    private static final int[] IDLE_IGNORED = {1, 2, 3, 10, 12, 14, 15, 18, 20, 21, 22, 23, 28};

    /** While waiting: ignore what is sent to the group (sig = SIG_IGN); after: back to the default. */
    static void idleSignals(Host host, boolean idle) {
        MemorySegment act = host.scratch().asSlice(Host.STRUCT, 32);
        for (int sig : IDLE_IGNORED) {
            act.set(JAVA_LONG, 0, idle ? 1L : 0L);
            act.set(JAVA_LONG, 8, 0L);
            act.set(JAVA_LONG, 16, 0L);
            act.set(JAVA_LONG, 24, 0L);
            host.syscall(HostSyscall.RT_SIGACTION, sig, act.address(), 0, 8);
        }
    }

    /** Takes on the parent's cwd, umask, process group and limits. */
    static void adopt(Host host, Handed h) {
        host.syscall(HostSyscall.FCHDIR, h.cwd());
        host.close(h.cwd());
        host.syscall(HostSyscall.UMASK, h.umask());
        host.syscall(HostSyscall.SETPGID, 0, h.pgid());
        for (int r = 0; r < RLIMITS; r++) {
            host.syscall(HostSyscall.PRLIMIT64, 0, r, h.rlimits().address() + 16L * r, 0);
        }
    }
}
