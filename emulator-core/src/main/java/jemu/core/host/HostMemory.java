package jemu.core.host;

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
    public static final int MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;

    public static long mmap(long addr, long len, int prot, int flags, int fd, long offset) {
        return Syscall.call(Syscall.SYS_MMAP, addr, len, prot, flags, fd, offset);
    }

    public static int mprotect(long addr, long len, int prot) {
        return (int) Syscall.call(Syscall.SYS_MPROTECT, addr, len, prot, 0, 0, 0);
    }

    public static int munmap(long addr, long len) {
        return (int) Syscall.call(Syscall.SYS_MUNMAP, addr, len, 0, 0, 0, 0);
    }

    public static long mremap(long oldAddr, long oldLen, long newLen, int flags, long newAddr) {
        return Syscall.call(Syscall.SYS_MREMAP, oldAddr, oldLen, newLen, flags, newAddr, 0);
    }

    public static int madvise(long addr, long len, int advice) {
        return (int) Syscall.call(Syscall.SYS_MADVISE, addr, len, advice, 0, 0, 0);
    }
}
