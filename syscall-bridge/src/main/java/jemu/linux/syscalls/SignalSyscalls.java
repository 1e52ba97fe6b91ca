package jemu.linux.syscalls;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.Signals;

/**
 * Signal dispositions and masks. Dispositions are recorded for the guest (the host's belong to
 * the JVM); a signal the guest sends itself takes its guest action.
 */
public final class SignalSyscalls extends Syscalls {
    private static final long UNBLOCKABLE = 1L << (Signals.SIGKILL - 1) | 1L << (Signals.SIGSTOP - 1);
    private static final int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;

    public SignalSyscalls(GuestThread t) {
        super(t);
    }

    /** rt_sigaction with the 64-bit struct sigaction: handler, flags, restorer, mask. */
    public long rtSigaction(int sig, long act, long oldact, long sigsetSize) {
        if (sigsetSize != 8) {
            return -Errno.EINVAL;
        }
        if (sig < 1 || sig > Signals.NSIG || act != 0 && (sig == Signals.SIGKILL || sig == Signals.SIGSTOP)) {
            return -Errno.EINVAL;
        }
        long handler = 0, flags = 0, restorer = 0, mask = 0;
        if (act != 0) {
            readable(act, 32);
            handler = mem.read64(act);
            flags = mem.read64(act + 8);
            restorer = mem.read64(act + 16);
            mask = mem.read64(act + 24);
        }
        if (oldact != 0) {
            writable(oldact, 32);
            mem.write64(oldact, p.signalActions.handler(sig));
            mem.write64(oldact + 8, p.signalActions.flags(sig));
            mem.write64(oldact + 16, p.signalActions.restorer(sig));
            mem.write64(oldact + 24, p.signalActions.mask(sig));
        }
        if (act != 0) {
            p.signalActions.set(sig, handler, flags, restorer, mask & ~UNBLOCKABLE);
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
        if (oldset != 0) {
            writable(oldset, 8);
            mem.write64(oldset, t.signalMask);
        }
        if (set != 0) {
            switch (how) {
                case SIG_BLOCK -> t.signalMask |= newMask;
                case SIG_UNBLOCK -> t.signalMask &= ~newMask;
                case SIG_SETMASK -> t.signalMask = newMask;
                default -> {
                    return -Errno.EINVAL;
                }
            }
            t.signalMask &= ~UNBLOCKABLE;
        }
        return 0;
    }

    /** sigaltstack with the 64-bit stack_t: ss_sp, ss_flags (int, padded), ss_size. */
    public long sigaltstack(long ss, long oldss) {
        if (oldss != 0) {
            writable(oldss, 24);
            mem.write64(oldss, t.altStackSp);
            mem.write32(oldss + 8, t.altStackFlags);
            mem.write32(oldss + 12, 0);
            mem.write64(oldss + 16, t.altStackSize);
        }
        if (ss != 0) {
            readable(ss, 24);
            long sp = mem.read64(ss);
            int flags = mem.read32(ss + 8);
            long size = mem.read64(ss + 16);
            if (flags != 0 && flags != 2 /* SS_DISABLE */ && flags != 0x80000000 /* SS_AUTODISARM */) {
                return -Errno.EINVAL;
            }
            if (flags == 2) {
                t.altStackSp = 0;
                t.altStackSize = 0;
                t.altStackFlags = 2;
            } else {
                if (size < 2048) {
                    return -Errno.ENOMEM;
                }
                t.altStackSp = sp;
                t.altStackSize = size;
                t.altStackFlags = flags;
            }
        }
        return 0;
    }

    /** kill: to another process it is the host's kill (same numbers); to itself, the guest action. */
    public long kill(int pid, int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if (pid == p.pid && sig != 0) {
            return raiseInSelf(sig);
        }
        return host.syscall(jemu.linux.host.HostSyscall.KILL, pid, sig);
    }

    public long tgkill(int tgid, int tid, int sig) {
        if (sig < 0 || sig > Signals.NSIG) {
            return -Errno.EINVAL;
        }
        if (tgid == p.pid && sig != 0) {
            return raiseInSelf(sig);
        }
        return host.syscall(jemu.linux.host.HostSyscall.TGKILL, tgid, tid, sig);
    }

    public long tkill(int tid, int sig) {
        if (tid == t.tid && sig != 0) {
            return raiseInSelf(sig);
        }
        return host.syscall(jemu.linux.host.HostSyscall.TKILL, tid, sig);
    }

    /**
     * A signal this process sends itself. Handlers are not run yet, so a handled or blocked
     * signal is left pending (not delivered); an ignored one is dropped; otherwise the default
     * action ends the process by that signal.
     */
    private long raiseInSelf(int sig) {
        boolean blocked = (t.signalMask & (1L << (sig - 1))) != 0 && sig != Signals.SIGKILL && sig != Signals.SIGSTOP;
        if (blocked || p.signalActions.isIgnored(sig) || p.signalActions.handler(sig) > 1) {
            return 0;
        }
        switch (Signals.defaultAction(sig)) {
            case TERMINATE, CORE -> t.raiseSynchronous(sig, 0, 0);
            default -> {
            }
        }
        return 0;
    }
}
