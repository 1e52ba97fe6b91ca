package jemu.core.a64.atomic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestMemory;

/**
 * The LSE atomics are atomic against other guest threads on other host cores: several JVM
 * threads run the same loops on shared counters and no update is lost. Encodings from GNU as 2.40
 * ({@code -march=armv8.1-a}).
 */
class AtomicThreadsTest {
    private static final long CODE = 0x10000, DATA = 0x20000;
    private static final int THREADS = 4, N = 50_000;

    /**
     * x0: a 64-bit counter (LDADD), x7: a 16-bit one (LDADDH) sharing its word with x8's 8-bit one
     * (STADDLB), x9: a 32-bit one (LDADDAL); x10: a counter incremented by a CASAL loop; x13: a
     * spinlock taken with SWPA, released with STLR, guarding a plain increment of [x15]; x18: a
     * 128-bit pair whose halves a CASPAL loop adds 1 and 2 to. x6 = 1, x4 = iterations.
     */
    private static final int[] COUNTERS = {
        0xf8260001, // loop: ldadd   x6, x1, [x0]
        0x782600e1, //       ldaddh  w6, w1, [x7]
        0x3866011f, //       staddlb w6, [x8]
        0xb8e60121, //       ldaddal w6, w1, [x9]
        0xf9400142, //       ldr     x2, [x10]
        0x91000443, // c:    add     x3, x2, #1
        0xaa0203eb, //       mov     x11, x2
        0xc8e2fd43, //       casal   x2, x3, [x10]
        0xeb0b005f, //       cmp     x2, x11
        0x54ffff81, //       b.ne    c
        0xb8a681ac, // l:    swpa    w6, w12, [x13]
        0x35ffffec, //       cbnz    w12, l
        0xf94001ee, //       ldr     x14, [x15]
        0x910005ce, //       add     x14, x14, #1
        0xf90001ee, //       str     x14, [x15]
        0x889ffdbf, //       stlr    wzr, [x13]
        0xa9404650, //       ldp     x16, x17, [x18]
        0x91000614, // p:    add     x20, x16, #1
        0x91000a35, //       add     x21, x17, #2
        0xaa1003f6, //       mov     x22, x16
        0xaa1103f7, //       mov     x23, x17
        0x4870fe54, //       caspal  x16, x17, x20, x21, [x18]
        0xeb16021f, //       cmp     x16, x22
        0xfa570220, //       ccmp    x17, x23, #0, eq
        0x54ffff21, //       b.ne    p
        0xf1000484, //       subs    x4, x4, #1
        0x54fffcc1, //       b.ne    loop
        0xd4200000, //       brk     #0
    };

    /** The same pair as COUNTERS' CASPAL loop, through LDAXP/STLXP: x18 the pair, x4 iterations. */
    private static final int[] EXCLUSIVE_PAIR = {
        0xc87fc650, // xp:   ldaxp   x16, x17, [x18]
        0x91000610, //       add     x16, x16, #1
        0x91000a31, //       add     x17, x17, #2
        0xc822c650, //       stlxp   w2, x16, x17, [x18]
        0x35ffff82, //       cbnz    w2, xp
        0xf1000484, //       subs    x4, x4, #1
        0x54ffff41, //       b.ne    xp
        0xd4200000, //       brk     #0
    };

    /** x0: LDSMAX of x5, x7: LDUMIN of x5, x9: LDEOR of x6; x5 steps by x6. */
    private static final int[] MIN_MAX_EOR = {
        0xf8254001, // m:    ldsmax  x5, x1, [x0]
        0xf82570e1, //       ldumin  x5, x1, [x7]
        0xf8262121, //       ldeor   x6, x1, [x9]
        0x8b0600a5, //       add     x5, x5, x6
        0xf1000484, //       subs    x4, x4, #1
        0x54ffff61, //       b.ne    m
        0xd4200000, //       brk     #0
    };

    @Test
    void noUpdateIsLost() throws Exception {
        try (Space s = new Space()) {
            s.run(THREADS, COUNTERS, (k, c) -> {
                c.x[0] = DATA;
                c.x[7] = DATA + 8;
                c.x[8] = DATA + 10;
                c.x[9] = DATA + 12;
                c.x[10] = DATA + 16;
                c.x[13] = DATA + 24;
                c.x[15] = DATA + 32;
                c.x[18] = DATA + 48;
                c.x[6] = 1;
                c.x[4] = N;
            });
            long total = (long) THREADS * N;
            assertEquals(total, s.mem.read64(DATA), "ldadd");
            assertEquals(total & 0xffff, s.mem.read16(DATA + 8), "ldaddh");
            assertEquals(total & 0xff, s.mem.read8(DATA + 10), "staddlb");
            assertEquals(0, s.mem.read8(DATA + 11), "the byte beside staddlb's");
            assertEquals(total, s.mem.read32(DATA + 12), "ldaddal");
            assertEquals(total, s.mem.read64(DATA + 16), "casal loop");
            assertEquals(0, s.mem.read32(DATA + 24), "swpa lock released");
            assertEquals(total, s.mem.read64(DATA + 32), "increments under the swpa lock");
            assertEquals(total, s.mem.read64(DATA + 48), "caspal low half");
            assertEquals(2 * total, s.mem.read64(DATA + 56), "caspal high half");
        }
    }

    @Test
    void caspAndExclusivePairShareTheirAtomicity() throws Exception {
        try (Space s = new Space()) {
            int[] both = new int[COUNTERS.length + EXCLUSIVE_PAIR.length];
            System.arraycopy(COUNTERS, 0, both, 0, COUNTERS.length);
            System.arraycopy(EXCLUSIVE_PAIR, 0, both, COUNTERS.length, EXCLUSIVE_PAIR.length);
            s.load(both);
            s.start(2, (k, c) -> {
                c.pc = k == 0 ? CODE : CODE + 4L * COUNTERS.length;
                for (int r = 0; r < 31; r++) {
                    c.x[r] = DATA + 0x100; // every other pointer of the counters loop: out of the way
                }
                c.x[13] = DATA + 0x200;
                c.x[18] = DATA + 48;
                c.x[6] = 1;
                c.x[4] = N;
            });
            assertEquals(2L * N, s.mem.read64(DATA + 48), "low half");
            assertEquals(4L * N, s.mem.read64(DATA + 56), "high half");
        }
    }

    @Test
    void minMaxAndEorAreAtomic() throws Exception {
        try (Space s = new Space()) {
            s.mem.write64(DATA, Long.MIN_VALUE);
            s.mem.write64(DATA + 8, -1L);
            long[] start = new long[THREADS];
            long[] step = new long[THREADS];
            int n = N + 1; // odd: each thread's EOR leaves its bit set
            for (int k = 0; k < THREADS; k++) {
                start[k] = k * 1000L - 3000;
                step[k] = 1L << k;
            }
            s.run(THREADS, MIN_MAX_EOR, (k, c) -> {
                c.x[0] = DATA;
                c.x[7] = DATA + 8;
                c.x[9] = DATA + 16;
                c.x[5] = start[k];
                c.x[6] = step[k];
                c.x[4] = n;
            });
            long max = Long.MIN_VALUE, umin = -1, eor = 0;
            for (int k = 0; k < THREADS; k++) {
                for (long i = 0, v = start[k]; i < n; i++, v += step[k]) {
                    max = Math.max(max, v);
                    umin = Long.compareUnsigned(v, umin) < 0 ? v : umin;
                }
                eor ^= step[k];
            }
            assertEquals(max, s.mem.read64(DATA), "ldsmax");
            assertEquals(umin, s.mem.read64(DATA + 8), "ldumin");
            assertEquals(eor, s.mem.read64(DATA + 16), "ldeor");
        }
    }

    /** An address space with code and a data page, and a runner of one program on several threads. */
    private static final class Space implements AutoCloseable {
        final GuestMemory mem = GuestMemory.reserve(32);
        final A64Engine engine = new A64Engine(mem);

        Space() {
            mem.mapAnonymous(CODE, 0x1000, GuestMemory.R | GuestMemory.W, false, "code");
            mem.mapAnonymous(DATA, 0x1000, GuestMemory.R | GuestMemory.W, false, "data");
        }

        void load(int[] program) {
            for (int i = 0; i < program.length; i++) {
                mem.write32(CODE + 4L * i, program[i]);
            }
            mem.protect(CODE, 0x1000, GuestMemory.R | GuestMemory.X);
        }

        void run(int threads, int[] program, BiConsumer<Integer, A64Cpu> setUp) throws Exception {
            load(program);
            start(threads, setUp);
        }

        /** Runs {@code threads} CPUs from CODE (unless set up otherwise) at once, until each stops. */
        void start(int threads, BiConsumer<Integer, A64Cpu> setUp) throws Exception {
            CyclicBarrier barrier = new CyclicBarrier(threads);
            List<Thread> running = new ArrayList<>();
            List<A64Cpu> cpus = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                A64Cpu c = new A64Cpu(mem);
                c.pc = CODE;
                setUp.accept(k, c);
                cpus.add(c);
                running.add(Thread.ofPlatform().start(() -> {
                    try {
                        barrier.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    engine.run(c);
                }));
            }
            for (Thread t : running) {
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
