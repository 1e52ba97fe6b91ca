package jemu.core.a32.ldst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Decoder;
import jemu.core.a32.A32Insn;
import jemu.core.a32.T32Decoder;
import jemu.core.memory.GuestMemory;

/**
 * Store-exclusives are atomic against other guest threads: two JVM threads, each with its own
 * CPU on one address space, run LDREX / increment / STREX (retrying on failure) on one counter,
 * and no increment is lost. The increment is done in Java between the two instructions (the
 * branch and data-processing packages are not this test's subject). Encodings from GNU as 2.40.
 */
class ExclusiveThreadsTest {
    private static final long COUNTER = 0x100000;
    private static final int N = 50_000;

    /** Runs {@code N} increments per thread through the given LDREX/STREX pair; r0 = counter, r1 value, r2 status. */
    private static void race(A32Insn ldrex, A32Insn strex, int size, boolean dual) throws Exception {
        try (LdstRig rig = new LdstRig(1)) {
            GuestMemory mem = rig.mem;
            CyclicBarrier start = new CyclicBarrier(2);
            Thread[] threads = new Thread[2];
            Throwable[] failure = new Throwable[1];
            for (int k = 0; k < 2; k++) {
                A32Cpu c = new A32Cpu(mem);
                threads[k] = new Thread(() -> {
                    try {
                        start.await();
                        c.r[0] = (int) COUNTER;
                        for (int i = 0; i < N; i++) {
                            do {
                                ldrex.exec(c);
                                c.r[1]++;
                                if (dual) {
                                    c.r[4]++;
                                    c.r[5] += 2;
                                }
                            } while (execStatus(strex, c) != 0);
                        }
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                });
                threads[k].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            if (failure[0] != null) {
                throw new AssertionError(failure[0]);
            }
            int mask = size == 4 ? -1 : (1 << (8 * size)) - 1;
            if (dual) {
                assertEquals(2 * N, mem.read32(COUNTER));
                assertEquals(4 * N, mem.read32(COUNTER + 4));
            } else {
                assertEquals(2 * N & mask, (size == 4 ? mem.read32(COUNTER) : mem.read8(COUNTER)) & mask);
            }
        }
    }

    private static int execStatus(A32Insn strex, A32Cpu c) {
        strex.exec(c);
        return c.r[2];
    }

    @Test
    void ldrexStrexLosesNoIncrement() throws Exception {
        race(A32Decoder.decode(0xe1901f9f, 0), A32Decoder.decode(0xe1802f91, 0), 4, false);
    }

    @Test
    void ldrexbStrexbLosesNoIncrement() throws Exception {
        race(A32Decoder.decode(0xe1d01f9f, 0), A32Decoder.decode(0xe1c02f91, 0), 1, false);
    }

    @Test
    void ldrexdStrexdLosesNoIncrement() throws Exception {
        // ldrexd r4, r5, [r0]; strexd r2, r4, r5, [r0]
        race(A32Decoder.decode(0xe1b04f9f, 0), A32Decoder.decode(0xe1a02f94, 0), 8, true);
    }

    @Test
    void t32LdrexStrexWithOffsetLosesNoIncrement() throws Exception {
        // ldrex r1, [r0, #4]; strex r2, r1, [r0, #4]: the counter is the word at 0x100004.
        A32Insn ldrex = T32Decoder.decode32(0xe8501f01, 0, 0);
        A32Insn strex = T32Decoder.decode32(0xe8401201, 0, 0);
        try (LdstRig rig = new LdstRig(1)) {
            A32Cpu a = new A32Cpu(rig.mem), b = new A32Cpu(rig.mem);
            a.r[0] = b.r[0] = (int) COUNTER;
            // Interleaved by hand: a's store-exclusive after b's must fail, then succeed on retry.
            ldrex.exec(a);
            ldrex.exec(b);
            b.r[1]++;
            strex.exec(b);
            assertEquals(0, b.r[2]);
            a.r[1]++;
            strex.exec(a);
            assertEquals(1, a.r[2], "a's value was changed under it");
            ldrex.exec(a);
            a.r[1]++;
            strex.exec(a);
            assertEquals(0, a.r[2]);
            assertEquals(2, rig.mem.read32(COUNTER + 4));
        }
    }
}
