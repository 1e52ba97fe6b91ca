package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.HostExit;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.process.ChildControl;
import jemu.linux.process.Standby;

/**
 * Process and thread identity, limits, scheduling, and the end of a process. A guest process
 * is a host process, so ids, credentials, process groups and scheduling are the host's.
 */
public final class ProcessSyscalls extends Syscalls {
    private static final int RLIMIT_NOFILE = 7;

    public ProcessSyscalls(GuestThread t) {
        super(t);
    }

    public long exitGroup(int status) {
        if (p.strace != null) {
            p.strace.exiting(t, "exit_group", status);
        }
        HostExit.exit(status);
        return 0;
    }

    /** exit: the calling thread ends; the last thread to end ends the process. */
    public long exit(int status) {
        if (p.strace != null) {
            p.strace.exiting(t, "exit", status);
        }
        t.exitThread(status);
        return 0;
    }

    /**
     * setpgid. The kernel refuses to move a child that has exec'd, and every jemu child is a
     * JVM that has; a child whose guest has not exec'd moves itself on request instead.
     */
    public long setpgid(int pid, int pgid) {
        long r = host.syscall(HostSyscall.SETPGID, pid, pgid);
        if (r == -Errno.EACCES && pid > 0 && pid != p.pid) {
            r = ChildControl.setpgid(host, pid, pgid);
        }
        return r;
    }

    public long getpid() {
        return p.pid;
    }

    public long gettid() {
        return t.tid;
    }

    /** Calls that take no pointer and whose answer is the host's own: ids, groups, sessions, priorities. */
    public long passThrough(int hostNr, long a0, long a1, long a2) {
        return host.syscall(hostNr, a0, a1, a2);
    }

    public long getresid(int hostNr, long a, long b, long c) {
        return host.syscall(hostNr, buffer(a, 4), buffer(b, 4), buffer(c, 4));
    }

    public long getgroups(int size, long list) {
        return filled(list, 4L * Math.max(0, size), host.syscall(HostSyscall.GETGROUPS, size,
                size == 0 ? 0 : buffer(list, 4L * size)));
    }

    public long setTidAddress(long addr) {
        t.clearChildTid = addr;
        return t.tid;
    }

    public long setRobustList(long head, long len) {
        if (len != 3L * word) { // sizeof(struct robust_list_head): three longs
            return -Errno.EINVAL;
        }
        t.robustListHead = head;
        t.robustListLength = len;
        return 0;
    }

    /**
     * prlimit64: struct rlimit64 is two u64 everywhere. RLIMIT_NOFILE of this process is the
     * guest descriptor table's limit (the JVM raises its own host limit at start-up).
     */
    public long prlimit64(int pid, int resource, long newLimit, long oldLimit) {
        long[] lim = null, old = oldLimit != 0 ? new long[2] : null;
        if (newLimit != 0) {
            readable(newLimit, 16);
            lim = new long[] {mem.read64(newLimit), mem.read64(newLimit + 8)};
        }
        if (oldLimit != 0) {
            writable(oldLimit, 16);
        }
        long r = rlimit(pid, resource, lim, old);
        if (r == 0 && old != null) {
            mem.write64(oldLimit, old[0]);
            mem.write64(oldLimit + 8, old[1]);
        }
        return r;
    }

    /**
     * getrlimit/ugetrlimit of an ILP32 guest: struct rlimit is two 32-bit unsigned longs, a
     * limit above 32 bits reads as RLIM_INFINITY (compat_getrlimit).
     */
    public long getrlimit32(int resource, long addr) {
        writable(addr, 8);
        long[] old = new long[2];
        long r = rlimit(0, resource, null, old);
        if (r == 0) {
            for (int i = 0; i < 2; i++) {
                mem.write32(addr + 4L * i, (int) (Long.compareUnsigned(old[i], 0xffff_ffffL) > 0 ? 0xffff_ffffL : old[i]));
            }
        }
        return r;
    }

    /** setrlimit of an ILP32 guest: 0xffffffff is RLIM_INFINITY (compat_setrlimit). */
    public long setrlimit32(int resource, long addr) {
        readable(addr, 8);
        long[] lim = new long[2];
        for (int i = 0; i < 2; i++) {
            long v = mem.read32(addr + 4L * i) & 0xffff_ffffL;
            lim[i] = v == 0xffff_ffffL ? -1 : v;
        }
        return rlimit(0, resource, lim, null);
    }

    /** prlimit64 on Java values: {soft, hard} to set ({@code lim}, or null) and to fill with the old ones ({@code old}, or null). */
    private long rlimit(int pid, int resource, long[] lim, long[] old) {
        boolean self = pid == 0 || pid == p.pid;
        long at = Host.STRUCT;
        var s = host.scratch();
        if (self && resource == RLIMIT_NOFILE) {
            long r = host.syscall(HostSyscall.PRLIMIT64, 0, RLIMIT_NOFILE, 0, host.scratchAddress(at));
            if (r < 0) {
                return r;
            }
            long hard = s.get(JAVA_LONG, at + 8);
            if (old != null) {
                old[0] = fds.limit();
                old[1] = hard;
            }
            if (lim != null) {
                long soft = lim[0], newHard = lim[1];
                if (Long.compareUnsigned(soft, newHard) > 0 || Long.compareUnsigned(newHard, hard) > 0) {
                    return Long.compareUnsigned(soft, newHard) > 0 ? -Errno.EINVAL : -Errno.EPERM;
                }
                fds.setLimit((int) Math.min(soft < 0 ? Integer.MAX_VALUE : soft, 1 << 20));
            }
            return 0;
        }
        if (lim != null) {
            s.set(JAVA_LONG, at, lim[0]);
            s.set(JAVA_LONG, at + 8, lim[1]);
        }
        long r = host.syscall(HostSyscall.PRLIMIT64, pid, resource, lim == null ? 0 : host.scratchAddress(at),
                old == null ? 0 : host.scratchAddress(at + 16));
        if (r == 0 && old != null) {
            old[0] = s.get(JAVA_LONG, at + 16);
            old[1] = s.get(JAVA_LONG, at + 24);
        }
        return r;
    }

    public long getrusage(int who, long usage) {
        if (ilp32) {
            writable(usage, RUSAGE32);
            long r = host.syscall(HostSyscall.GETRUSAGE, who, host.scratchAddress(Host.STRUCT));
            if (r == 0) {
                rusageToGuest(host.scratchAddress(Host.STRUCT), usage);
            }
            return r;
        }
        return filled(usage, 144, host.syscall(HostSyscall.GETRUSAGE, who, buffer(usage, 144)));
    }

    /** Size of an ILP32 guest's struct rusage: two {long, long} timevals and fourteen longs, all 32-bit. */
    static final int RUSAGE32 = 72;

    /** A host struct rusage (18 64-bit words) at host address {@code hostAddr} as an ILP32 guest's (18 32-bit ones). */
    void rusageToGuest(long hostAddr, long addr) {
        var h = java.lang.foreign.MemorySegment.ofAddress(hostAddr).reinterpret(144);
        for (int i = 0; i < 18; i++) {
            mem.write32(addr + 4L * i, (int) h.get(JAVA_LONG, 8L * i));
        }
    }

    public long schedGetaffinity(int pid, long size, long mask) {
        return wrote(mask, host.syscall(HostSyscall.SCHED_GETAFFINITY, pid, size, buffer(mask, size)));
    }

    public long schedYield() {
        return host.syscall(HostSyscall.SCHED_YIELD);
    }

    public long getcpu(long cpu, long node, long unused) {
        return host.syscall(HostSyscall.GETCPU, cpu == 0 ? 0 : buffer(cpu, 4), node == 0 ? 0 : buffer(node, 4), 0);
    }

    /** personality: only the query and PER_LINUX are meaningful for an emulated process. */
    public long personality(long persona) {
        return 0;
    }

    /**
     * PR_SET_NAME names this thread's host thread; in the guest's first thread it renames the
     * process too (its comm is the thread-group leader's, which on the host is the JVM's first
     * thread), as /proc/self/stat and comm show it.
     */
    private long setName(long name) {
        long r = host.syscall(HostSyscall.PRCTL, 15, buffer(name, 16));
        if (r == 0 && t.leader) {
            byte[] comm = mem.readCString(name, 16);
            comm = comm != null ? comm : mem.readBytes(name, 15);
            p.comm = java.util.Arrays.copyOf(comm, Math.min(comm.length, 15));
            jemu.linux.ProcFiles.nameLeader(host, p.comm);
        }
        return r;
    }

    /** prctl: thread names pass through; other options that touch only this process too. */
    public long prctl(int option, long a2, long a3, long a4, long a5) {
        return switch (option) {
            case 15 -> setName(a2); // PR_SET_NAME
            case 16 -> filled(a2, 16, host.syscall(HostSyscall.PRCTL, option, buffer(a2, 16))); // PR_GET_NAME
            // PR_SET_PDEATHSIG, PR_GET_DUMPABLE, PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS,
            // PR_SET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER... integer arguments only.
            case 1, 3, 4, 36, 38, 39 -> host.syscall(HostSyscall.PRCTL, option, a2, a3, a4, a5);
            case 2 -> filled(a2, 4, host.syscall(HostSyscall.PRCTL, option, buffer(a2, 4))); // PR_GET_PDEATHSIG
            case 37 -> filled(a2, 4, host.syscall(HostSyscall.PRCTL, option, buffer(a2, 4))); // PR_GET_CHILD_SUBREAPER
            default -> -Errno.EINVAL;
        };
    }

    /**
     * wait4. jemu's idle standby JVM is a child of this process that the guest never forked, so
     * a wait for any child must neither report it nor wait for it alone.
     */
    public long wait4(int pid, long status, int options, long rusage) {
        // A status word even when the guest wants none: whether the child is gone decides below.
        long st = status == 0 ? host.scratchAddress(Host.STRUCT) : buffer(status, 4);
        if (ilp32 && rusage != 0) {
            writable(rusage, RUSAGE32);
        }
        long ru = rusage == 0 ? 0 : ilp32 ? host.scratchAddress(Host.STRUCT + 256) : buffer(rusage, 144);
        long r;
        do {
            if (pid <= 0 && (options & ~WAIT4_OPTIONS) == 0 && !Standby.otherChildren()) {
                return -Errno.ECHILD;
            }
            t.beginBlocking();
            try {
                r = host.syscall(HostSyscall.WAIT4, pid, st, options, ru);
            } finally {
                t.endBlocking();
            }
        } while (r > 0 && Standby.forgetIfStandby(r));
        if (r > 0) {
            int word = java.lang.foreign.MemorySegment.ofAddress(st).reinterpret(4)
                    .get(java.lang.foreign.ValueLayout.JAVA_INT, 0);
            if ((word & 0xff) != 0x7f && word != 0xffff) { // neither WIFSTOPPED nor WIFCONTINUED: gone
                ChildControl.reaped(host, r);
            }
        }
        if (r > 0) {
            if (status != 0) {
                mem.noteHostWrite(status, 4);
            }
            if (rusage != 0) {
                if (ilp32) {
                    rusageToGuest(ru, rusage);
                } else {
                    mem.noteHostWrite(rusage, 144);
                }
            }
        }
        return r;
    }

    /**
     * waitid(idtype, id, infop, options, rusage): the host's own. siginfo_t is 128 bytes with the
     * same layout on arm64 and x86-64 (si_signo, si_errno, si_code, then si_pid, si_uid,
     * si_status at 16, 20, 24), and struct rusage is 144 bytes on both.
     */
    private static final int P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3;
    private static final int WNOHANG = 1, WSTOPPED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x01000000,
            WNOTHREAD = 0x20000000, WALL = 0x40000000, WCLONE = 0x80000000;
    /** Options the kernel accepts; with others it answers EINVAL, which jemu's own ECHILD must not hide. */
    private static final int WAIT4_OPTIONS = WNOHANG | WSTOPPED | WCONTINUED | WNOTHREAD | WALL | WCLONE,
            WAITID_OPTIONS = WNOHANG | WSTOPPED | WEXITED | WCONTINUED | WNOWAIT | WNOTHREAD | WALL | WCLONE;

    /** si_pid of a host siginfo (offset 16 in the x86-64 and arm64 layouts alike). */
    private long siPid(long hostSiginfo) {
        return java.lang.foreign.MemorySegment.ofAddress(hostSiginfo).reinterpret(128)
                .get(java.lang.foreign.ValueLayout.JAVA_INT, 16);
    }

    public long waitid(int idType, int id, long info, int options, long rusage) {
        if (idType == P_PIDFD) {
            id = hostFd(id); // the process descriptor is a guest one
        }
        // P_ALL and P_PGID must not see jemu's idle standby either (see wait4): the siginfo tells whom it reaped.
        if (ilp32) {
            if (info != 0) {
                writable(info, 128);
            }
            if (rusage != 0) {
                writable(rusage, RUSAGE32);
            }
        }
        long si = info != 0 && !ilp32 ? buffer(info, 128)
                : info != 0 || idType != P_PID ? host.scratchAddress(Host.STRUCT) : 0;
        long ru = rusage == 0 ? 0 : ilp32 ? host.scratchAddress(Host.STRUCT + 256) : buffer(rusage, 144);
        long r;
        do {
            if ((idType == P_ALL || idType == P_PGID) && (options & ~WAITID_OPTIONS) == 0
                    && (options & (WEXITED | WSTOPPED | WCONTINUED)) != 0 && !Standby.otherChildren()) {
                return -Errno.ECHILD;
            }
            t.beginBlocking();
            try {
                r = host.syscall(HostSyscall.WAITID, idType, id, si, options, ru);
            } finally {
                t.endBlocking();
            }
        } while (r == 0 && (idType == P_ALL || idType == P_PGID) && Standby.forgetIfStandby(siPid(si)));
        if (r == 0 && si != 0 && (options & WNOWAIT) == 0) {
            int code = java.lang.foreign.MemorySegment.ofAddress(si).reinterpret(128)
                    .get(java.lang.foreign.ValueLayout.JAVA_INT, 8);
            if (code >= 1 && code <= 3) { // CLD_EXITED, CLD_KILLED, CLD_DUMPED
                ChildControl.reaped(host, siPid(si));
            }
        }
        if (r == 0) {
            if (info != 0) {
                if (ilp32) {
                    jemu.linux.signal.SigInfo.hostToIlp32(si, mem, info);
                } else {
                    mem.noteHostWrite(info, 128);
                }
            }
            if (rusage != 0) {
                if (ilp32) {
                    rusageToGuest(ru, rusage);
                } else {
                    mem.noteHostWrite(rusage, 144);
                }
            }
        }
        return r;
    }
}
