package jemu.testdata;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

/**
 * Makes the test JVM a child subreaper (prctl PR_SET_CHILD_SUBREAPER): a process that a guest
 * leaves behind, orphaned, becomes this JVM's child instead of init's, so a test can see it
 * and fail.
 */
final class Subreaper {
    private Subreaper() {}

    private static final int PR_SET_CHILD_SUBREAPER = 36;

    private static final MethodHandle WAITPID = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("waitpid").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, java.lang.foreign.ValueLayout.ADDRESS, JAVA_INT));

    /**
     * Whether child {@code pid} has already exited (a zombie, reparented here); if so it is
     * reaped. Such a process is not a stray: it ended, only nobody had waited for it.
     */
    static boolean reapIfExited(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            if (state != 'Z') {
                return false;
            }
            int r = (int) WAITPID.invokeExact((int) pid, java.lang.foreign.MemorySegment.NULL, 1 /* WNOHANG */);
            return true;
        } catch (java.io.IOException e) {
            return true; // gone already
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static void become() {
        Linker linker = Linker.nativeLinker();
        MethodHandle prctl = linker.downcallHandle(linker.defaultLookup().find("prctl").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
        try {
            int r = (int) prctl.invokeExact(PR_SET_CHILD_SUBREAPER, 1L, 0L, 0L, 0L);
            if (r != 0) {
                throw new IllegalStateException("prctl(PR_SET_CHILD_SUBREAPER) failed");
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
