package jemu.core.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The few host file calls that loading an image needs before any guest runs (open, pread,
 * size, close), on host paths. Results are the kernel's: a value, or {@code -errno}.
 */
public final class HostFiles {
    private HostFiles() {}

    public static final int O_RDONLY = 0, O_CLOEXEC = 02000000;

    private static final MethodHandle OPEN = Native.downcallErrno("open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle PREAD = Native.downcallErrno("pread",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle LSEEK = Native.downcallErrno("lseek",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT));
    private static final MethodHandle CLOSE = Native.downcall("close",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    /** Opens a host path read-only, close-on-exec. */
    public static int openReadOnly(byte[] path) {
        MemorySegment capture = Native.captureSegment();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(path.length + 1L);
            MemorySegment.copy(path, 0, p, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, path.length);
            int r = (int) OPEN.invokeExact(capture, p, O_RDONLY | O_CLOEXEC, 0);
            return r < 0 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Reads up to {@code len} bytes at {@code offset}; returns fewer at end of file. */
    public static byte[] pread(int fd, int len, long offset) {
        MemorySegment capture = Native.captureSegment();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, len));
            int done = 0;
            while (done < len) {
                long r = (long) PREAD.invokeExact(capture, fd, buf.asSlice(done), (long) (len - done), offset + done);
                if (r < 0) {
                    int errno = Native.errno(capture);
                    if (errno == 4) {
                        continue; // EINTR
                    }
                    return null;
                }
                if (r == 0) {
                    break;
                }
                done += (int) r;
            }
            return buf.asSlice(0, done).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The size of an open file (by seeking to its end), or {@code -errno}. */
    public static long size(int fd) {
        MemorySegment capture = Native.captureSegment();
        try {
            long r = (long) LSEEK.invokeExact(capture, fd, 0L, 2);
            return r < 0 ? -Native.errno(capture) : r;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    public static void close(int fd) {
        try {
            int unused = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
