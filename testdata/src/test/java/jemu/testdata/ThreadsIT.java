package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread behaviour where qemu-aarch64 cannot be the oracle: qemu 7.2 answers set_robust_list
 * with ENOSYS, so a robust mutex whose owner died stays locked there and the program hangs.
 * The expected text is Linux's own, from the same source built natively for x86-64
 * ({@code gcc -pthread testdata/src/c/threads.c && ./a.out robust}).
 */
class ThreadsIT {
    @TempDir
    Path dir;

    @Test
    void robustMutexOfAnExitedOwnerIsOwnerDead() {
        Outcome o = Guest.jemu(List.of(Guest.aarch64Programs().resolve("threads").toString(), "robust"), dir, null,
                ProgramsIT.ENV);
        Outcome linux = new Outcome(0, ("robust lock after owner died: EOWNERDEAD\n"
                + "robust lock again: ok\n"
                + "robust PI lock after owner died: EOWNERDEAD\n").getBytes(), new byte[0]);
        String d = o.differenceFrom(linux);
        if (d != null) {
            fail("threads robust: jemu differs from Linux:\n" + d);
        }
    }
}
