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
