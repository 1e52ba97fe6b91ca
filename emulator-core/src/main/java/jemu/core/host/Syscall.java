package jemu.core.host;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The one downcall every host call goes through: libc's {@code syscall(2)} with six long
 * arguments. A single handle (rather than one per libc function) keeps the classes the FFM
 * linker spins at start-up to one set, which matters because every guest process is a JVM start.
 */
public final class Syscall {
    private Syscall() {}

    private static final MethodHandle SYSCALL = Native.downcallErrno("syscall",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
            Linker.Option.firstVariadicArg(1));

    /** x86-64 numbers of the calls the core makes itself. */
    public static final int SYS_PREAD64 = 17, SYS_LSEEK = 8, SYS_MMAP = 9, SYS_MPROTECT = 10, SYS_MUNMAP = 11,
            SYS_CLOSE = 3, SYS_MREMAP = 25, SYS_MADVISE = 28, SYS_OPENAT = 257;

    /**
     * A raw host system call; returns the result or {@code -errno}. {@code capture} is an errno
     * buffer ({@link Native#newCaptureSegment}) owned by the calling thread.
     */
    public static long call(MemorySegment capture, long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        try {
            long r = (long) SYSCALL.invokeExact(capture, nr, a0, a1, a2, a3, a4, a5);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The same, with this thread's shared errno buffer (for calls off the hot path). */
    public static long call(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        return call(Native.captureSegment(), nr, a0, a1, a2, a3, a4, a5);
    }
}
