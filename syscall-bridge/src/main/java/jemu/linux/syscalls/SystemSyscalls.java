package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.util.concurrent.atomic.AtomicBoolean;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Calls about the system and the caller's privileges: capabilities, supplementary groups, host
 * and domain names, setting the clocks, and chroot. They pass through to the host (which answers
 * EPERM to an unprivileged caller, as it would the same program run natively), since the guest
 * process is the host process; their structures (cap header and data, timeval, timezone,
 * timespec, struct timex) have one layout on both ABIs.
 *
 * <p>chroot is the exception: the host's would change the root of the whole JVM (its class
 * path, /proc, the dynamic linker's view). jemu does every check the kernel does (the path
 * resolves to a searchable directory, CAP_SYS_CHROOT), and then changes nothing: a chroot to the
 * root the guest already has succeeds, any other is EPERM with a one-time warning. Under
 * {@code --rootfs}, a further chroot inside the root is likewise out of scope.
 */
public final class SystemSyscalls extends Syscalls {
    private static final int LINUX_CAPABILITY_VERSION_1 = 0x19980330, LINUX_CAPABILITY_VERSION_3 = 0x20080522;
    private static final int CAP_SYS_CHROOT = 18;
    /** sizeof(struct timex) on both 64-bit ABIs. */
    private static final int TIMEX_SIZE = 208;
    /** __NEW_UTS_LEN, NGROUPS_MAX */
    private static final int UTS_LEN = 64, NGROUPS_MAX = 65536;
    private static final AtomicBoolean CHROOT_WARNED = new AtomicBoolean();

    public SystemSyscalls(GuestThread t) {
        super(t);
    }

    // ------------------------------------------------------------------ capabilities, groups

    /**
     * capget: the caller's capabilities are its host thread's; the header's version says how
     * many 12-byte data structs follow (one for version 1, two since), and an unknown version is
     * answered by the host writing its own into the header.
     */
    public long capget(long header, long data) {
        long h = capHeader(header);
        int size = capDataSize(header);
        long r = host.syscall(HostSyscall.CAPGET, h, data == 0 ? 0 : buffer(data, size));
        mem.noteHostWrite(header, 8);
        return data == 0 ? r : filled(data, size, r);
    }

    public long capset(long header, long data) {
        long h = capHeader(header);
        long r = host.syscall(HostSyscall.CAPSET, h, data == 0 ? 0 : buffer(data, capDataSize(header)));
        mem.noteHostWrite(header, 8);
        return r;
    }

    private long capHeader(long header) {
        readable(header, 8);
        return buffer(header, 8);
    }

    private int capDataSize(long header) {
        return mem.read32(header) == LINUX_CAPABILITY_VERSION_1 ? 12 : 24;
    }

    public long setgroups(int size, long list) {
        if (size < 0 || size > NGROUPS_MAX) {
            return -Errno.EINVAL;
        }
        return host.syscall(HostSyscall.SETGROUPS, size, size == 0 ? 0 : buffer(list, 4L * size));
    }

    // ------------------------------------------------------------------ names and clocks

    public long sethostname(long name, int len) {
        return host.syscall(HostSyscall.SETHOSTNAME, buffer(name, Math.max(0, Math.min(len, UTS_LEN))), len);
    }

    public long setdomainname(long name, int len) {
        return host.syscall(HostSyscall.SETDOMAINNAME, buffer(name, Math.max(0, Math.min(len, UTS_LEN))), len);
    }

    public long clockSettime(int clock, long tp) {
        return clockSettime(clock, tp, false);
    }

    /** clock_settime; {@code time32}: an ILP32 guest's old call (32-bit struct timespec). */
    public long clockSettime(int clock, long tp, boolean time32) {
        return host.syscall(HostSyscall.CLOCK_SETTIME, clock, hostTimes(tp, 1, time32, TIME32));
    }

    public long settimeofday(long tv, long tz) {
        return settimeofday(tv, tz, false);
    }

    public long settimeofday(long tv, long tz, boolean time32) {
        return host.syscall(HostSyscall.SETTIMEOFDAY, hostTimes(tv, 1, time32, TIME32), tz == 0 ? 0 : buffer(tz, 8));
    }

    public long adjtimex(long buf) {
        return filled(buf, TIMEX_SIZE, host.syscall(HostSyscall.ADJTIMEX, buffer(buf, TIMEX_SIZE)));
    }

    public long clockAdjtime(int clock, long buf) {
        return filled(buf, TIMEX_SIZE, host.syscall(HostSyscall.CLOCK_ADJTIME, clock, buffer(buf, TIMEX_SIZE)));
    }

    // ------------------------------------------------------------------ chroot

    /** chroot: checked as the kernel does, but never done (see the class comment). */
    public long chroot(long pathAddr) {
        long path = hostPath(pathAddr, true);
        long d = host.syscall(HostSyscall.OPENAT, AT_FDCWD, path,
                010000000 /* O_PATH */ | 0200000 /* O_DIRECTORY */ | 02000000 /* O_CLOEXEC */);
        if (d < 0) {
            return d;
        }
        try {
            // path_permission(MAY_EXEC | MAY_CHDIR) on the directory itself
            long r = host.syscall(HostSyscall.FACCESSAT2, d, host.cString(new byte[0], Host.PATH2), 1 /* X_OK */,
                    AT_EMPTY_PATH | 0x200 /* AT_EACCESS */);
            if (r < 0) {
                return r;
            }
            if (!capable(CAP_SYS_CHROOT)) {
                return -Errno.EPERM;
            }
            if (isRoot((int) d)) {
                return 0;
            }
        } finally {
            host.close((int) d);
        }
        if (!CHROOT_WARNED.getAndSet(true)) {
            System.err.println("jemu: chroot to a new root is not emulated: returning EPERM");
        }
        return -Errno.EPERM;
    }

    /** Whether the calling thread has {@code cap} in its effective set. */
    private boolean capable(int cap) {
        var s = host.scratch();
        long at = Host.STRUCT;
        s.set(JAVA_INT, at, LINUX_CAPABILITY_VERSION_3);
        s.set(JAVA_INT, at + 4, 0);
        long r = host.syscall(HostSyscall.CAPGET, host.scratchAddress(at), host.scratchAddress(at + 8));
        return r == 0 && (s.get(JAVA_INT, at + 8 + 12 * (cap / 32)) >>> (cap % 32) & 1) != 0;
    }

    /** Whether host directory descriptor {@code d} is the guest's root directory. */
    private boolean isRoot(int d) {
        var s = host.scratch();
        long a = Host.STRUCT, b = Host.STRUCT + 256;
        if (host.syscall(HostSyscall.FSTAT, d, host.scratchAddress(a)) < 0) {
            return false;
        }
        int dir = at(AT_FDCWD, new byte[] {'/'}, true, Host.PATH1);
        if (host.syscall(HostSyscall.NEWFSTATAT, dir, slot(Host.PATH1), host.scratchAddress(b), 0) < 0) {
            return false;
        }
        return s.get(JAVA_LONG, a) == s.get(JAVA_LONG, b) && s.get(JAVA_LONG, a + 8) == s.get(JAVA_LONG, b + 8);
    }
}
