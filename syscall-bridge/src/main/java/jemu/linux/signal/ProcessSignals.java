package jemu.linux.signal;

import static jemu.linux.signal.PendingSignals.bit;

import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.HostExit;
import jemu.linux.SignalActions;
import jemu.linux.Signals;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * A guest process's signals as kernel/signal.c keeps them: process-directed pending signals,
 * the choice of the thread that takes one, the actions taken at generation (discard an ignored
 * signal, end the process for a fatal one), and dequeueing for delivery. The dispositions are
 * {@link GuestProcess#signalActions}; masks and thread-directed pending signals are the
 * threads'. One lock (this object) guards all of it.
 */
public final class ProcessSignals {
    static final long UNBLOCKABLE = bit(Signals.SIGKILL) | bit(Signals.SIGSTOP);
    static final long STOP_SIGNALS = bit(Signals.SIGSTOP) | bit(Signals.SIGTSTP) | bit(Signals.SIGTTIN)
            | bit(Signals.SIGTTOU);

    /** si_code of SIGCHLD (CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED) and sa_flags SA_NOCLDSTOP (asm-generic). */
    private static final int CLD_TRAPPED = 4, CLD_CONTINUED = 6;
    private static final long SA_NOCLDSTOP = 1;

    private final GuestProcess process;
    /** Process-directed pending signals (kill, a host signal from outside, an itimer). */
    public final PendingSignals shared = new PendingSignals();

    public ProcessSignals(GuestProcess process) {
        this.process = process;
    }

    // ------------------------------------------------------------------ set-up

    /**
     * Makes this process the one host signals go to, and aligns the host's dispositions with
     * the guest's. Called when the process's first thread is created (a new image, also after
     * execve). At the very first start, signals the host ignores (inherited from the parent,
     * as nohup or a shell's background job leave them) are ignored by the guest as well; the
     * JVM's own handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT are replaced.
     */
    public void activate(boolean inheritHostIgnores) {
        SignalActions a = process.signalActions;
        if (inheritHostIgnores) {
            for (int s = 1; s <= Signals.NSIG; s++) {
                if (HostSignals.catchable(s) && a.handler(s) == SignalActions.SIG_DFL && HostSignals.hostIgnores(s)) {
                    a.set(s, SignalActions.SIG_IGN, 0, 0, 0);
                }
            }
        }
        HostSignals.route(this);
        HostSignals.chainFaultSignals();
        for (int s = 1; s <= Signals.NSIG; s++) {
            if (a.handler(s) != SignalActions.SIG_DFL || s == Signals.SIGINT || s == Signals.SIGTERM
                    || s == Signals.SIGHUP || s == Signals.SIGQUIT || HostSignals.isCaught(s)) {
                syncHost(s);
            }
        }
    }

    /**
     * Sets the host's disposition of {@code sig} from the guest's: ignored where the guest
     * ignores it; caught where the guest handles it, where some thread blocks it (the guest's
     * masks are not the host's), and for the core-dumping signals (the JVM must not dump core);
     * otherwise the host default, so the kernel itself terminates or stops the process.
     */
    public void syncHost(int sig) {
        if (!HostSignals.catchable(sig)) {
            return;
        }
        long h = process.signalActions.handler(sig);
        if (h == SignalActions.SIG_IGN) {
            HostSignals.ignore(sig);
        } else if (h != SignalActions.SIG_DFL || blockedByAny(sig)
                || Signals.defaultAction(sig) == Signals.DefaultAction.CORE) {
            catchOnHost(sig);
        } else if (HostSignals.isCaught(sig) || sig == Signals.SIGINT || sig == Signals.SIGTERM
                || sig == Signals.SIGHUP || HostSignals.hostIgnores(sig)) {
            HostSignals.setDefault(sig);
        }
    }

    /** Catches {@code sig} on the host; SIGCHLD with the guest's SA_NOCLDSTOP (see HostSignals.catchSignal). */
    private void catchOnHost(int sig) {
        HostSignals.catchSignal(sig, (process.signalActions.flags(sig) & SA_NOCLDSTOP) != 0);
    }

    private boolean blockedByAny(int sig) {
        for (GuestThread t : process.threads.values()) {
            if ((t.signalMask & bit(sig)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** rt_sigaction changed {@code sig}: a signal now ignored is discarded wherever it is pending. */
    public void dispositionChanged(int sig) {
        if (process.signalActions.isIgnored(sig)) {
            synchronized (this) {
                shared.flush(bit(sig));
                for (GuestThread t : process.threads.values()) {
                    t.pending.flush(bit(sig));
                }
                pendingChanged();
            }
        }
        syncHost(sig);
    }

    /**
     * A thread's mask changed from {@code oldMask}: signals it now blocks must be caught on the
     * host (so they can stay pending), and a process-directed signal it no longer takes may go
     * to another thread.
     */
    public void maskChanged(GuestThread t, long oldMask) {
        long newlyBlocked = t.signalMask & ~oldMask;
        while (newlyBlocked != 0) {
            int sig = Long.numberOfTrailingZeros(newlyBlocked) + 1;
            newlyBlocked &= newlyBlocked - 1;
            if (!HostSignals.isCaught(sig) && process.signalActions.handler(sig) == SignalActions.SIG_DFL) {
                catchOnHost(sig);
            }
        }
        if ((shared.set & t.signalMask & ~oldMask) != 0) {
            synchronized (this) {
                long m = shared.set;
                while (m != 0) {
                    int sig = Long.numberOfTrailingZeros(m) + 1;
                    m &= m - 1;
                    GuestThread other = chooseThread(sig);
                    if (other != null) {
                        notify(other);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ generation

    /** A host signal from outside the process: process-directed. */
    void fromHost(SigInfo info) {
        // The host catches SIGCHLD without SA_NOCLDSTOP; the guest may have asked for it, and then
        // a child's stop or continue sends nothing (kernel/signal.c do_notify_parent_cldstop).
        if (info.signo() == Signals.SIGCHLD && info.code() >= CLD_TRAPPED && info.code() <= CLD_CONTINUED
                && (process.signalActions.flags(Signals.SIGCHLD) & SA_NOCLDSTOP) != 0) {
            return;
        }
        send(null, info);
    }

    /**
     * Sends a signal to thread {@code to}, or to the process when {@code to} is null
     * (kernel/signal.c send_signal, complete_signal). Returns whether it was queued (false: ignored,
     * or a standard signal that was pending already).
     */
    public boolean send(GuestThread to, SigInfo info) {
        int sig = info.signo();
        SignalActions a = process.signalActions;
        GuestThread victim;
        synchronized (this) {
            if (sig == Signals.SIGCONT) {
                // prepare_signal: SIGCONT forgets pending stop signals (the host resumed us already).
                shared.flush(STOP_SIGNALS);
                for (GuestThread t : process.threads.values()) {
                    t.pending.flush(STOP_SIGNALS);
                }
            } else if ((bit(sig) & STOP_SIGNALS) != 0) {
                shared.flush(bit(Signals.SIGCONT));
                for (GuestThread t : process.threads.values()) {
                    t.pending.flush(bit(Signals.SIGCONT));
                }
            }
            GuestThread main = to != null ? to : process.thread(process.pid);
            boolean blocked = main != null && (main.signalMask & bit(sig)) != 0 && (bit(sig) & UNBLOCKABLE) == 0;
            boolean queued = (blocked || !a.isIgnored(sig)) // sig_ignored: discarded at once
                    && (to != null ? to.pending : shared).add(info);
            pendingChanged();
            if (!queued) {
                return false;
            }
            wakeSignalFdReaders(to, sig);
            victim = to != null ? ((to.signalMask & bit(sig)) == 0 ? to : null) : chooseThread(sig);
            if (victim == null) {
                return true; // stays pending until a thread unblocks it
            }
            if (a.handler(sig) != SignalActions.SIG_DFL) {
                notify(victim);
                return true;
            }
        }
        // SIG_DFL and not blocked: the process-wide default action happens now (complete_signal),
        // unless the thread is waiting for it in sigtimedwait (sig_fatal and real_blocked).
        if ((victim.realBlocked & bit(sig)) != 0) {
            synchronized (this) {
                notify(victim);
            }
            return true;
        }
        switch (Signals.defaultAction(sig)) {
            case TERMINATE, CORE -> die(sig);
            case STOP -> {
                synchronized (this) {
                    (to != null ? to.pending : shared).flush(bit(sig));
                    pendingChanged();
                }
                stop(sig);
            }
            default -> {
                synchronized (this) {
                    notify(victim);
                }
            }
        }
        return true;
    }

    /** wants_signal: the main thread if it does not block {@code sig}, else any thread that does not. */
    private GuestThread chooseThread(int sig) {
        GuestThread main = process.thread(process.pid);
        if (main != null && (main.signalMask & bit(sig)) == 0) {
            return main;
        }
        for (GuestThread t : process.threads.values()) {
            if ((t.signalMask & bit(sig)) == 0) {
                return t;
            }
        }
        return null;
    }

    /** Makes {@code t} look at its signals soon: at the next block boundary, or now if it is blocked in the host. */
    private static void notify(GuestThread t) {
        t.wakeForSignal();
    }

    // ------------------------------------------------------------------ signalfd

    /** Makes its host calls for signalfd readiness; used only under this object's lock. */
    private Host signalFdHost;

    /**
     * The pending signals changed: each signalfd of the process becomes readable or not. Called
     * under this lock after every change of a pending set, so readiness never lags a signal.
     */
    private void pendingChanged() {
        if (!process.fds.hasSignalFds()) {
            return;
        }
        long pending = shared.set;
        for (GuestThread t : process.threads.values()) {
            pending |= t.pending.set;
        }
        if (signalFdHost == null) {
            signalFdHost = new Host();
        }
        long all = pending;
        process.fds.forEachSignalFd((s, hostFd) -> s.level(signalFdHost, hostFd, s.wants(all)));
    }

    /** Wakes the threads waiting in a signalfd read for {@code sig} that may take it (only {@code to}, if not null). */
    private void wakeSignalFdReaders(GuestThread to, int sig) {
        if (!process.fds.hasSignalFds()) {
            return;
        }
        for (GuestThread t : process.threads.values()) {
            if ((t.signalFdWait & bit(sig)) != 0 && (to == null || to == t)) {
                notify(t);
            }
        }
    }

    /** A signalfd was created or changed its mask: its readiness follows. */
    public synchronized void signalFdChanged() {
        pendingChanged();
        for (GuestThread t : process.threads.values()) {
            if (t.signalFdWait != 0) {
                notify(t); // it may now read a signal of the new mask (signalfd4 wakes signalfd_wqh)
            }
        }
    }

    // ------------------------------------------------------------------ delivery

    /** Whether {@code t} has a signal to take now (checked after every stop of its CPU). */
    public boolean hasDeliverable(GuestThread t) {
        return ((t.pending.set | shared.set) & ~t.signalMask) != 0;
    }

    /** dequeue_signal: the thread's own signals first, then the process's; null if none is deliverable. */
    public synchronized SigInfo dequeue(GuestThread t, long blocked) {
        try {
            return take(t, blocked);
        } finally {
            pendingChanged();
        }
    }

    private SigInfo take(GuestThread t, long blocked) {
        while (true) {
            SigInfo i;
            int sig = t.pending.next(blocked);
            if (sig != 0) {
                i = t.pending.take(sig);
            } else {
                sig = shared.next(blocked);
                if (sig == 0) {
                    return null;
                }
                i = shared.take(sig);
            }
            if (i.timer != null) {
                i = i.timer.deliver(i); // rearm and count overruns (posixtimer_deliver_signal)
                if (i == null) {
                    continue; // its timer was deleted or set again meanwhile: dropped
                }
            }
            return i;
        }
    }

    /** Takes one pending instance of a signal in {@code wanted} (sigtimedwait, signalfd's read), blocked or not; or null. */
    public synchronized SigInfo dequeueWanted(GuestThread t, long wanted) {
        return dequeue(t, ~wanted);
    }

    /** Whether a signal pending for {@code t} and not blocked will run a guest handler. */
    public synchronized boolean handlerPending(GuestThread t) {
        long m = (t.pending.set | shared.set) & ~t.signalMask;
        while (m != 0) {
            int sig = Long.numberOfTrailingZeros(m) + 1;
            m &= m - 1;
            if (process.signalActions.handler(sig) > SignalActions.SIG_IGN) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ default actions

    /** The process ends by {@code sig}, as the kernel's do_group_exit would have it end. */
    public static void die(int sig) {
        if (Signals.defaultAction(sig) == Signals.DefaultAction.CORE) {
            // qemu's one line for a guest killed by a core-dumping signal (without "core dumped":
            // jemu writes no core file of the JVM).
            System.err.println("jemu: uncaught target signal " + sig + " (" + Signals.description(sig) + ")");
            System.err.flush();
        }
        HostExit.dieBy(new Host(), sig);
    }

    /** The whole host process stops by {@code sig} (so a shell sees WIFSTOPPED with it), until SIGCONT. */
    public void stop(int sig) {
        Host h = new Host();
        boolean caught = HostSignals.isCaught(sig);
        HostSignals.setDefault(sig);
        h.syscall(HostSyscall.TGKILL, h.getpid(), h.gettid(), sig);
        if (caught) {
            catchOnHost(sig);
        }
    }

    // ------------------------------------------------------------------ execve and fork

    /**
     * execve: the new image's process and main thread take over the signal state of the old
     * ones as Linux does (fs/exec.c, kernel/signal.c flush_signal_handlers): handled signals
     * return to SIG_DFL, ignored ones stay ignored; the mask and every pending signal are kept;
     * the alternate signal stack is disabled (a new thread starts without one). Call after
     * {@code arch.newMainThread(fresh, ...)} and before running it.
     */
    public static void carryOverExec(GuestThread oldThread, GuestThread newThread) {
        GuestProcess old = oldThread.process, fresh = newThread.process;
        old.timers.deleteAll(); // exit_itimers: a new image starts without POSIX timers
        fresh.signalActions.copyFrom(old.signalActions);
        fresh.signalActions.resetForExec();
        newThread.signalMask = oldThread.signalMask;
        synchronized (old.signals) {
            synchronized (fresh.signals) {
                old.signals.shared.moveTo(fresh.signals.shared);
                oldThread.pending.moveTo(newThread.pending);
                fresh.signals.pendingChanged();
            }
        }
        fresh.signals.activate(false);
    }
}
