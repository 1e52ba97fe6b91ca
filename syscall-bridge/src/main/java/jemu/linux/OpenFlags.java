package jemu.linux;

/**
 * O_* flags: ARM (both arm and arm64, {@code arch/arm*\/include/uapi/asm/fcntl.h}) moves four of
 * them relative to the generic values the x86-64 host uses. The rest are the same.
 */
public final class OpenFlags {
    private OpenFlags() {}

    public static final int O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400, O_TRUNC = 01000,
            O_APPEND = 02000, O_NONBLOCK = 04000, O_CLOEXEC = 02000000, O_PATH = 010000000;

    // Guest (ARM) values of the four that differ...
    private static final int ARM_O_DIRECTORY = 040000, ARM_O_NOFOLLOW = 0100000, ARM_O_DIRECT = 0200000,
            ARM_O_LARGEFILE = 0400000;
    // ...and the host's (x86-64, generic).
    private static final int HOST_O_DIRECT = 040000, HOST_O_LARGEFILE = 0100000, HOST_O_DIRECTORY = 0200000;
    public static final int HOST_O_NOFOLLOW = 0400000;
    private static final int MOVED = ARM_O_DIRECTORY | ARM_O_NOFOLLOW | ARM_O_DIRECT | ARM_O_LARGEFILE;

    public static int toHost(int guest) {
        int host = guest & ~MOVED;
        if ((guest & ARM_O_DIRECTORY) != 0) {
            host |= HOST_O_DIRECTORY;
        }
        if ((guest & ARM_O_NOFOLLOW) != 0) {
            host |= HOST_O_NOFOLLOW;
        }
        if ((guest & ARM_O_DIRECT) != 0) {
            host |= HOST_O_DIRECT;
        }
        if ((guest & ARM_O_LARGEFILE) != 0) {
            host |= HOST_O_LARGEFILE;
        }
        return host;
    }

    public static int fromHost(int host) {
        int guest = host & ~MOVED;
        if ((host & HOST_O_DIRECTORY) != 0) {
            guest |= ARM_O_DIRECTORY;
        }
        if ((host & HOST_O_NOFOLLOW) != 0) {
            guest |= ARM_O_NOFOLLOW;
        }
        if ((host & HOST_O_DIRECT) != 0) {
            guest |= ARM_O_DIRECT;
        }
        if ((host & HOST_O_LARGEFILE) != 0) {
            guest |= ARM_O_LARGEFILE;
        }
        return guest;
    }
}
