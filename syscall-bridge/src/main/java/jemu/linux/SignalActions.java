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
