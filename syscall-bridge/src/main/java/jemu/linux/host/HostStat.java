package jemu.linux.host;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

/** The host's {@code struct stat} (x86-64, arch/x86/include/uapi/asm/stat.h). */
public final class HostStat {
    private HostStat() {}

    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG.withName("st_dev"),
            JAVA_LONG.withName("st_ino"),
            JAVA_LONG.withName("st_nlink"),
            JAVA_INT.withName("st_mode"),
            JAVA_INT.withName("st_uid"),
            JAVA_INT.withName("st_gid"),
            JAVA_INT.withName("__pad0"),
            JAVA_LONG.withName("st_rdev"),
            JAVA_LONG.withName("st_size"),
            JAVA_LONG.withName("st_blksize"),
            JAVA_LONG.withName("st_blocks"),
            JAVA_LONG.withName("st_atime"),
            JAVA_LONG.withName("st_atime_nsec"),
            JAVA_LONG.withName("st_mtime"),
            JAVA_LONG.withName("st_mtime_nsec"),
            JAVA_LONG.withName("st_ctime"),
            JAVA_LONG.withName("st_ctime_nsec"),
            MemoryLayout.sequenceLayout(3, JAVA_LONG).withName("__unused"));

    public static final VarHandle ST_DEV = field("st_dev"), ST_INO = field("st_ino"), ST_NLINK = field("st_nlink"),
            ST_MODE = field("st_mode"), ST_UID = field("st_uid"), ST_GID = field("st_gid"),
            ST_RDEV = field("st_rdev"), ST_SIZE = field("st_size"), ST_BLKSIZE = field("st_blksize"),
            ST_BLOCKS = field("st_blocks"), ST_ATIME = field("st_atime"), ST_ATIME_NSEC = field("st_atime_nsec"),
            ST_MTIME = field("st_mtime"), ST_MTIME_NSEC = field("st_mtime_nsec"), ST_CTIME = field("st_ctime"),
            ST_CTIME_NSEC = field("st_ctime_nsec");

    private static VarHandle field(String name) {
        return LAYOUT.varHandle(PathElement.groupElement(name));
    }
}
