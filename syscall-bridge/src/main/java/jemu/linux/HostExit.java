package jemu.linux;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Ends the jemu process the way the guest process ended, so that a parent (a shell, a test)
 * sees exactly what it would see natively: an exit status, or death by a signal.
 */
public final class HostExit {
    private HostExit() {}

    /** What must happen before the process ends, whichever way (a vfork child's hand-back). */
    private static volatile Runnable beforeExit = () -> { };

    /**
     * {@code -Djemu.exit=jvm}: exit through the JVM's shutdown, for a training run that writes
     * an AOT cache at exit (bin/jemu-aot); slower by the wait for threads in native calls.
     */
    private static final boolean THROUGH_JVM = "jvm".equals(System.getProperty("jemu.exit"));

    public static void setBeforeExit(Runnable r) {
        beforeExit = r;
    }

    /**
     * Exits with the guest's status; nothing of the JVM's shutdown runs (nothing is buffered
     * but jemu's own messages on System.err/out, flushed first). A raw exit_group rather than
     * Runtime.halt: halt's VM_Exit waits up to 300 ms for every thread that is in a native call
     * (a guest thread blocked in read or futex, the host-signal reader), measured here.
     */
    public static void exit(int status) {
        beforeExit.run();
        System.out.flush();
        System.err.flush();
        if (THROUGH_JVM) {
            System.exit(status & 0xff);
        }
        jemu.core.host.Syscall.call(HostSyscall.EXIT_GROUP, status & 0xff, 0, 0, 0, 0, 0);
        Runtime.getRuntime().halt(status & 0xff);
    }

    /**
     * Dies by {@code sig}: the host default action is restored (the JVM handles some signals
     * itself), the signal unblocked and sent to this thread. Core dumps are switched off first,
     * as qemu does, so a dying guest never writes a core file of the whole JVM.
     */
    public static void dieBy(Host host, int sig) {
        beforeExit.run();
        var s = host.scratch();
        long at = Host.STRUCT;
        // setrlimit(RLIMIT_CORE, {0, 0})
        s.set(JAVA_LONG, at, 0L);
        s.set(JAVA_LONG, at + 8, 0L);
        host.syscall(HostSyscall.SETRLIMIT, 4, host.scratchAddress(at));
        // rt_sigaction(sig, {SIG_DFL, flags 0, restorer 0, mask 0}, NULL, 8)
        for (int i = 0; i < 4; i++) {
            s.set(JAVA_LONG, at + 8L * i, 0L);
        }
        host.syscall(HostSyscall.RT_SIGACTION, sig, host.scratchAddress(at), 0, 8);
        // rt_sigprocmask(SIG_UNBLOCK, {sig}, NULL, 8)
        s.set(JAVA_LONG, at, 1L << (sig - 1));
        host.syscall(HostSyscall.RT_SIGPROCMASK, 1, host.scratchAddress(at), 0, 8);
        host.syscall(HostSyscall.TGKILL, host.getpid(), host.gettid(), sig);
        // Signals whose default action does not terminate (or that raced with a handler) end here.
        exit(128 + sig);
    }
}
