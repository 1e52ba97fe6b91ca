package jemu.linux.aarch64;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import jemu.linux.host.HostStat;

/**
 * The arm64 {@code struct stat} (include/uapi/asm-generic/stat.h), and its conversion from the host's.
 * Unaligned field layouts: a guest may hand the kernel a struct at any address.
 */
final class Aarch64Stat {
    private Aarch64Stat() {}

    static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG_UNALIGNED.withName("st_dev"),
            JAVA_LONG_UNALIGNED.withName("st_ino"),
            JAVA_INT_UNALIGNED.withName("st_mode"),
            JAVA_INT_UNALIGNED.withName("st_nlink"),
            JAVA_INT_UNALIGNED.withName("st_uid"),
            JAVA_INT_UNALIGNED.withName("st_gid"),
            JAVA_LONG_UNALIGNED.withName("st_rdev"),
            JAVA_LONG_UNALIGNED.withName("__pad1"),
            JAVA_LONG_UNALIGNED.withName("st_size"),
            JAVA_INT_UNALIGNED.withName("st_blksize"),
            JAVA_INT_UNALIGNED.withName("__pad2"),
            JAVA_LONG_UNALIGNED.withName("st_blocks"),
            JAVA_LONG_UNALIGNED.withName("st_atime"),
            JAVA_LONG_UNALIGNED.withName("st_atime_nsec"),
            JAVA_LONG_UNALIGNED.withName("st_mtime"),
            JAVA_LONG_UNALIGNED.withName("st_mtime_nsec"),
            JAVA_LONG_UNALIGNED.withName("st_ctime"),
            JAVA_LONG_UNALIGNED.withName("st_ctime_nsec"),
            JAVA_INT_UNALIGNED.withName("__unused4"),
            JAVA_INT_UNALIGNED.withName("__unused5"));

    private static final VarHandle ST_DEV = field("st_dev"), ST_INO = field("st_ino"), ST_MODE = field("st_mode"),
            ST_NLINK = field("st_nlink"), ST_UID = field("st_uid"), ST_GID = field("st_gid"),
            ST_RDEV = field("st_rdev"), PAD1 = field("__pad1"), ST_SIZE = field("st_size"),
            ST_BLKSIZE = field("st_blksize"), PAD2 = field("__pad2"), ST_BLOCKS = field("st_blocks"),
            ST_ATIME = field("st_atime"), ST_ATIME_NSEC = field("st_atime_nsec"), ST_MTIME = field("st_mtime"),
            ST_MTIME_NSEC = field("st_mtime_nsec"), ST_CTIME = field("st_ctime"),
            ST_CTIME_NSEC = field("st_ctime_nsec"), UNUSED4 = field("__unused4"), UNUSED5 = field("__unused5");

    private static VarHandle field(String name) {
        return LAYOUT.varHandle(PathElement.groupElement(name));
    }

    static void write(MemorySegment ram, long at, MemorySegment h) {
        ST_DEV.set(ram, at, (long) HostStat.ST_DEV.get(h, 0L));
        ST_INO.set(ram, at, (long) HostStat.ST_INO.get(h, 0L));
        ST_MODE.set(ram, at, (int) HostStat.ST_MODE.get(h, 0L));
        ST_NLINK.set(ram, at, (int) (long) HostStat.ST_NLINK.get(h, 0L));
        ST_UID.set(ram, at, (int) HostStat.ST_UID.get(h, 0L));
        ST_GID.set(ram, at, (int) HostStat.ST_GID.get(h, 0L));
        ST_RDEV.set(ram, at, (long) HostStat.ST_RDEV.get(h, 0L));
        PAD1.set(ram, at, 0L);
        ST_SIZE.set(ram, at, (long) HostStat.ST_SIZE.get(h, 0L));
        ST_BLKSIZE.set(ram, at, (int) (long) HostStat.ST_BLKSIZE.get(h, 0L));
        PAD2.set(ram, at, 0);
        ST_BLOCKS.set(ram, at, (long) HostStat.ST_BLOCKS.get(h, 0L));
        ST_ATIME.set(ram, at, (long) HostStat.ST_ATIME.get(h, 0L));
        ST_ATIME_NSEC.set(ram, at, (long) HostStat.ST_ATIME_NSEC.get(h, 0L));
        ST_MTIME.set(ram, at, (long) HostStat.ST_MTIME.get(h, 0L));
        ST_MTIME_NSEC.set(ram, at, (long) HostStat.ST_MTIME_NSEC.get(h, 0L));
        ST_CTIME.set(ram, at, (long) HostStat.ST_CTIME.get(h, 0L));
        ST_CTIME_NSEC.set(ram, at, (long) HostStat.ST_CTIME_NSEC.get(h, 0L));
        UNUSED4.set(ram, at, 0);
        UNUSED5.set(ram, at, 0);
    }
}
