package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.SignalActions;
import jemu.linux.Signals;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.signal.PosixTimers;
import jemu.linux.signal.SigInfo;
import jemu.linux.signal.SignalFd;

/**
 * Signal dispositions, masks, sending and waiting, as kernel/signal.c does them for the guest.
 * Dispositions are the guest's (the host's follow them, see ProcessSignals.syncHost); a signal
 * for this process is queued for the guest, one for another process is the host's kill.
 */
public final class SignalSyscalls extends Syscalls {
    private static final long UNBLOCKABLE = 1L << (Signals.SIGKILL - 1) | 1L << (Signals.SIGSTOP - 1);
    private static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    /** Restart codes a handler returns (include/linux/errno.h); the CPU loop turns them into EINTR or a restart. */
    public static final int ERESTARTSYS = 512, ERESTARTNOHAND = 514;

    public SignalSyscalls(GuestThread t) {
        super(t);
    }

    /**
     * rt_sigaction with the kernel's struct sigaction: handler, flags (unsigned long), restorer,
     * then the 64-bit mask; 32 bytes on LP64, 20 on ILP32.
     */
    public long rtSigaction(int sig, long act, long oldact, long sigsetSize) {
        if (sigsetSize != 8) {
            return -Errno.EINVAL;
        }
        if (sig < 1 || sig > Signals.NSIG || act != 0 && (sig == Signals.SIGKILL || sig == Signals.SIGSTOP)) {
            return -Errno.EINVAL;
        }
        long handler = 0, flags = 0, restorer = 0, mask = 0;
        if (act != 0) {
            readable(act, 3L * word + 8);
            handler = readWord(act);
            flags = readWord(act + word);
            restorer = readWord(act + 2L * word);
            mask = mem.read64(act + 3L * word);
        }
        if (oldact != 0) {
            writable(oldact, 3L * word + 8);
            synchronized (p.signalActions) {
                writeWord(oldact, p.signalActions.handler(sig));
                writeWord(oldact + word, p.signalActions.flags(sig));
                writeWord(oldact + 2L * word, p.signalActions.restorer(sig));
                mem.write64(oldact + 3L * word, p.signalActions.mask(sig));
            }
        }
        if (act != 0) {
            p.signalActions.set(sig, handler, flags, restorer, mask & ~UNBLOCKABLE);
            p.signals.dispositionChanged(sig);
        }
        return 0;
    }

    /**
     * The old sigaction (arm has it; arm64 only rt_sigaction): struct old_sigaction is handler,
     * sa_mask (old_sigset_t: signals 1-32), sa_flags, restorer, each in a long's slot; the new
     * mask has no signal above 32 (siginitset).
     */
    public long sigaction(int sig, long act, long oldact) {
        if (sig < 1 || sig > Signals.NSIG || act != 0 && (sig == Signals.SIGKILL || sig == Signals.SIGSTOP)) {
            return -Errno.EINVAL;
        }
        long handler = 0, flags = 0, restorer = 0, mask = 0;
        if (act != 0) {
            readable(act, 4L * word);
            handler = readWord(act);
            mask = mem.read32(act + word) & 0xffff_ffffL;
            flags = readWord(act + 2L * word);
            restorer = readWord(act + 3L * word);
        }
        if (oldact != 0) {
            writable(oldact, 4L * word);
            synchronized (p.signalActions) {
                writeWord(oldact, p.signalActions.handler(sig));
                writeWord(oldact + word, p.signalActions.mask(sig) & 0xffff_ffffL);
                writeWord(oldact + 2L * word, p.signalActions.flags(sig));
                writeWord(oldact + 3L * word, p.signalActions.restorer(sig));
            }
        }
        if (act != 0) {
            p.signalActions.set(sig, handler, flags, restorer, mask & ~UNBLOCKABLE);
            p.signals.dispositionChanged(sig);
        }
        return 0;
    }

    /**
     * The old sigprocmask (arm has it): old_sigset_t, signals 1-32; SIG_SETMASK replaces only
     * those, and the old set is theirs.
     */
    public long sigprocmask(int how, long set, long oldset) {
        long old = t.signalMask & 0xffff_ffffL;
        if (set != 0) {
            readable(set, 4);
            long bits = mem.read32(set) & 0xffff_ffffL;
            long mask = switch (how) {
                case SIG_BLOCK -> t.signalMask | bits;
                case SIG_UNBLOCK -> t.signalMask & ~bits;
                case SIG_SETMASK -> t.signalMask & ~0xffff_ffffL | bits;
                default -> -1;
            };
            if (how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) {
                return -Errno.EINVAL;
            }
            t.setSignalMask(mask);
        }
        if (oldset != 0) {
            writable(oldset, 4);
            mem.write32(oldset, (int) old);
        }
        return 0;
    }

    public long rtSigprocmask(int how, long set, long oldset, long sigsetSize) {
        if (sigsetSize != 8) {
            return -Errno.EINVAL;
        }
        long newMask = 0;
        if (set != 0) {
            readable(set, 8);
            newMask = mem.read64(set);
        }
        if (set != 0 && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) {
            return -Errno.EINVAL;
        }
        if (oldset != 0) {
            writable(oldset, 8);
            mem.write64(oldset, t.signalMask);
        }
        if (set != 0) {
            t.setSignalMask(switch (how) {
                case SIG_BLOCK -> t.signalMask | newMask;
                case SIG_UNBLOCK -> t.signalMask & ~newMask;
                default -> newMask;
            });
        }
        return 0;
    }

    /** rt_sigpending: the pending signals (thread's and process's) that are blocked. */
    public long rtSigpending(long set, long sigsetSize) {
        if (sigsetSize > 8) {
            return -Errno.EINVAL;
        }
        long pending = (t.pending.set | p.signals.shared.set) & t.signalMask;
        writable(set, sigsetSize);
        for (int i = 0; i < sigsetSize; i++) {
            mem.write8(set + i, (int) (pending >>> (8 * i)));
        }
        return 0;
    }

    /**
     * rt_sigsuspend: waits with {@code mask} until a signal runs a handler (or ends the
     * process); the old mask comes back once the handler's frame has saved it.
     */
    public long rtSigsuspend(long maskAddr, long sigsetSize) {
        if (sigsetSize != 8) {
            return -Errno.EINVAL;
        }
        readable(maskAddr, 8);
        return suspend(mem.read64(maskAddr));
    }

    /** sigsuspend (arm has it; arm64 only rt_sigsuspend): the old_sigset_t mask comes by value, the signals above 32 unblocked. */
    public long sigsuspend(int mask) {
        return suspend(mask & 0xffff_ffffL);
    }

    private long suspend(long mask) {
        t.savedMask = t.signalMask;
        t.restoreSavedMask = true;
        t.setSignalMask(mask);
        while (true) {
            host.clearWake();
            if (p.signals.hasDeliverable(t)) {
                return -ERESTARTNOHAND;
            }
            pause(0);
        }
    }

    /** Sleeps until a signal wakes this thread, or {@code timeout} (a host timespec address, 0: none) passes. */
    private long pause(long timeout) {
        t.beginBlocking();
        try {
            return host.syscall(HostSyscall.PPOLL, 0, 0, timeout, 0, 8);
        } finally {
            t.endBlocking();
        }
    }

    /**
     * rt_sigtimedwait: takes a pending signal of {@code set}, waiting for one (the set is
     * unblocked meanwhile, as Linux does, so that senders pick this thread).
     */
    public long rtSigtimedwait(long setAddr, long info, long timeout, long sigsetSize) {
        return rtSigtimedwait(setAddr, info, timeout, sigsetSize, false);
    }

    /** rt_sigtimedwait; {@code time32}: an ILP32 guest's old call (32-bit struct timespec), not rt_sigtimedwait_time64. */
    public long rtSigtimedwait(long setAddr, long info, long timeout, long sigsetSize, boolean time32) {
        if (sigsetSize != 8) {
            return -Errno.EINVAL;
        }
        readable(setAddr, 8);
        long wanted = mem.read64(setAddr) & ~UNBLOCKABLE;
        long ts = 0;
        if (timeout != 0) {
            int w = time32 ? 4 : 8;
            readable(timeout, 2L * w);
            long sec = readTime(timeout, time32), nsec = readNsec(timeout + w, time32);
            if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
                return -Errno.EINVAL;
            }
            ts = host.scratchAddress(Host.STRUCT);
            host.scratch().set(JAVA_LONG, Host.STRUCT, sec);
            host.scratch().set(JAVA_LONG, Host.STRUCT + 8, nsec);
        }
        long saved = t.signalMask;
        t.realBlocked = saved;
        t.setSignalMask(saved & ~wanted); // senders may now pick this thread for these signals
        try {
            while (true) {
                host.clearWake();
                SigInfo i = p.signals.dequeueWanted(t, wanted);
                if (i != null) {
                    if (info != 0) {
                        writable(info, SigInfo.SIZE);
                        i.write(mem, info, word);
                    }
                    return i.signo();
                }
                if (p.signals.hasDeliverable(t)) {
                    return -Errno.EINTR; // a signal with a handler came first
                }
                if (ts != 0 && host.scratch().get(JAVA_LONG, Host.STRUCT) == 0
                        && host.scratch().get(JAVA_LONG, Host.STRUCT + 8) == 0) {
                    return -Errno.EAGAIN;
                }
                if (pause(ts) == 0) {
                    // ppoll timed out and wrote back a zero remaining time: one last look, then EAGAIN
                    host.scratch().set(JAVA_LONG, Host.STRUCT, 0L);
                    host.scratch().set(JAVA_LONG, Host.STRUCT + 8, 0L);
                }
            }
        } finally {
            t.setSignalMask(saved);
            t.realBlocked = 0;
        }
    }

    /** sigaltstack with stack_t: ss_sp, ss_flags (int, padded on LP64), ss_size; 24 bytes on LP64, 12 on ILP32. */
    public long sigaltstack(long ss, long oldss) {
        long sp = t.stackPointer();
        long newSp = 0, newSize = 0;
        int newFlags = 0;
        if (ss != 0) {
            readable(ss, 3L * word);
            newSp = readWord(ss);
            newFlags = mem.read32(ss + word);
            newSize = readWord(ss + 2L * word);
        }
        if (oldss != 0) {
            writable(oldss, 3L * word);
            writeWord(oldss, t.altStackSp);
            mem.write32(oldss + word, t.sasSsFlags(sp) | (t.altStackFlags & GuestThread.SS_AUTODISARM));
            if (!ilp32) {
                mem.write32(oldss + 12, 0);
            }
            writeWord(oldss + 2L * word, t.altStackSize);
        }
        if (ss != 0) {
            return setAltStack(newSp, newFlags, newSize, sp, ilp32 ? 2048 : 5120 /* MINSIGSTKSZ: arm, arm64 */);
        }
        return 0;
    }

    /** do_sigaltstack()'s change of the alternate stack (also rt_sigreturn's restore_altstack). */
    public long setAltStack(long ssSp, int ssFlags, long ssSize, long sp, long minSize) {
        if (t.onSigStack(sp)) {
            return -Errno.EPERM;
        }
        int mode = ssFlags & ~GuestThread.SS_AUTODISARM;
        if (mode != GuestThread.SS_DISABLE && mode != GuestThread.SS_ONSTACK && mode != 0) {
            return -Errno.EINVAL;
        }
        if (mode == GuestThread.SS_DISABLE) {
            ssSize = 0;
            ssSp = 0;
        } else if (ssSize < minSize) {
            return -Errno.ENOMEM;
        }
        t.altStackSp = ssSp;
        t.altStackSize = ssSize;
        t.altStackFlags = ssFlags;
        return 0;
    }

    private int uid() {
        return (int) host.syscall(HostSyscall.GETUID);
    }

    /** kill: to another process (or a group) it is the host's kill (same numbers); to itself, queued for the guest. */
    public long kill(int pid, int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if (pid == p.pid) {
            if (sig != 0) {
                p.signals.send(null, SigInfo.user(sig, SigInfo.SI_USER, p.pid, uid()));
            }
            return 0;
        }
        return host.syscall(HostSyscall.KILL, pid, sig);
    }

    public long tgkill(int tgid, int tid, int sig) {
        if (sig < 0 || sig > Signals.NSIG || tgid <= 0 || tid <= 0) {
            return -Errno.EINVAL;
        }
        if (tgid == p.pid) {
            return toThread(tid, SigInfo.user(sig, SigInfo.SI_TKILL, p.pid, uid()), sig);
        }
        return host.syscall(HostSyscall.TGKILL, tgid, tid, sig);
    }

    public long tkill(int tid, int sig) {
        if (sig < 0 || sig > Signals.NSIG || tid <= 0) {
            return -Errno.EINVAL;
        }
        if (p.thread(tid) != null) {
            return toThread(tid, SigInfo.user(sig, SigInfo.SI_TKILL, p.pid, uid()), sig);
        }
        return host.syscall(HostSyscall.TKILL, tid, sig);
    }

    private long toThread(int tid, SigInfo info, int sig) {
        GuestThread target = p.thread(tid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        if (sig != 0) {
            p.signals.send(target, info);
        }
        return 0;
    }

    /**
     * rt_sigqueueinfo: the caller's siginfo, which may claim to be from the kernel or kill only
     * when sent to itself (kernel/signal.c do_rt_sigqueueinfo).
     */
    public long rtSigqueueinfo(int pid, int sig, long uinfo) {
        readable(uinfo, SigInfo.SIZE);
        SigInfo info = SigInfo.fromGuest(mem, uinfo, sig, word);
        if (pid != p.pid) {
            return host.syscall(HostSyscall.RT_SIGQUEUEINFO, pid, sig, hostSiginfo(info, uinfo));
        }
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if (sig != 0) {
            p.signals.send(null, info);
        }
        return 0;
    }

    /** The guest's siginfo for the host's call: as given on LP64, converted to the host layout for an ILP32 guest. */
    private long hostSiginfo(SigInfo info, long uinfo) {
        if (!ilp32) {
            return buffer(uinfo, SigInfo.SIZE);
        }
        info.toHost(host.scratch().asSlice(Host.STRUCT, SigInfo.SIZE));
        return host.scratchAddress(Host.STRUCT);
    }

    public long rtTgsigqueueinfo(int tgid, int tid, int sig, long uinfo) {
        if (tgid <= 0 || tid <= 0) {
            return -Errno.EINVAL;
        }
        readable(uinfo, SigInfo.SIZE);
        SigInfo info = SigInfo.fromGuest(mem, uinfo, sig, word);
        if (tgid != p.pid) {
            return host.syscall(HostSyscall.RT_TGSIGQUEUEINFO, tgid, tid, sig, hostSiginfo(info, uinfo));
        }
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        return toThread(tid, info, sig);
    }

    /** getitimer: the host's interval timers are the process's (ITIMER_REAL raises SIGALRM here). */
    public long getitimer(int which, long value) {
        if (ilp32) {
            writable(value, 16);
            long r = host.syscall(HostSyscall.GETITIMER, which, host.scratchAddress(Host.STRUCT));
            if (r == 0) {
                itimervalToGuest(Host.STRUCT, value);
            }
            return r;
        }
        return filled(value, 32, host.syscall(HostSyscall.GETITIMER, which, buffer(value, 32)));
    }

    /** An ILP32 guest's struct itimerval (four 32-bit longs) from the host's at scratch offset {@code at}. */
    private void itimervalToGuest(long at, long addr) {
        for (int i = 0; i < 4; i++) {
            mem.write32(addr + 4L * i, (int) host.scratch().get(JAVA_LONG, at + 8L * i));
        }
    }

    /** setitimer: struct itimerval is four longs on both 64-bit ABIs; glibc's alarm() lands here. */
    public long setitimer(int which, long value, long old) {
        if (ilp32) {
            long in = Host.STRUCT, out = Host.STRUCT + 32;
            if (value != 0) {
                readable(value, 16);
                for (int i = 0; i < 4; i++) {
                    host.scratch().set(JAVA_LONG, in + 8L * i, (long) mem.read32(value + 4L * i));
                }
            }
            if (old != 0) {
                writable(old, 16);
            }
            long r = host.syscall(HostSyscall.SETITIMER, which, value == 0 ? 0 : host.scratchAddress(in),
                    old == 0 ? 0 : host.scratchAddress(out));
            if (r == 0 && old != 0) {
                itimervalToGuest(out, old);
            }
            return r;
        }
        return filled(old, 32, host.syscall(HostSyscall.SETITIMER, which, value == 0 ? 0 : buffer(value, 32),
                old == 0 ? 0 : buffer(old, 32)));
    }

    // ------------------------------------------------------------------ POSIX timers

    /**
     * timer_create: struct sigevent is 64 bytes (sigev_value, a pointer-sized union, then
     * sigev_signo, sigev_notify and the thread id of SIGEV_THREAD_ID); NULL means SIGEV_SIGNAL with SIGALRM
     * and the timer's id as sival_int. The timer is jemu's ({@link PosixTimers}).
     */
    public long timerCreate(int clock, long sevp, long timerIdAddr) {
        int notify = PosixTimers.SIGEV_SIGNAL, signo = Signals.SIGALRM, tid = 0;
        long value = 0;
        boolean defaultEvent = sevp == 0;
        if (!defaultEvent) {
            readable(sevp, 64);
            value = readWord(sevp);
            signo = mem.read32(sevp + word);
            notify = mem.read32(sevp + word + 4);
            tid = mem.read32(sevp + word + 8);
        }
        long hostClock = PosixTimers.hostClock(p, t, clock);
        if (hostClock < 0 && hostClock > -4096) {
            return hostClock;
        }
        // good_sigevent
        switch (notify) {
            case PosixTimers.SIGEV_THREAD_ID -> {
                if (p.thread(tid) == null) {
                    return -Errno.EINVAL;
                }
                if (!PosixTimers.validSignal(signo)) {
                    return -Errno.EINVAL;
                }
            }
            case PosixTimers.SIGEV_SIGNAL, PosixTimers.SIGEV_THREAD -> {
                if (!PosixTimers.validSignal(signo)) {
                    return -Errno.EINVAL;
                }
            }
            case PosixTimers.SIGEV_NONE -> { }
            default -> {
                return -Errno.EINVAL;
            }
        }
        writable(timerIdAddr, 4);
        int id = p.timers.create(hostClock, notify, signo, tid, value, defaultEvent);
        mem.write32(timerIdAddr, id);
        return 0;
    }

    private PosixTimers.Timer timer(long id) {
        PosixTimers.Timer tm = p.timers.find((int) id); // timer_t is the kernel's int
        if (tm == null) {
            throw new jemu.linux.SyscallException(Errno.EINVAL);
        }
        return tm;
    }

    /** Writes a struct itimerspec (interval, then value: four 64-bit words, or 32-bit ones with {@code time32}) from nanoseconds. */
    private void writeItimerspec(long addr, long value, long interval, boolean time32) {
        int w = time32 ? 4 : 8;
        writable(addr, 4L * w);
        writeTime(addr, interval / 1_000_000_000L, time32);
        writeTime(addr + w, interval % 1_000_000_000L, time32);
        writeTime(addr + 2L * w, value / 1_000_000_000L, time32);
        writeTime(addr + 3L * w, value % 1_000_000_000L, time32);
    }

    public long timerSettime(long id, int flags, long newValue, long oldValue) {
        return timerSettime(id, flags, newValue, oldValue, false);
    }

    /** timer_settime; {@code time32}: the old 32-bit struct itimerspec of an ILP32 guest (timer_settime, not timer_settime64). */
    public long timerSettime(long id, int flags, long newValue, long oldValue, boolean time32) {
        if (newValue == 0) {
            return -Errno.EINVAL;
        }
        int w = time32 ? 4 : 8;
        readable(newValue, 4L * w);
        long isec = readTime(newValue, time32), insec = readNsec(newValue + w, time32);
        long vsec = readTime(newValue + 2L * w, time32), vnsec = readNsec(newValue + 3L * w, time32);
        PosixTimers.Timer tm = timer(id);
        if (!validTimespec(isec, insec) || !validTimespec(vsec, vnsec)) {
            return -Errno.EINVAL;
        }
        if (oldValue != 0) {
            writable(oldValue, 4L * w);
        }
        long[] old = new long[2];
        p.timers.set(host, tm, flags, saturate(vsec, vnsec), saturate(isec, insec), old);
        if (oldValue != 0) {
            writeItimerspec(oldValue, old[0], old[1], time32);
        }
        return 0;
    }

    private static boolean validTimespec(long sec, long nsec) {
        return sec >= 0 && nsec >= 0 && nsec < 1_000_000_000L;
    }

    /** A timespec in nanoseconds, capped as ktime_t is (KTIME_MAX). */
    private static long saturate(long sec, long nsec) {
        return sec >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE / 2 : sec * 1_000_000_000L + nsec;
    }

    public long timerGettime(long id, long value) {
        return timerGettime(id, value, false);
    }

    public long timerGettime(long id, long value, boolean time32) {
        PosixTimers.Timer tm = timer(id);
        long[] cur = new long[2];
        p.timers.get(host, tm, cur);
        writeItimerspec(value, cur[0], cur[1], time32);
        return 0;
    }

    public long timerGetoverrun(long id) {
        return p.timers.overrun(timer(id));
    }

    public long timerDelete(long id) {
        p.timers.delete(timer(id));
        return 0;
    }

    // ------------------------------------------------------------------ signalfd

    /**
     * signalfd4 (fs/signalfd.c): {@code ufd} -1 makes a new descriptor reading the signals of
     * {@code maskAddr}; an existing signalfd takes the new mask. See {@link SignalFd}.
     */
    public long signalfd4(int ufd, long maskAddr, long sizemask, int flags) {
        if ((flags & ~(SignalFd.SFD_CLOEXEC | SignalFd.SFD_NONBLOCK)) != 0 || sizemask != 8) {
            return -Errno.EINVAL;
        }
        readable(maskAddr, 8);
        long mask = mem.read64(maskAddr);
        if (ufd == -1) {
            long h = host.syscall(HostSyscall.EVENTFD2, 0, SignalFd.SFD_CLOEXEC | (flags & SignalFd.SFD_NONBLOCK));
            if (h < 0) {
                return h;
            }
            long fd = t.files.newGuestFd((int) h, 0, (flags & SignalFd.SFD_CLOEXEC) != 0);
            if (fd >= 0) {
                fds.attach((int) fd, new SignalFd(mask));
                p.signals.signalFdChanged();
            }
            return fd;
        }
        hostFd(ufd);
        SignalFd s = fds.signalFd(ufd);
        if (s == null) {
            return -Errno.EINVAL;
        }
        s.setMask(mask);
        p.signals.signalFdChanged();
        return ufd;
    }

    /** signalfd (arm's older call): signalfd4 without flags. */
    public long signalfd(int ufd, long maskAddr, long sizemask) {
        return signalfd4(ufd, maskAddr, sizemask, 0);
    }

    /**
     * read of a signalfd (signalfd_read): as many {@code signalfd_siginfo} records as fit and
     * are pending, waiting for the first unless the descriptor is non-blocking. A signal that
     * is to run a handler interrupts the wait (ERESTARTSYS, as Linux's).
     */
    public long readSignalFd(SignalFd s, int fd, long buf, long len) {
        return readSignalFd(s, fd, len, (offset, record) -> {
            writable(buf + offset, SignalFd.RECORD);
            mem.writeBytes(buf + offset, record, 0, SignalFd.RECORD);
        });
    }

    /** readv of a signalfd: the records run on across the buffers (Linux's read_iter). */
    public long readvSignalFd(SignalFd s, int fd, long iov, int count) {
        if (count < 0 || count > 1024) {
            return -Errno.EINVAL;
        }
        long size = 2L * word;
        readable(iov, size * count);
        long[] base = new long[count], length = new long[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            base[i] = readWord(iov + size * i);
            length[i] = readWord(iov + size * i + word);
            total += length[i];
        }
        return readSignalFd(s, fd, total, (offset, record) -> {
            int done = 0;
            for (int i = 0; i < count && done < SignalFd.RECORD; i++) {
                if (offset >= length[i]) {
                    offset -= length[i];
                    continue;
                }
                int n = (int) Math.min(length[i] - offset, SignalFd.RECORD - done);
                writable(base[i] + offset, n);
                mem.writeBytes(base[i] + offset, record, done, n);
                done += n;
                offset = 0;
            }
        });
    }

    /** Where the records of a signalfd read go; throws SyscallException (EFAULT) or GuestFault. */
    private interface RecordSink {
        void put(long offset, byte[] record);
    }

    private long readSignalFd(SignalFd s, int fd, long len, RecordSink sink) {
        int h = hostFd(fd);
        long count = Long.divideUnsigned(len, SignalFd.RECORD);
        if (count == 0) {
            return -Errno.EINVAL;
        }
        boolean nonblocking = (host.syscall(HostSyscall.FCNTL, h, 3 /* F_GETFL */) & SignalFd.SFD_NONBLOCK) != 0;
        long n = 0;
        while (n < count) {
            // Only the first record is waited for (Linux: nonblock = 1 after it).
            SigInfo i = n > 0 || nonblocking ? p.signals.dequeueWanted(t, s.mask()) : waitFor(s);
            if (i == null) {
                return n > 0 ? n * SignalFd.RECORD : -Errno.EAGAIN;
            }
            if (i == INTERRUPTED) {
                return -ERESTARTSYS;
            }
            try {
                sink.put(n * SignalFd.RECORD, SignalFd.record(i, word));
            } catch (SyscallException | jemu.core.memory.GuestFault e) {
                // As Linux's signalfd_copyinfo: the fault comes after the dequeue, so the signal is gone.
                return n > 0 ? n * SignalFd.RECORD : -Errno.EFAULT;
            }
            n++;
        }
        return n * SignalFd.RECORD;
    }

    /** What {@link #waitFor} returns when a signal to be handled came first. */
    private static final SigInfo INTERRUPTED = SigInfo.kernel(Signals.SIGKILL);

    /**
     * signalfd_dequeue's wait: a signal of the descriptor's mask (its mask read anew each time, as
     * signalfd4 may change it meanwhile), or {@link #INTERRUPTED} once a signal this thread
     * does not block is pending. Senders of a signal in the mask wake this thread.
     */
    private SigInfo waitFor(SignalFd s) {
        try {
            while (true) {
                host.clearWake();
                t.signalFdWait = s.mask();
                SigInfo i = p.signals.dequeueWanted(t, s.mask());
                if (i != null) {
                    return i;
                }
                if (p.signals.hasDeliverable(t)) {
                    return INTERRUPTED;
                }
                pause(0);
            }
        } finally {
            t.signalFdWait = 0;
        }
    }
}
