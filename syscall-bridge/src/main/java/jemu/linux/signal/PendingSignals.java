package jemu.linux.signal;

import java.util.ArrayDeque;

import jemu.linux.Signals;

/**
 * A set of pending signals with their siginfo (Linux's struct sigpending): a standard signal is
 * pending once whatever number of times it was sent; a real-time one is queued per send.
 * Guarded by the owning process's {@link ProcessSignals} lock; {@link #set} may be read without it.
 */
public final class PendingSignals {
    /** Bit sig-1 for each pending signal. */
    public volatile long set;
    private final SigInfo[] standard = new SigInfo[32];
    @SuppressWarnings("unchecked")
    private final ArrayDeque<SigInfo>[] realtime = new ArrayDeque[Signals.NSIG + 1];

    /** The signals that Linux dequeues first (kernel/signal.c SYNCHRONOUS_MASK). */
    static final long SYNCHRONOUS = bit(Signals.SIGSEGV) | bit(Signals.SIGBUS) | bit(Signals.SIGILL)
            | bit(Signals.SIGTRAP) | bit(Signals.SIGFPE) | bit(Signals.SIGSYS);

    static long bit(int sig) {
        return 1L << (sig - 1);
    }

    /** Queues {@code info}; false when a standard signal of that number was pending already. */
    boolean add(SigInfo info) {
        int sig = info.signo();
        if (sig < 32) {
            if ((set & bit(sig)) != 0) {
                return false; // legacy_queue: a standard signal is pending at most once
            }
            standard[sig] = info;
        } else {
            if (realtime[sig] == null) {
                realtime[sig] = new ArrayDeque<>();
            }
            realtime[sig].add(info);
        }
        set |= bit(sig);
        return true;
    }

    /** The next signal not in {@code blocked} (synchronous ones first, then the lowest number), or 0. */
    int next(long blocked) {
        long ready = set & ~blocked;
        if (ready == 0) {
            return 0;
        }
        long sync = ready & SYNCHRONOUS;
        return Long.numberOfTrailingZeros(sync != 0 ? sync : ready) + 1;
    }

    /** Removes one instance of {@code sig} and returns its siginfo. */
    SigInfo take(int sig) {
        if (sig < 32) {
            SigInfo i = standard[sig];
            standard[sig] = null;
            set &= ~bit(sig);
            return i;
        }
        ArrayDeque<SigInfo> q = realtime[sig];
        SigInfo i = q.poll();
        if (q.isEmpty()) {
            set &= ~bit(sig);
        }
        return i;
    }

    /** Forgets every instance of the signals in {@code mask}. */
    void flush(long mask) {
        long m = set & mask;
        while (m != 0) {
            int sig = Long.numberOfTrailingZeros(m) + 1;
            m &= m - 1;
            if (sig < 32) {
                dropped(standard[sig]);
                standard[sig] = null;
            } else {
                realtime[sig].forEach(PendingSignals::dropped);
                realtime[sig].clear();
            }
        }
        set &= ~mask;
    }

    /** A POSIX timer's signal is gone without delivery: its timer may fire again. */
    private static void dropped(SigInfo info) {
        if (info != null && info.timer != null) {
            info.timer.signalDropped(info);
        }
    }

    /** Moves everything pending here into {@code into} (execve keeps pending signals). */
    void moveTo(PendingSignals into) {
        long m = set;
        while (m != 0) {
            int sig = Long.numberOfTrailingZeros(m) + 1;
            m &= m - 1;
            while ((set & bit(sig)) != 0) {
                into.add(take(sig));
            }
        }
    }
}
