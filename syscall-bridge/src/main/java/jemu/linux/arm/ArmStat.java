package jemu.linux.arm;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import jemu.linux.Errno;
import jemu.linux.SyscallException;
import jemu.linux.host.HostStat;
import jemu.linux.syscalls.FileSyscalls;

/**
 * ARM's two {@code struct stat}s (arch/arm/include/uapi/asm/stat.h) and their conversion from
 * the host's, as fs/stat.c's cp_new_stat64 and cp_new_stat fill them. Offsets checked against
 * arm-linux-gnueabihf-gcc's layout (offsetof, run under qemu-arm). Unaligned field layouts: a
 * guest may hand the kernel a struct at any address.
 */
public final class ArmStat {
    private ArmStat() {}

    /** struct stat64, 104 bytes; EABI aligns the long longs to 8, hence __pad3's second word and st_blocks at 64. */
    static final StructLayout STAT64_LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG_UNALIGNED.withName("st_dev"),
            JAVA_INT_UNALIGNED.withName("__pad0"),
            JAVA_INT_UNALIGNED.withName("__st_ino"),
            JAVA_INT_UNALIGNED.withName("st_mode"),
            JAVA_INT_UNALIGNED.withName("st_nlink"),
            JAVA_INT_UNALIGNED.withName("st_uid"),
            JAVA_INT_UNALIGNED.withName("st_gid"),
            JAVA_LONG_UNALIGNED.withName("st_rdev"),
            JAVA_LONG_UNALIGNED.withName("__pad3"),
            JAVA_LONG_UNALIGNED.withName("st_size"),
            JAVA_INT_UNALIGNED.withName("st_blksize"),
            JAVA_INT_UNALIGNED.withName("__pad4"),
            JAVA_LONG_UNALIGNED.withName("st_blocks"),
            JAVA_INT_UNALIGNED.withName("st_atime"),
            JAVA_INT_UNALIGNED.withName("st_atime_nsec"),
            JAVA_INT_UNALIGNED.withName("st_mtime"),
            JAVA_INT_UNALIGNED.withName("st_mtime_nsec"),
            JAVA_INT_UNALIGNED.withName("st_ctime"),
            JAVA_INT_UNALIGNED.withName("st_ctime_nsec"),
            JAVA_LONG_UNALIGNED.withName("st_ino"));

    /** The old struct stat, 64 bytes: 32-bit longs, 16-bit mode, link count and ids. */
    static final StructLayout OLD_LAYOUT = MemoryLayout.structLayout(
            JAVA_INT_UNALIGNED.withName("st_dev"),
            JAVA_INT_UNALIGNED.withName("st_ino"),
            JAVA_SHORT_UNALIGNED.withName("st_mode"),
            JAVA_SHORT_UNALIGNED.withName("st_nlink"),
            JAVA_SHORT_UNALIGNED.withName("st_uid"),
            JAVA_SHORT_UNALIGNED.withName("st_gid"),
            JAVA_INT_UNALIGNED.withName("st_rdev"),
            JAVA_INT_UNALIGNED.withName("st_size"),
            JAVA_INT_UNALIGNED.withName("st_blksize"),
            JAVA_INT_UNALIGNED.withName("st_blocks"),
            JAVA_INT_UNALIGNED.withName("st_atime"),
            JAVA_INT_UNALIGNED.withName("st_atime_nsec"),
            JAVA_INT_UNALIGNED.withName("st_mtime"),
            JAVA_INT_UNALIGNED.withName("st_mtime_nsec"),
            JAVA_INT_UNALIGNED.withName("st_ctime"),
            JAVA_INT_UNALIGNED.withName("st_ctime_nsec"),
            JAVA_INT_UNALIGNED.withName("__unused4"),
            JAVA_INT_UNALIGNED.withName("__unused5"));

    /** What stat64, lstat64, fstat64 and fstatat64 fill (cp_new_stat64: st_ino also in __st_ino, times 32-bit). */
    public static final FileSyscalls.StatLayout STAT64 = new FileSyscalls.StatLayout() {
        private static final VarHandle DEV = f64("st_dev"), PAD0 = f64("__pad0"), ST_INO32 = f64("__st_ino"),
                MODE = f64("st_mode"), NLINK = f64("st_nlink"), UID = f64("st_uid"), GID = f64("st_gid"),
                RDEV = f64("st_rdev"), PAD3 = f64("__pad3"), SIZE = f64("st_size"), BLKSIZE = f64("st_blksize"),
                PAD4 = f64("__pad4"), BLOCKS = f64("st_blocks"), ATIME = f64("st_atime"),
                ATIME_NSEC = f64("st_atime_nsec"), MTIME = f64("st_mtime"), MTIME_NSEC = f64("st_mtime_nsec"),
                CTIME = f64("st_ctime"), CTIME_NSEC = f64("st_ctime_nsec"), INO = f64("st_ino");

        @Override
        public int size() {
            return (int) STAT64_LAYOUT.byteSize();
        }

        @Override
        public void write(MemorySegment ram, long at, MemorySegment h) {
            long ino = (long) HostStat.ST_INO.get(h, 0L);
            DEV.set(ram, at, (long) HostStat.ST_DEV.get(h, 0L));
            PAD0.set(ram, at, 0);
            ST_INO32.set(ram, at, (int) ino);
            MODE.set(ram, at, (int) HostStat.ST_MODE.get(h, 0L));
            NLINK.set(ram, at, (int) (long) HostStat.ST_NLINK.get(h, 0L));
            UID.set(ram, at, (int) HostStat.ST_UID.get(h, 0L));
            GID.set(ram, at, (int) HostStat.ST_GID.get(h, 0L));
            RDEV.set(ram, at, (long) HostStat.ST_RDEV.get(h, 0L));
            PAD3.set(ram, at, 0L);
            SIZE.set(ram, at, (long) HostStat.ST_SIZE.get(h, 0L));
            BLKSIZE.set(ram, at, (int) (long) HostStat.ST_BLKSIZE.get(h, 0L));
            PAD4.set(ram, at, 0);
            BLOCKS.set(ram, at, (long) HostStat.ST_BLOCKS.get(h, 0L));
            ATIME.set(ram, at, (int) (long) HostStat.ST_ATIME.get(h, 0L));
            ATIME_NSEC.set(ram, at, (int) (long) HostStat.ST_ATIME_NSEC.get(h, 0L));
            MTIME.set(ram, at, (int) (long) HostStat.ST_MTIME.get(h, 0L));
            MTIME_NSEC.set(ram, at, (int) (long) HostStat.ST_MTIME_NSEC.get(h, 0L));
            CTIME.set(ram, at, (int) (long) HostStat.ST_CTIME.get(h, 0L));
            CTIME_NSEC.set(ram, at, (int) (long) HostStat.ST_CTIME_NSEC.get(h, 0L));
            INO.set(ram, at, ino);
        }
    };

    /**
     * What stat, lstat and fstat (106-108) fill (cp_new_stat): EOVERFLOW where an inode, link
     * count or size does not fit, and 16-bit ids as high2lowuid makes them (65534).
     */
    public static final FileSyscalls.StatLayout OLD = new FileSyscalls.StatLayout() {
        private static final VarHandle DEV = old("st_dev"), INO = old("st_ino"), MODE = old("st_mode"),
                NLINK = old("st_nlink"), UID = old("st_uid"), GID = old("st_gid"), RDEV = old("st_rdev"),
                SIZE = old("st_size"), BLKSIZE = old("st_blksize"), BLOCKS = old("st_blocks"),
                ATIME = old("st_atime"), ATIME_NSEC = old("st_atime_nsec"), MTIME = old("st_mtime"),
                MTIME_NSEC = old("st_mtime_nsec"), CTIME = old("st_ctime"), CTIME_NSEC = old("st_ctime_nsec"),
                UNUSED4 = old("__unused4"), UNUSED5 = old("__unused5");

        @Override
        public int size() {
            return (int) OLD_LAYOUT.byteSize();
        }

        @Override
        public void write(MemorySegment ram, long at, MemorySegment h) {
            long ino = (long) HostStat.ST_INO.get(h, 0L), nlink = (long) HostStat.ST_NLINK.get(h, 0L);
            long size = (long) HostStat.ST_SIZE.get(h, 0L);
            if (ino >>> 32 != 0 || nlink >>> 16 != 0 || size > Integer.MAX_VALUE) {
                throw new SyscallException(Errno.EOVERFLOW);
            }
            DEV.set(ram, at, (int) (long) HostStat.ST_DEV.get(h, 0L));
            INO.set(ram, at, (int) ino);
            MODE.set(ram, at, (short) (int) HostStat.ST_MODE.get(h, 0L));
            NLINK.set(ram, at, (short) nlink);
            UID.set(ram, at, low16((int) HostStat.ST_UID.get(h, 0L)));
            GID.set(ram, at, low16((int) HostStat.ST_GID.get(h, 0L)));
            RDEV.set(ram, at, (int) (long) HostStat.ST_RDEV.get(h, 0L));
            SIZE.set(ram, at, (int) size);
            BLKSIZE.set(ram, at, (int) (long) HostStat.ST_BLKSIZE.get(h, 0L));
            BLOCKS.set(ram, at, (int) (long) HostStat.ST_BLOCKS.get(h, 0L));
            ATIME.set(ram, at, (int) (long) HostStat.ST_ATIME.get(h, 0L));
            ATIME_NSEC.set(ram, at, (int) (long) HostStat.ST_ATIME_NSEC.get(h, 0L));
            MTIME.set(ram, at, (int) (long) HostStat.ST_MTIME.get(h, 0L));
            MTIME_NSEC.set(ram, at, (int) (long) HostStat.ST_MTIME_NSEC.get(h, 0L));
            CTIME.set(ram, at, (int) (long) HostStat.ST_CTIME.get(h, 0L));
            CTIME_NSEC.set(ram, at, (int) (long) HostStat.ST_CTIME_NSEC.get(h, 0L));
            UNUSED4.set(ram, at, 0);
            UNUSED5.set(ram, at, 0);
        }
    };

    private static VarHandle f64(String name) {
        return STAT64_LAYOUT.varHandle(PathElement.groupElement(name));
    }

    private static VarHandle old(String name) {
        return OLD_LAYOUT.varHandle(PathElement.groupElement(name));
    }

    /** high2lowuid: an id that does not fit 16 bits is the overflow id. */
    private static short low16(int id) {
        return (short) ((id & ~0xffff) != 0 ? 65534 : id);
    }
}
