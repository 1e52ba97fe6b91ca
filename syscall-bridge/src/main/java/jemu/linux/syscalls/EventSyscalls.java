package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Descriptors that stand for events: eventfd, epoll, timerfd, inotify, pidfd. Each is the host's
 * own object behind a guest descriptor (so read, poll and close need nothing special); their
 * flags (O_CLOEXEC, O_NONBLOCK based) and structures agree between the ABIs except
 * {@code struct epoll_event}, which x86-64 packs into 12 bytes where arm64 pads it to 16.
 *
 * <p>signalfd4 is not here: the guest's signals are jemu's, so its signalfd is too (see
 * SignalSyscalls and jemu.linux.signal.SignalFd).
 */
public final class EventSyscalls extends Syscalls {
    private static final int O_CLOEXEC = 02000000;
    private static final int EPOLL_CTL_DEL = 2;
    /** struct epoll_event: 16 bytes on arm64 (events, padding, data); packed 12 on x86-64. */
    private static final int GUEST_EVENT = 16, HOST_EVENT = 12;
    /** EP_MAX_EVENTS for the guest's 16-byte events. */
    private static final int EP_MAX_EVENTS = Integer.MAX_VALUE / GUEST_EVENT;
    private static final int IN_DONT_FOLLOW = 0x02000000;

    public EventSyscalls(GuestThread t) {
        super(t);
    }

    /** A fresh host descriptor (created close-on-exec) under a guest number, close-on-exec if the guest asked. */
    private long installed(long h, int guestFlags) {
        return h < 0 ? h : t.files.newGuestFd((int) h, 0, (guestFlags & O_CLOEXEC) != 0);
    }

    // ------------------------------------------------------------------ eventfd, timerfd

    public long eventfd2(int initval, int flags) {
        return installed(host.syscall(HostSyscall.EVENTFD2, initval & 0xffffffffL, flags | O_CLOEXEC), flags);
    }

    public long timerfdCreate(int clock, int flags) {
        return installed(host.syscall(HostSyscall.TIMERFD_CREATE, clock, flags | O_CLOEXEC), flags);
    }

    /** struct itimerspec is four longs on both ABIs (and two 64-bit timespecs in an ILP32 guest's timerfd_settime64). */
    public long timerfdSettime(int fd, int flags, long value, long old) {
        return filled(old, 32, host.syscall(HostSyscall.TIMERFD_SETTIME, hostFd(fd), flags,
                value == 0 ? buffer(value, 32) : hostTimes(value, 2, false, TIME32), old == 0 ? 0 : buffer(old, 32)));
    }

    /** timerfd_settime; {@code time32}: an ILP32 guest's old call, whose struct itimerspec is four 32-bit words. */
    public long timerfdSettime(int fd, int flags, long value, long old, boolean time32) {
        if (!time32) {
            return timerfdSettime(fd, flags, value, old);
        }
        int h = hostFd(fd);
        long in = hostTimes(value, 2, true, TIME32);
        if (old == 0) {
            return host.syscall(HostSyscall.TIMERFD_SETTIME, h, flags, in, 0);
        }
        writable(old, 16);
        long r = host.syscall(HostSyscall.TIMERFD_SETTIME, h, flags, in, host.scratchAddress(TIME32 + 32));
        if (r >= 0) {
            timesToGuest32(TIME32 + 32, old, 2);
        }
        return r;
    }

    public long timerfdGettime(int fd, long value) {
        return filled(value, 32, host.syscall(HostSyscall.TIMERFD_GETTIME, hostFd(fd), buffer(value, 32)));
    }

    public long timerfdGettime(int fd, long value, boolean time32) {
        int h = hostFd(fd);
        return timesOut(value, 2, time32, a -> host.syscall(HostSyscall.TIMERFD_GETTIME, h, a));
    }

    // ------------------------------------------------------------------ epoll

    public long epollCreate1(int flags) {
        return installed(host.syscall(HostSyscall.EPOLL_CREATE1, flags | O_CLOEXEC), flags);
    }

    /** epoll_ctl: both descriptors made the host's; the event repacked, its data word kept as given. */
    public long epollCtl(int epfd, int op, int fd, long event) {
        long hostEvent = 0;
        if (op != EPOLL_CTL_DEL) {
            readable(event, GUEST_EVENT);
            MemorySegment s = host.scratch();
            s.set(JAVA_INT, Host.STRUCT, mem.read32(event));
            s.set(JAVA_LONG_UNALIGNED, Host.STRUCT + 4, mem.read64(event + 8));
            hostEvent = host.scratchAddress(Host.STRUCT);
        }
        return host.syscall(HostSyscall.EPOLL_CTL, hostFd(epfd), op, hostFd(fd), hostEvent);
    }

    /** epoll_pwait: timeout in milliseconds; a signal mask as ppoll's. */
    public long epollPwait(int epfd, long events, int maxEvents, int timeout, long sigmask, long sigsetSize) {
        return epollWait(epfd, events, maxEvents, false, timeout, sigmask, sigsetSize);
    }

    /** epoll_pwait2: timeout as a struct timespec (NULL: none). */
    public long epollPwait2(int epfd, long events, int maxEvents, long timeout, long sigmask, long sigsetSize) {
        return epollWait(epfd, events, maxEvents, true, timeout, sigmask, sigsetSize);
    }

    private long epollWait(int epfd, long events, int maxEvents, boolean timespec, long timeout, long sigmask,
            long sigsetSize) {
        int h = hostFd(epfd);
        if (maxEvents <= 0 || maxEvents > EP_MAX_EVENTS) {
            return -Errno.EINVAL;
        }
        buffer(events, (long) GUEST_EVENT * maxEvents); // access_ok()
        // The host's events go to the scratch area: as many as fit (a wait may return fewer than asked).
        int n = Math.min(maxEvents, (int) ((Host.SCRATCH_SIZE - Host.STRUCT) / HOST_EVENT));
        long hostTimeout = timespec ? hostTimes(timeout, 1, false, Host.PATH1) : timeout;
        if (!t.files.withMask(sigmask, sigsetSize)) {
            return -Errno.EINTR;
        }
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(timespec ? HostSyscall.EPOLL_PWAIT2 : HostSyscall.EPOLL_PWAIT, h,
                    host.scratchAddress(Host.STRUCT), n, hostTimeout, 0, 8);
        } finally {
            t.endBlocking();
        }
        t.files.endMask(sigmask, r);
        if (r <= 0) {
            return r;
        }
        writable(events, GUEST_EVENT * r);
        MemorySegment s = host.scratch();
        for (int i = 0; i < r; i++) {
            long from = Host.STRUCT + (long) HOST_EVENT * i, to = events + (long) GUEST_EVENT * i;
            mem.write32(to, s.get(JAVA_INT_UNALIGNED, from));
            mem.write32(to + 4, 0);
            mem.write64(to + 8, s.get(JAVA_LONG_UNALIGNED, from + 4));
        }
        return r;
    }

    // ------------------------------------------------------------------ inotify

    public long inotifyInit1(int flags) {
        return installed(host.syscall(HostSyscall.INOTIFY_INIT1, flags | O_CLOEXEC), flags);
    }

    /** inotify_add_watch: the path is the guest's; events read later name entries relative to it. */
    public long inotifyAddWatch(int fd, long pathAddr, int mask) {
        int h = hostFd(fd);
        at(AT_FDCWD, t.readPath(pathAddr), (mask & IN_DONT_FOLLOW) == 0, Host.PATH1);
        return host.syscall(HostSyscall.INOTIFY_ADD_WATCH, h, slot(Host.PATH1), mask);
    }

    public long inotifyRmWatch(int fd, int wd) {
        return host.syscall(HostSyscall.INOTIFY_RM_WATCH, hostFd(fd), wd);
    }

    // ------------------------------------------------------------------ pidfd

    /** pidfd_open: guest pids are host pids; a pidfd is always close-on-exec. */
    public long pidfdOpen(int pid, int flags) {
        long h = host.syscall(HostSyscall.PIDFD_OPEN, pid, flags);
        return h < 0 ? h : t.files.newGuestFd((int) h, 0, true);
    }

    /**
     * pidfd_send_signal: to another process, the host's call (its jemu catches the host signal);
     * to this very process, jemu's own queue, as kill and rt_sigqueueinfo do.
     */
    public long pidfdSendSignal(int pidfd, int sig, long info, int flags) {
        int h = hostFd(pidfd);
        if (flags == 0 && pidOf(h) == p.pid) {
            return info == 0 ? t.signals.kill(p.pid, sig) : t.signals.rtSigqueueinfo(p.pid, sig, info);
        }
        return host.syscall(HostSyscall.PIDFD_SEND_SIGNAL, h, sig, info == 0 ? 0 : buffer(info, 128), flags);
    }

    /** The "Pid:" line of a pidfd's /proc/self/fdinfo entry, or -1. */
    private int pidOf(int hostFd) {
        byte[] name = ("/proc/self/fdinfo/" + hostFd).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long f = host.syscall(HostSyscall.OPENAT, AT_FDCWD, host.cString(name, Host.PATH1), 02000000 /* O_CLOEXEC */);
        if (f < 0) {
            return -1;
        }
        long n;
        try {
            n = host.syscall(HostSyscall.READ, f, host.scratchAddress(Host.STRUCT), 4096);
        } finally {
            host.close((int) f);
        }
        if (n <= 0) {
            return -1;
        }
        byte[] text = new byte[(int) n];
        MemorySegment.copy(host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT, text, 0, (int) n);
        for (String line : new String(text, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n")) {
            if (line.startsWith("Pid:")) {
                try {
                    return Integer.parseInt(line.substring(4).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
