package jemu.linux.syscalls;

import jemu.linux.GuestThread;
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
        return host.syscall(HostSyscall.NANOSLEEP, buffer(req, 16), rem == 0 ? 0 : buffer(rem, 16));
    }

    public long clockNanosleep(int clock, int flags, long req, long rem) {
        return host.syscall(HostSyscall.CLOCK_NANOSLEEP, clock, flags, buffer(req, 16), rem == 0 ? 0 : buffer(rem, 16));
    }

    /** struct tms: four clock_t (long). */
    public long times(long buf) {
        return host.syscall(HostSyscall.TIMES, buf == 0 ? 0 : buffer(buf, 32));
    }
}
