package jemu.linux;

/**
 * Linux signal numbers and default actions. The numbering is the same for the arm and arm64
 * guests and the x86-64 host, so a guest number is also the host number.
 */
public final class Signals {
    private Signals() {}

    public static final int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6,
            SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13,
            SIGALRM = 14, SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCONT = 18, SIGSTOP = 19,
            SIGTSTP = 20, SIGTTIN = 21, SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25,
            SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29, SIGPWR = 30, SIGSYS = 31;
    public static final int NSIG = 64;

    /** si_code values of synchronous faults. */
    public static final int ILL_ILLOPC = 1, ILL_ILLOPN = 2, TRAP_BRKPT = 1, SEGV_MAPERR = 1, SEGV_ACCERR = 2,
            BUS_ADRALN = 1, BUS_ADRERR = 2;

    public enum DefaultAction { TERMINATE, CORE, IGNORE, STOP, CONTINUE }

    public static DefaultAction defaultAction(int sig) {
        return switch (sig) {
            case SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGXCPU, SIGXFSZ, SIGSYS ->
                DefaultAction.CORE;
            case SIGCHLD, SIGURG, SIGWINCH -> DefaultAction.IGNORE;
            case SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU -> DefaultAction.STOP;
            case SIGCONT -> DefaultAction.CONTINUE;
            default -> DefaultAction.TERMINATE;
        };
    }

    private static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
        "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
        "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    /** What glibc's strsignal says of the signals that dump core. */
    public static String description(int sig) {
        return switch (sig) {
            case SIGQUIT -> "Quit";
            case SIGILL -> "Illegal instruction";
            case SIGTRAP -> "Trace/breakpoint trap";
            case SIGABRT -> "Aborted";
            case SIGBUS -> "Bus error";
            case SIGFPE -> "Floating point exception";
            case SIGSEGV -> "Segmentation fault";
            case SIGXCPU -> "CPU time limit exceeded";
            case SIGXFSZ -> "File size limit exceeded";
            case SIGSYS -> "Bad system call";
            default -> name(sig);
        };
    }

    public static String name(int sig) {
        if (sig > 0 && sig < NAMES.length) {
            return NAMES[sig];
        }
        return sig >= 32 && sig <= NSIG ? "SIGRT" + (sig - 32) : "signal " + sig;
    }
}
