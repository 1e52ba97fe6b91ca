package jemu.core.a64;

import jemu.core.arm.Stop;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import jemu.core.memory.GuestMemory;

/**
 * Exercises the paths every guest runs at once — the A64 decoder (each guest instruction is
 * decoded once before it runs) and the engine's run loop — so that HotSpot compiles them before
 * a guest needs them (a JVM started ahead of need, e.g. a standby for the next fork). Works in a
 * scratch address space of its own and stops early when {@code stop} says so.
 */
public final class A64WarmUp {
    private A64WarmUp() {}

    /**
     * A loop of loads, stores, pairs, ALU, compare/select, a call, a conditional branch and the
     * LSE atomics glibc's locks use (assembled with GNU as).
     */
    private static final int[] LOOP = {
        0xd2827100, // mov x0, #5000
        0xd2840002, // mov x2, #0x2000
        0xf9400041, // loop: ldr x1, [x2]
        0x91000421, // add x1, x1, #1
        0xf9000041, // str x1, [x2]
        0xa9411043, // ldp x3, x4, [x2, #16]
        0xa9021043, // stp x3, x4, [x2, #32]
        0xca030025, // eor x5, x1, x3
        0xeb04003f, // cmp x1, x4
        0x9a83b026, // csel x6, x1, x3, lt
        0x9400000c, // bl func
        0x39400c48, // ldrb w8, [x2, #3]
        0x79000c48, // strh w8, [x2, #6]
        0xb4000048, // cbz x8, 1f
        0x9b031029, // madd x9, x1, x3, x4
        0x9100c04c, // 1: add x12, x2, #48
        0x88ea7d8b, // casa w10, w11, [x12]
        0xb86b818a, // swpl w11, w10, [x12]
        0xf8e1018d, // ldaddal x1, x13, [x12]
        0xf1000400, // subs x0, x0, #1
        0x54fffdc1, // b.ne loop
        0xd4000001, // svc #0
        0xd37df027, // func: lsl x7, x1, #3
        0xd65f03c0, // ret
    };

    public static void run(BooleanSupplier stop) {
        SplittableRandom random = new SplittableRandom(0x6a656d75);
        for (int i = 0; i < 300_000 && !stop.getAsBoolean(); i++) {
            A64Decoder.decode(random.nextInt(), 0x1000);
        }
        GuestMemory mem = GuestMemory.reserve(28);
        try {
            if (mem.mapAnonymous(0x1000, 0x2000, GuestMemory.R | GuestMemory.W | GuestMemory.X, false, null) != 0) {
                return;
            }
            for (int i = 0; i < LOOP.length; i++) {
                mem.write32(0x1000 + 4L * i, LOOP[i]);
            }
            A64Engine engine = new A64Engine(mem);
            for (int round = 0; round < 20 && !stop.getAsBoolean(); round++) {
                A64Cpu c = new A64Cpu(mem);
                c.pc = 0x1000;
                if (engine.run(c) != Stop.SVC) {
                    return;
                }
            }
        } finally {
            mem.release();
        }
    }
}
