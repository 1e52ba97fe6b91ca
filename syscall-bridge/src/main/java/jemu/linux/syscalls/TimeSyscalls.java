package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Clocks and sleeps: struct timespec and timeval are two 64-bit words on both 64-bit ABIs and
 * in an ILP32 guest's *_time64 calls; its old calls ({@code time32}) have two 32-bit words.
 */
public final class TimeSyscalls extends Syscalls {
    public TimeSyscalls(GuestThread t) {
        super(t);
    }

    public long clockGettime(int clock, long tp) {
        return clockGettime(clock, tp, false);
    }

    /** clock_gettime; {@code time32}: an ILP32 guest's old call, with a 32-bit struct timespec (so for every call below). */
    public long clockGettime(int clock, long tp, boolean time32) {
        return timesOut(tp, 1, time32, a -> host.syscall(HostSyscall.CLOCK_GETTIME, clock, a));
    }

    public long clockGetres(int clock, long tp) {
        return clockGetres(clock, tp, false);
    }

    public long clockGetres(int clock, long tp, boolean time32) {
        return tp == 0 ? host.syscall(HostSyscall.CLOCK_GETRES, clock, 0)
                : timesOut(tp, 1, time32, a -> host.syscall(HostSyscall.CLOCK_GETRES, clock, a));
    }

    public long gettimeofday(long tv, long tz) {
        return gettimeofday(tv, tz, false);
    }

    public long gettimeofday(long tv, long tz, boolean time32) {
        long hostTz = tz == 0 ? 0 : buffer(tz, 8);
        return tv == 0 ? host.syscall(HostSyscall.GETTIMEOFDAY, 0, hostTz)
                : timesOut(tv, 1, time32, a -> host.syscall(HostSyscall.GETTIMEOFDAY, a, hostTz));
    }

    public long nanosleep(long req, long rem) {
        return sleep(HostSyscall.NANOSLEEP, 0, 0, req, rem, false);
    }

    public long nanosleep(long req, long rem, boolean time32) {
        return sleep(HostSyscall.NANOSLEEP, 0, 0, req, rem, time32);
    }

    public long clockNanosleep(int clock, int flags, long req, long rem) {
        return sleep(HostSyscall.CLOCK_NANOSLEEP, clock, flags, req, rem, false);
    }

    public long clockNanosleep(int clock, int flags, long req, long rem, boolean time32) {
        return sleep(HostSyscall.CLOCK_NANOSLEEP, clock, flags, req, rem, time32);
    }

    /**
     * A sleep that a signal interrupts: EINTR with the remaining time in {@code rem} when a
     * handler is to run; otherwise (a signal ignored in the end, or one of the JVM's) it sleeps
     * on for the remaining time, as Linux's restart_syscall does.
     */
    private long sleep(int nr, int clock, int flags, long req, long rem, boolean time32) {
        int w = time32 ? 4 : 8;
        readable(req, 2L * w);
        var s = host.scratch();
        long at = Host.STRUCT;
        s.set(JAVA_LONG, at, readTime(req, time32));
        s.set(JAVA_LONG, at + 8, readNsec(req + w, time32));
        boolean absolute = nr == HostSyscall.CLOCK_NANOSLEEP && (flags & 1) != 0; // TIMER_ABSTIME
        while (true) {
            long r;
            t.beginBlocking();
            try {
                r = nr == HostSyscall.NANOSLEEP
                        ? host.syscall(nr, host.scratchAddress(at), host.scratchAddress(at + 16))
                        : host.syscall(nr, clock, flags, host.scratchAddress(at), host.scratchAddress(at + 16));
            } finally {
                t.endBlocking();
            }
            if (r != -Errno.EINTR) {
                return r;
            }
            if (p.signals.handlerPending(t)) {
                if (rem != 0 && !absolute) {
                    writable(rem, 2L * w);
                    writeTime(rem, s.get(JAVA_LONG, at + 16), time32);
                    writeTime(rem + w, s.get(JAVA_LONG, at + 24), time32);
                }
                return r;
            }
            if (!absolute) {
                s.set(JAVA_LONG, at, s.get(JAVA_LONG, at + 16));
                s.set(JAVA_LONG, at + 8, s.get(JAVA_LONG, at + 24));
            }
        }
    }

    /** struct tms: four clock_t (long: 32 bytes on LP64, 16 on ILP32). times' result is a clock_t too. */
    public long times(long buf) {
        if (ilp32) {
            if (buf != 0) {
                writable(buf, 16);
            }
            long r = host.syscall(HostSyscall.TIMES, buf == 0 ? 0 : host.scratchAddress(Host.STRUCT));
            if (buf != 0 && (r >= 0 || r < -4095)) {
                for (int i = 0; i < 4; i++) {
                    mem.write32(buf + 4L * i, (int) host.scratch().get(JAVA_LONG, Host.STRUCT + 8L * i));
                }
            }
            return (int) r;
        }
        return host.syscall(HostSyscall.TIMES, buf == 0 ? 0 : buffer(buf, 32));
    }
}
