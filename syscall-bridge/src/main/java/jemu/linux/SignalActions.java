package jemu.linux;

/**
 * The guest's signal dispositions, process-wide as in Linux: handler address (0 = SIG_DFL,
 * 1 = SIG_IGN), flags, restorer and mask per signal, exactly as the guest's rt_sigaction set them.
 */
public final class SignalActions {
    public static final long SIG_DFL = 0, SIG_IGN = 1;
    public static final long SA_SIGINFO = 4, SA_ONSTACK = 0x08000000L, SA_RESTART = 0x10000000L,
            SA_NODEFER = 0x40000000L, SA_RESETHAND = 0x80000000L, SA_RESTORER = 0x04000000L;

    private final long[] handler = new long[Signals.NSIG + 1];
    private final long[] flags = new long[Signals.NSIG + 1];
    private final long[] restorer = new long[Signals.NSIG + 1];
    private final long[] mask = new long[Signals.NSIG + 1];

    public synchronized long handler(int sig) {
        return handler[sig];
    }

    public synchronized long flags(int sig) {
        return flags[sig];
    }

    public synchronized long restorer(int sig) {
        return restorer[sig];
    }

    public synchronized long mask(int sig) {
        return mask[sig];
    }

    public synchronized void set(int sig, long handler, long flags, long restorer, long mask) {
        this.handler[sig] = handler;
        this.flags[sig] = flags;
        this.restorer[sig] = restorer;
        this.mask[sig] = mask;
    }

    /** SA_RESETHAND at delivery, and the force rule of synchronous faults: the handler becomes SIG_DFL. */
    public synchronized void resetHandler(int sig) {
        handler[sig] = SIG_DFL;
    }

    /** Copies every disposition of {@code o} (execve into a new process object). */
    public void copyFrom(SignalActions o) {
        long[] s = o.snapshot();
        restore(s);
    }

    /**
     * All dispositions as one array (handler, flags, restorer, mask per signal 0..NSIG), for
     * handing them to a forked child, which passes it to {@link #restore}.
     */
    public synchronized long[] snapshot() {
        int n = Signals.NSIG + 1;
        long[] s = new long[4 * n];
        System.arraycopy(handler, 0, s, 0, n);
        System.arraycopy(flags, 0, s, n, n);
        System.arraycopy(restorer, 0, s, 2 * n, n);
        System.arraycopy(mask, 0, s, 3 * n, n);
        return s;
    }

    public synchronized void restore(long[] s) {
        int n = Signals.NSIG + 1;
        System.arraycopy(s, 0, handler, 0, n);
        System.arraycopy(s, n, flags, 0, n);
        System.arraycopy(s, 2 * n, restorer, 0, n);
        System.arraycopy(s, 3 * n, mask, 0, n);
    }

    /** Whether a signal sent now would be discarded (ignored, explicitly or by default). */
    public synchronized boolean isIgnored(int sig) {
        return handler[sig] == SIG_IGN
                || handler[sig] == SIG_DFL && Signals.defaultAction(sig) == Signals.DefaultAction.IGNORE;
    }

    /** execve: handled signals return to the default action; ignored ones stay ignored. */
    public synchronized void resetForExec() {
        for (int s = 1; s <= Signals.NSIG; s++) {
            if (handler[s] != SIG_IGN) {
                handler[s] = SIG_DFL;
            }
            flags[s] = 0;
            restorer[s] = 0;
            mask[s] = 0;
        }
    }
}
