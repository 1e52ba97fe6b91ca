package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread behaviour where qemu-aarch64 cannot be the oracle: qemu 7.2 answers set_robust_list
 * and get_robust_list with ENOSYS, so a robust mutex whose owner died stays locked there and
 * the program hangs. The expected text is Linux's own, from the same source built natively for
 * x86-64 ({@code gcc -pthread testdata/src/c/threads.c && ./a.out robust}, {@code ./a.out calls}).
 */
class ThreadsIT {
    @TempDir
    Path dir;

    @Test
    void robustMutexOfAnExitedOwnerIsOwnerDead() {
        sameAsLinux("robust", """
                robust lock after owner died: EOWNERDEAD
                robust lock again: ok
                robust PI lock after owner died: EOWNERDEAD
                """);
    }

    @Test
    void futexRobustListAndMembarrierAtTheirEdges() {
        sameAsLinux("calls", """
                get_robust_list: 0 len 24 head set
                get_robust_list of no thread: -1 No such process
                membarrier query: a mask
                membarrier register private expedited: 0
                membarrier private expedited: 0
                wait with timeout: -1 Connection timed out
                wait on another value: -1 Resource temporarily unavailable
                misaligned: -1 Invalid argument
                wait on an unmapped word: -1 Bad address
                wake on an unmapped word: -1
                wait bitset, absolute timeout: -1 Connection timed out
                unknown operation: -1 Function not implemented
                """);
    }

    private void sameAsLinux(String mode, String stdout) {
        Outcome o = Guest.jemu(List.of(Guest.aarch64Programs().resolve("threads").toString(), mode), dir, null,
                ProgramsIT.ENV);
        String d = o.differenceFrom(new Outcome(0, stdout.getBytes(), new byte[0]));
        if (d != null) {
            fail("threads " + mode + ": jemu differs from Linux:\n" + d);
        }
    }
}
