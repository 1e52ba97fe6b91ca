package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/** Clocks and sleeps: struct timespec and timeval are two 64-bit words on both 64-bit ABIs. */
public final class TimeSyscalls extends Syscalls {
    public TimeSyscalls(GuestThread t) {
        super(t);
    }

    public long clockGettime(int clock, long tp) {
        return filled(tp, 16, host.syscall(HostSyscall.CLOCK_GETTIME, clock, buffer(tp, 16)));
    }

    public long clockGetres(int clock, long tp) {
        return tp == 0 ? host.syscall(HostSyscall.CLOCK_GETRES, clock, 0)
                : filled(tp, 16, host.syscall(HostSyscall.CLOCK_GETRES, clock, buffer(tp, 16)));
    }

    public long gettimeofday(long tv, long tz) {
        return host.syscall(HostSyscall.GETTIMEOFDAY, tv == 0 ? 0 : buffer(tv, 16), tz == 0 ? 0 : buffer(tz, 8));
    }

    public long nanosleep(long req, long rem) {
        return sleep(HostSyscall.NANOSLEEP, 0, 0, req, rem);
    }

    public long clockNanosleep(int clock, int flags, long req, long rem) {
        return sleep(HostSyscall.CLOCK_NANOSLEEP, clock, flags, req, rem);
    }

    /**
     * A sleep that a signal interrupts: EINTR with the remaining time in {@code rem} when a
     * handler is to run; otherwise (a signal ignored in the end, or one of the JVM's) it sleeps
     * on for the remaining time, as Linux's restart_syscall does.
     */
    private long sleep(int nr, int clock, int flags, long req, long rem) {
        readable(req, 16);
        var s = host.scratch();
        long at = Host.STRUCT;
        s.set(JAVA_LONG, at, mem.read64(req));
        s.set(JAVA_LONG, at + 8, mem.read64(req + 8));
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
                    writable(rem, 16);
                    mem.write64(rem, s.get(JAVA_LONG, at + 16));
                    mem.write64(rem + 8, s.get(JAVA_LONG, at + 24));
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
