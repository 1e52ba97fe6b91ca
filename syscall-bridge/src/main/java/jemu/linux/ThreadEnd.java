package jemu.linux;

/**
 * Unwinds a guest thread's JVM thread once the guest thread has ended (its own {@code exit}, or
 * a stop for another thread's {@code execve}) while the process carries on. Thrown from inside
 * a system call, it passes every handler's error path and is caught only by the CPU loop's
 * {@code run}, which then returns. It carries no stack trace: it is control flow, not an error.
 */
public final class ThreadEnd extends Error {
    private static final long serialVersionUID = 1L;

    ThreadEnd() {
        super(null, null, false, false);
    }
}
