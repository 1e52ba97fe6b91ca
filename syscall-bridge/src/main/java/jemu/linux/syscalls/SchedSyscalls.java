package jemu.linux.syscalls;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.HostSyscall;

/**
 * Scheduling: policies, priorities, affinity, I/O priority. Guest threads are host threads with
 * their own tids and guest processes are host processes, so pid 0 (the caller) and any pid or
 * tid mean the same on the host; struct sched_param (one int), struct sched_attr and the
 * cpu_set_t bitmap have one layout everywhere.
 */
public final class SchedSyscalls extends Syscalls {
    /** SCHED_ATTR_SIZE_VER0, and the page-size limit the kernel puts on struct sched_attr. */
    private static final int SCHED_ATTR_VER0 = 48, SCHED_ATTR_MAX = 4096;

    public SchedSyscalls(GuestThread t) {
        super(t);
    }

    public long setaffinity(int pid, long size, long mask) {
        return host.syscall(HostSyscall.SCHED_SETAFFINITY, pid, size, buffer(mask, size));
    }

    public long setparam(int pid, long param) {
        return host.syscall(HostSyscall.SCHED_SETPARAM, pid, param(param));
    }

    public long getparam(int pid, long param) {
        return filled(param, 4, host.syscall(HostSyscall.SCHED_GETPARAM, pid, param(param)));
    }

    public long setscheduler(int pid, int policy, long param) {
        return host.syscall(HostSyscall.SCHED_SETSCHEDULER, pid, policy, param(param));
    }

    public long getscheduler(int pid) {
        return host.syscall(HostSyscall.SCHED_GETSCHEDULER, pid);
    }

    public long getPriorityMax(int policy) {
        return host.syscall(HostSyscall.SCHED_GET_PRIORITY_MAX, policy);
    }

    public long getPriorityMin(int policy) {
        return host.syscall(HostSyscall.SCHED_GET_PRIORITY_MIN, policy);
    }

    public long rrGetInterval(int pid, long interval) {
        return rrGetInterval(pid, interval, false);
    }

    /** sched_rr_get_interval; {@code time32}: an ILP32 guest's old call (32-bit struct timespec). */
    public long rrGetInterval(int pid, long interval, boolean time32) {
        return timesOut(interval, 1, time32, a -> host.syscall(HostSyscall.SCHED_RR_GET_INTERVAL, pid, a));
    }

    /** sched_setattr: the struct says its own size (0 for the first version). */
    public long setattr(int pid, long attr, int flags) {
        if (attr == 0) {
            return -Errno.EINVAL;
        }
        readable(attr, 4);
        long size = mem.read32(attr) & 0xffffffffL;
        size = size == 0 ? SCHED_ATTR_VER0 : Math.min(size, SCHED_ATTR_MAX);
        long r = host.syscall(HostSyscall.SCHED_SETATTR, pid, buffer(attr, size), flags);
        if (r == -Errno.E2BIG) {
            mem.noteHostWrite(attr, 4); // the kernel wrote the size it knows
        }
        return r;
    }

    public long getattr(int pid, long attr, int size, int flags) {
        if (attr == 0 || size < SCHED_ATTR_VER0 || size > SCHED_ATTR_MAX) {
            return -Errno.EINVAL;
        }
        return filled(attr, size, host.syscall(HostSyscall.SCHED_GETATTR, pid, buffer(attr, size), size, flags));
    }

    public long ioprioSet(int which, int who, int ioprio) {
        return host.syscall(HostSyscall.IOPRIO_SET, which, who, ioprio);
    }

    public long ioprioGet(int which, int who) {
        return host.syscall(HostSyscall.IOPRIO_GET, which, who);
    }

    /** A struct sched_param pointer: NULL is the kernel's EINVAL. */
    private long param(long addr) {
        if (addr == 0) {
            return 0;
        }
        return buffer(addr, 4);
    }
}
