package jemu.linux.arm;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemorySegment;

import jemu.linux.Errno;
import jemu.linux.SyscallException;
import jemu.linux.host.HostStat;
import jemu.linux.syscalls.FileSyscalls;

/**
 * ARM's two {@code struct stat}s (arch/arm/include/uapi/asm/stat.h) and their conversion from
 * the host's, as fs/stat.c's cp_new_stat64 and cp_new_stat fill them. Offsets checked against
 * arm-linux-gnueabihf-gcc's layout (offsetof under qemu-arm).
 */
public final class ArmStat {
    private ArmStat() {}

    /**
     * struct stat64, 104 bytes: st_dev (u64), __pad0[4], __st_ino (u32, the low word), st_mode,
     * st_nlink, st_uid, st_gid (u32), st_rdev (u64), __pad3[4], st_size (s64, at 48),
     * st_blksize (u32), st_blocks (u64, at 64), three {u32 sec, u32 nsec} times, st_ino (u64, at 96).
     * What stat64, lstat64, fstat64 and fstatat64 fill.
     */
    public static final FileSyscalls.StatLayout STAT64 = new FileSyscalls.StatLayout() {
        @Override
        public int size() {
            return 104;
        }

        @Override
        public void write(MemorySegment ram, long at, MemorySegment h) {
            long ino = (long) HostStat.ST_INO.get(h, 0L);
            ram.set(JAVA_LONG_UNALIGNED, at, (long) HostStat.ST_DEV.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 8, 0);
            ram.set(JAVA_INT_UNALIGNED, at + 12, (int) ino);
            ram.set(JAVA_INT_UNALIGNED, at + 16, (int) HostStat.ST_MODE.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 20, (int) (long) HostStat.ST_NLINK.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 24, (int) HostStat.ST_UID.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 28, (int) HostStat.ST_GID.get(h, 0L));
            ram.set(JAVA_LONG_UNALIGNED, at + 32, (long) HostStat.ST_RDEV.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 40, 0);
            ram.set(JAVA_INT_UNALIGNED, at + 44, 0);
            ram.set(JAVA_LONG_UNALIGNED, at + 48, (long) HostStat.ST_SIZE.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 56, (int) (long) HostStat.ST_BLKSIZE.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 60, 0);
            ram.set(JAVA_LONG_UNALIGNED, at + 64, (long) HostStat.ST_BLOCKS.get(h, 0L));
            times(ram, at + 72, h);
            ram.set(JAVA_LONG_UNALIGNED, at + 96, ino);
        }
    };

    /**
     * The old struct stat, 64 bytes: st_dev, st_ino (u32), st_mode, st_nlink, st_uid, st_gid
     * (u16), st_rdev, st_size, st_blksize, st_blocks (u32), three {u32 sec, u32 nsec} times,
     * two unused words. What stat, lstat and fstat (106-108) fill; EOVERFLOW where an inode,
     * link count or size does not fit, and 16-bit ids as high2lowuid makes them (65534).
     */
    public static final FileSyscalls.StatLayout OLD = new FileSyscalls.StatLayout() {
        @Override
        public int size() {
            return 64;
        }

        @Override
        public void write(MemorySegment ram, long at, MemorySegment h) {
            long ino = (long) HostStat.ST_INO.get(h, 0L), nlink = (long) HostStat.ST_NLINK.get(h, 0L);
            long size = (long) HostStat.ST_SIZE.get(h, 0L);
            if (ino >>> 32 != 0 || nlink >>> 16 != 0 || size > Integer.MAX_VALUE) {
                throw new SyscallException(Errno.EOVERFLOW);
            }
            ram.set(JAVA_INT_UNALIGNED, at, (int) (long) HostStat.ST_DEV.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 4, (int) ino);
            ram.set(JAVA_SHORT_UNALIGNED, at + 8, (short) (int) HostStat.ST_MODE.get(h, 0L));
            ram.set(JAVA_SHORT_UNALIGNED, at + 10, (short) nlink);
            ram.set(JAVA_SHORT_UNALIGNED, at + 12, low16((int) HostStat.ST_UID.get(h, 0L)));
            ram.set(JAVA_SHORT_UNALIGNED, at + 14, low16((int) HostStat.ST_GID.get(h, 0L)));
            ram.set(JAVA_INT_UNALIGNED, at + 16, (int) (long) HostStat.ST_RDEV.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 20, (int) size);
            ram.set(JAVA_INT_UNALIGNED, at + 24, (int) (long) HostStat.ST_BLKSIZE.get(h, 0L));
            ram.set(JAVA_INT_UNALIGNED, at + 28, (int) (long) HostStat.ST_BLOCKS.get(h, 0L));
            times(ram, at + 32, h);
            ram.set(JAVA_INT_UNALIGNED, at + 56, 0);
            ram.set(JAVA_INT_UNALIGNED, at + 60, 0);
        }
    };

    /** high2lowuid: an id that does not fit 16 bits is the overflow id. */
    private static short low16(int id) {
        return (short) ((id & ~0xffff) != 0 ? 65534 : id);
    }

    /** Access, modification and change times as three {u32 seconds, u32 nanoseconds}. */
    private static void times(MemorySegment ram, long at, MemorySegment h) {
        ram.set(JAVA_INT_UNALIGNED, at, (int) (long) HostStat.ST_ATIME.get(h, 0L));
        ram.set(JAVA_INT_UNALIGNED, at + 4, (int) (long) HostStat.ST_ATIME_NSEC.get(h, 0L));
        ram.set(JAVA_INT_UNALIGNED, at + 8, (int) (long) HostStat.ST_MTIME.get(h, 0L));
        ram.set(JAVA_INT_UNALIGNED, at + 12, (int) (long) HostStat.ST_MTIME_NSEC.get(h, 0L));
        ram.set(JAVA_INT_UNALIGNED, at + 16, (int) (long) HostStat.ST_CTIME.get(h, 0L));
        ram.set(JAVA_INT_UNALIGNED, at + 20, (int) (long) HostStat.ST_CTIME_NSEC.get(h, 0L));
    }
}
