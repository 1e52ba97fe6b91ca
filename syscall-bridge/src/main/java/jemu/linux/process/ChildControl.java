package jemu.linux.process;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import jemu.linux.Errno;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * What a parent may still do to its forked child that the kernel refuses once the child has
 * exec'd — and every jemu child is a JVM the kernel saw exec: {@code setpgid(child, pgid)}
 * (EACCES). Each forked child keeps one end of a socket pair until its guest execs; a thread
 * of its own answers the parent's requests on it. After the guest's exec the socket closes and
 * the parent gets Linux's EACCES, as it should.
 */
public final class ChildControl {
    private ChildControl() {}

    private static final int AF_UNIX = 1, SOCK_SEQPACKET = 5, SOCK_CLOEXEC = 02000000;
    private static final int OP_SETPGID = 1;
    private static final int POLLIN = 1;
    /** A child that cannot answer (stopped, say) does not hold the parent for longer. */
    private static final int REPLY_TIMEOUT_MS = 2000;

    /** One child's control socket (parent side); requests on it are one at a time. */
    private record Channel(int fd) {
    }

    /** Parent side: the control socket of each forked child, by pid. */
    private static final Map<Long, Channel> CHILDREN = new HashMap<>();

    // ------------------------------------------------------------------ parent side

    /** A new socket pair for the next child: {ours, theirs}, both close-on-exec; null on failure. */
    static int[] pair(Host host) {
        MemorySegment p = host.scratch().asSlice(Host.STRUCT, 8);
        if (host.syscall(HostSyscall.SOCKETPAIR, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, p.address()) < 0) {
            return null;
        }
        return new int[] {p.get(JAVA_INT, 0), p.get(JAVA_INT, 4)};
    }

    static synchronized void register(Host host, long pid, int fd) {
        if (CHILDREN.size() >= 64) {
            // Children reaped behind jemu's back (SIGCHLD ignored): their pids are gone.
            for (Iterator<Map.Entry<Long, Channel>> it = CHILDREN.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Long, Channel> e = it.next();
                if (host.syscall(HostSyscall.KILL, e.getKey(), 0) == -Errno.ESRCH) {
                    host.close(e.getValue().fd());
                    it.remove();
                }
            }
        }
        Channel old = CHILDREN.put(pid, new Channel(fd));
        if (old != null) {
            host.close(old.fd());
        }
    }

    /** A wait reported that child {@code pid} is gone. */
    public static synchronized void reaped(Host host, long pid) {
        Channel c = CHILDREN.remove(pid);
        if (c != null) {
            host.close(c.fd());
        }
    }

    /**
     * The guest's setpgid(pid, pgid) got EACCES from the host: if {@code pid} is a child of
     * ours whose guest has not exec'd, it moves itself. Returns the result, or -EACCES.
     */
    public static long setpgid(Host host, long pid, long pgid) {
        Channel c;
        synchronized (ChildControl.class) {
            c = CHILDREN.get(pid);
        }
        if (c == null) {
            return -Errno.EACCES;
        }
        int fd = c.fd();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment msg = arena.allocate(16, 8);
            msg.set(JAVA_INT, 0, OP_SETPGID);
            msg.set(JAVA_LONG, 8, pgid);
            synchronized (c) {
                if (host.syscall(HostSyscall.WRITE, fd, msg.address(), 16) != 16) {
                    return -Errno.EACCES;
                }
                MemorySegment pfd = arena.allocate(8, 4);
                pfd.set(JAVA_INT, 0, fd);
                pfd.set(JAVA_INT, 4, POLLIN);
                if (host.syscall(HostSyscall.POLL, pfd.address(), 1, REPLY_TIMEOUT_MS) <= 0
                        || host.syscall(HostSyscall.READ, fd, msg.address(), 16) != 16) {
                    return -Errno.EACCES; // exec'd meanwhile (EOF), or not answering
                }
                return msg.get(JAVA_LONG, 8);
            }
        }
    }

    // ------------------------------------------------------------------ child side

    private static volatile int served = -1;

    /** In the child: answers the parent on {@code fd} until the guest execs or the parent closes it. */
    static void serve(int fd) {
        served = fd;
        Thread.ofPlatform().daemon().name("jemu child control").start(() -> {
            Host host = new Host();
            MemorySegment msg = host.scratch().asSlice(Host.STRUCT, 16);
            while (true) {
                long n = host.syscall(HostSyscall.READ, fd, msg.address(), 16);
                if (n == -Errno.EINTR) {
                    continue;
                }
                if (n != 16) {
                    return;
                }
                long r = msg.get(JAVA_INT, 0) == OP_SETPGID ? host.syscall(HostSyscall.SETPGID, 0, msg.get(JAVA_LONG, 8))
                        : -Errno.EINVAL;
                msg.set(JAVA_LONG, 8, r);
                host.syscall(HostSyscall.WRITE, fd, msg.address(), 16);
            }
        });
    }

    /** The guest execs: from now on the parent gets the kernel's EACCES. */
    public static void execed() {
        int fd = served;
        if (fd >= 0) {
            served = -1;
            Host host = new Host();
            host.syscall(HostSyscall.SHUTDOWN, fd, 2 /* SHUT_RDWR */);
            host.close(fd);
        }
    }
}
