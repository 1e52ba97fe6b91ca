package jemu.core.host;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Host virtual-memory calls on raw host addresses. Every method returns the kernel's way:
 * a non-negative result, or {@code -errno}.
 */
public final class HostMemory {
    private HostMemory() {}

    public static final int PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2;
    public static final int MAP_SHARED = 0x01, MAP_PRIVATE = 0x02, MAP_FIXED = 0x10,
            MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
    public static final int MADV_DONTNEED = 4;

    private static final MethodHandle MMAP = Native.downcallErrno("mmap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    private static final MethodHandle MPROTECT = Native.downcallErrno("mprotect",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));
    private static final MethodHandle MUNMAP = Native.downcallErrno("munmap",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle MREMAP = Native.downcallErrno("mremap",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG),
            java.lang.foreign.Linker.Option.firstVariadicArg(4));
    public static final int MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;

    private static final MethodHandle MADVISE = Native.downcallErrno("madvise",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));

    public static long mmap(long addr, long len, int prot, int flags, int fd, long offset) {
        MemorySegment capture = Native.captureSegment();
        try {
            long r = (long) MMAP.invokeExact(capture, addr, len, prot, flags, fd, offset);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    public static int mprotect(long addr, long len, int prot) {
        MemorySegment capture = Native.captureSegment();
        try {
            int r = (int) MPROTECT.invokeExact(capture, addr, len, prot);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    public static int munmap(long addr, long len) {
        MemorySegment capture = Native.captureSegment();
        try {
            int r = (int) MUNMAP.invokeExact(capture, addr, len);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    public static long mremap(long oldAddr, long oldLen, long newLen, int flags, long newAddr) {
        MemorySegment capture = Native.captureSegment();
        try {
            long r = (long) MREMAP.invokeExact(capture, oldAddr, oldLen, newLen, flags, newAddr);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    public static int madvise(long addr, long len, int advice) {
        MemorySegment capture = Native.captureSegment();
        try {
            int r = (int) MADVISE.invokeExact(capture, addr, len, advice);
            return r == -1 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
