package jemu.linux.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

import jemu.linux.FdTable;
import jemu.linux.Signals;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * A guest execve of a host program: the jemu process becomes that program for real, as if the
 * guest had called execve natively. Its descriptors are the guest's (numbered as the guest
 * numbers them, less close-on-exec ones) and its signal mask; the host's dispositions already
 * follow the guest's, so ignored signals stay ignored.
 */
public final class NativeExec {
    private NativeExec() {}

    private static final int F_DUPFD = 0, F_SETFD = 2, FD_CLOEXEC = 1;
    private static final int CLOSE_RANGE_CLOEXEC = 4;

    /**
     * Replaces this process with {@code hostPath}. Returns only on failure, with {@code -errno};
     * by then the descriptors may have been renumbered, so the caller must end the process.
     */
    public static long exec(Host host, FdTable fds, byte[] hostPath, List<byte[]> argv, List<byte[]> env,
            long signalMask) {
        Arena arena = Arena.ofAuto();
        MemorySegment path = cString(arena, hostPath);
        MemorySegment argvArray = cStringArray(arena, argv);
        MemorySegment envArray = cStringArray(arena, env);

        int[] guest = fds.openFds();
        int top = 3;
        for (int g : guest) {
            top = Math.max(top, Math.max(g, fds.host(g)) + 1);
        }
        // Move every descriptor the new program keeps out of the way first, so that placing them
        // at their guest numbers cannot overwrite a source still needed.
        int[] moved = new int[guest.length];
        for (int i = 0; i < guest.length; i++) {
            moved[i] = fds.cloexec(guest[i]) ? -1 : (int) host.syscall(HostSyscall.FCNTL, fds.host(guest[i]), F_DUPFD, top);
        }
        // Everything the JVM has open closes at exec; guest descriptors are placed after this.
        host.syscall(HostSyscall.CLOSE_RANGE, 0, 0x7fffffff, CLOSE_RANGE_CLOEXEC);
        for (int i = 0; i < guest.length; i++) {
            if (moved[i] >= 0) {
                host.dup3(moved[i], guest[i], 0);
                host.close(moved[i]);
            }
        }
        MemorySegment s = host.scratch();
        long at = Host.STRUCT;
        long mask = signalMask;
        for (int sig = 1; sig < 32; sig++) {
            if (jvmNeeds(sig)) {
                mask &= ~(1L << (sig - 1));
            }
        }
        s.set(JAVA_LONG, at, mask);
        host.syscall(HostSyscall.RT_SIGPROCMASK, 2 /* SIG_SETMASK */, host.scratchAddress(at), 0, 8);
        return host.syscall(HostSyscall.EXECVE, path.address(), argvArray.address(), envArray.address());
    }

    /** Signals the JVM's own threads depend on until the very end: never blocked here. */
    private static boolean jvmNeeds(int sig) {
        return sig == Signals.SIGSEGV || sig == Signals.SIGBUS || sig == Signals.SIGILL || sig == Signals.SIGFPE;
    }

    private static MemorySegment cString(Arena arena, byte[] s) {
        MemorySegment m = arena.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, JAVA_BYTE, 0, s.length);
        return m;
    }

    private static MemorySegment cStringArray(Arena arena, List<byte[]> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) {
            array.setAtIndex(ADDRESS, i, cString(arena, strings.get(i)));
        }
        return array;
    }
}
