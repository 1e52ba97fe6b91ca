package jemu.core.a64.ldst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestMemory;

/**
 * Store-exclusives are atomic against other guest threads: two JVM threads run the same
 * load-exclusive / increment / store-exclusive loop on one counter, and no increment is lost.
 * The increment is a table lookup ({@code ldr x1, [x3, x1, lsl #3]}, table[i] = i + 1), so the
 * loops use nothing but loads, stores and branches. Encodings from GNU as 2.40.
 */
class ExclusiveThreadsTest {
    private static final long CODE = 0x10000, COUNTER = 0x20000, INC = 0x100000, DEC = 0x300000;
    private static final int N = 100_000;
    private static final int BRK = 0xd4200000;

    /** Per thread: x0 counter, x3 increment table, x5 decrement table, x4 iterations left. */
    private static final int[] LDXR_LOOP = {
        0xc85f7c01, // loop: ldxr  x1, [x0]
        0xf8617861, //       ldr   x1, [x3, x1, lsl #3]
        0xc8027c01, //       stxr  w2, x1, [x0]
        0x35ffffa2, //       cbnz  w2, loop
        0xf86478a4, //       ldr   x4, [x5, x4, lsl #3]
        0xb5ffff64, //       cbnz  x4, loop
        BRK,
    };

    private static final int[] LDAXP_LOOP = {
        0xc87f9801, // loop: ldaxp x1, x6, [x0]
        0xf8617861, //       ldr   x1, [x3, x1, lsl #3]
        0xf8667866, //       ldr   x6, [x3, x6, lsl #3]
        0xc8229801, //       stlxp w2, x1, x6, [x0]
        0x35ffff82, //       cbnz  w2, loop
        0xf86478a4, //       ldr   x4, [x5, x4, lsl #3]
        0xb5ffff44, //       cbnz  x4, loop
        BRK,
    };

    private static final int[] LDAXRB_LOOP = {
        0x085ffc01, // loop: ldaxrb w1, [x0]
        0x38616861, //       ldrb   w1, [x3, x1]      (a byte table: i + 1 mod 256)
        0x0802fc01, //       stlxrb w2, w1, [x0]
        0x35ffffa2, //       cbnz   w2, loop
        0xf86478a4, //       ldr    x4, [x5, x4, lsl #3]
        0xb5ffff64, //       cbnz   x4, loop
        BRK,
    };

    @Test
    void ldxrStxrLosesNoIncrement() throws Exception {
        try (Space s = new Space()) {
            s.run(LDXR_LOOP, LDXR_LOOP);
            assertEquals(2L * N, s.mem.read64(COUNTER));
        }
    }

    @Test
    void ldaxpStlxpLosesNoIncrement() throws Exception {
        try (Space s = new Space()) {
            s.run(LDAXP_LOOP, LDAXP_LOOP);
            assertEquals(2L * N, s.mem.read64(COUNTER));
            assertEquals(2L * N, s.mem.read64(COUNTER + 8));
        }
    }

    @Test
    void pairAndSingleExclusivesOnTheSameWord() throws Exception {
        try (Space s = new Space()) {
            s.run(LDAXP_LOOP, LDXR_LOOP);
            assertEquals(2L * N, s.mem.read64(COUNTER), "low half: incremented by both loops");
            assertEquals(N, s.mem.read64(COUNTER + 8), "high half: by the pair loop only");
        }
    }

    @Test
    void byteExclusivesLoseNoIncrement() throws Exception {
        try (Space s = new Space()) {
            for (int i = 0; i < 256; i++) {
                s.mem.write8(INC + i, i + 1);
            }
            s.run(LDAXRB_LOOP, LDAXRB_LOOP);
            assertEquals(2 * N & 0xff, s.mem.read8(COUNTER));
            assertEquals(0, s.mem.read8(COUNTER + 1), "the neighbouring byte is untouched");
        }
    }

    /** An address space with the tables, and a runner of one loop per thread. */
    private static final class Space implements AutoCloseable {
        final GuestMemory mem = GuestMemory.reserve(32);
        final A64Engine engine = new A64Engine(mem);

        Space() {
            mem.mapAnonymous(CODE, 0x2000, GuestMemory.R | GuestMemory.W, false, "code");
            mem.mapAnonymous(COUNTER, 0x1000, GuestMemory.R | GuestMemory.W, false, "counter");
            mem.mapAnonymous(INC, 0x200000, GuestMemory.R | GuestMemory.W, false, "inc");
            mem.mapAnonymous(DEC, 0x100000, GuestMemory.R | GuestMemory.W, false, "dec");
            for (int i = 0; i <= 2 * N; i++) {
                mem.write64(INC + 8L * i, i + 1);
            }
            for (int i = 1; i <= N; i++) {
                mem.write64(DEC + 8L * i, i - 1);
            }
        }

        void run(int[] first, int[] second) throws Exception {
            long[] entries = {CODE, CODE + 0x1000};
            int[][] programs = {first, second};
            for (int p = 0; p < 2; p++) {
                for (int i = 0; i < programs[p].length; i++) {
                    mem.write32(entries[p] + 4L * i, programs[p][i]);
                }
            }
            mem.protect(CODE, 0x2000, GuestMemory.R | GuestMemory.X);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Thread> threads = new ArrayList<>();
            List<A64Cpu> cpus = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                A64Cpu c = new A64Cpu(mem);
                c.pc = entries[p];
                c.x[0] = COUNTER;
                c.x[3] = INC;
                c.x[5] = DEC;
                c.x[4] = N;
                cpus.add(c);
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    engine.run(c);
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            for (A64Cpu c : cpus) {
                assertEquals(Stop.BREAKPOINT, c.stop, "stopped at 0x" + Long.toHexString(c.pc));
            }
        }

        @Override
        public void close() {
            mem.release();
        }
    }
}
