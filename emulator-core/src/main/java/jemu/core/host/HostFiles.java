package jemu.core.host;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The few host file calls that loading an image needs before any guest runs (open, pread,
 * size, close), on host paths. Results are the kernel's: a value, or {@code -errno}.
 */
public final class HostFiles {
    private HostFiles() {}

    public static final int O_RDONLY = 0, O_CLOEXEC = 02000000;
    private static final int AT_FDCWD = -100, EINTR = 4, SEEK_END = 2;

    /** Opens a host path read-only, close-on-exec. */
    public static int openReadOnly(byte[] path) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = arena.allocate(path.length + 1L);
            MemorySegment.copy(path, 0, p, JAVA_BYTE, 0, path.length);
            return (int) Syscall.call(Syscall.SYS_OPENAT, AT_FDCWD, p.address(), O_RDONLY | O_CLOEXEC, 0, 0, 0);
        }
    }

    /** Reads up to {@code len} bytes at {@code offset}; fewer at end of file; null on error. */
    public static byte[] pread(int fd, int len, long offset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, len));
            int done = 0;
            while (done < len) {
                long r = Syscall.call(Syscall.SYS_PREAD64, fd, buf.address() + done, len - done, offset + done, 0, 0);
                if (r == -EINTR) {
                    continue;
                }
                if (r < 0) {
                    return null;
                }
                if (r == 0) {
                    break;
                }
                done += (int) r;
            }
            return buf.asSlice(0, done).toArray(JAVA_BYTE);
        }
    }

    /** The size of an open file (by seeking to its end), or {@code -errno}. */
    public static long size(int fd) {
        return Syscall.call(Syscall.SYS_LSEEK, fd, 0, SEEK_END, 0, 0, 0);
    }

    public static void close(int fd) {
        Syscall.call(Syscall.SYS_CLOSE, fd, 0, 0, 0, 0, 0);
    }
}
