package jemu.linux;

/**
 * The last line of defence: an exception that escapes jemu is jemu's bug, not the guest's, but
 * the guest's stderr is still no place for a Java stack trace. It becomes one line naming the
 * exception and where it was thrown, and exit status 125. {@code -Djemu.debug=true} on the
 * JVM prints the whole trace for whoever is debugging jemu.
 */
public final class InternalError {
    private InternalError() {}

    public static final int STATUS = 125;

    /** Makes every thread's uncaught exception end the process this way. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> report(e));
    }

    /** Reports {@code e} and ends the process; never returns. */
    public static void report(Throwable e) {
        try {
            StackTraceElement[] trace = e.getStackTrace();
            String where = trace.length > 0 ? " at " + trace[0] : "";
            System.err.println("jemu: internal error: " + e + where);
            if (Boolean.getBoolean("jemu.debug")) {
                e.printStackTrace();
            }
            System.err.flush();
        } finally {
            HostExit.exit(STATUS);
        }
    }
}
