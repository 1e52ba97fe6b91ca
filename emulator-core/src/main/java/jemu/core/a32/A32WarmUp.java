package jemu.core.a32;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import jemu.core.arm.Stop;
import jemu.core.memory.GuestMemory;

/**
 * Exercises the paths every ARMv7 guest runs at once — the A32 and T32 decoders and the engine's
 * run loop — so that HotSpot compiles them before a guest needs them (a JVM started ahead of
 * need, e.g. a standby for the next fork). Works in a scratch address space of its own and stops
 * early when {@code stop} says so.
 */
public final class A32WarmUp {
    private A32WarmUp() {}

    /**
     * Two loops of loads, stores, doublewords, shifted-operand ALU, a conditional move, a call,
     * an exclusive pair, VFP and push/pop: A32 at 0, the same in T32 (with an IT block and CBZ)
     * at {@link #THUMB_LOOP}. Assembled with GNU as.
     */
    private static final int[] CODE = {
        0xe3010388, 0xe3a02a02, 0xe5921000, 0xe2811001, 0xe5821000, 0xe1c241d0,
        0xe1c242f0, 0xe0216184, 0xe1510005, 0xb1a06001, 0xeb000010, 0xe5d28003,
        0xe1c280b6, 0xe0295491, 0xe282c030, 0xe19caf9f, 0xe28aa001, 0xe18cbf9a,
        0xe35b0000, 0x1afffffa, 0xed920b10, 0xee301b00, 0xed821b12, 0xe92d4030,
        0xe8bd4030, 0xe2500001, 0x1affffe6, 0xef000000, 0xe1a07181, 0xe12fff1e,
        0x3088f241, 0x5200f44f, 0x31016811, 0xe9d26011, 0xe9c24504, 0xea814508,
        0x42a906c4, 0x460ebfb8, 0xf816f000, 0x80d378d3, 0xfb01b10b, 0xf1025904,
        0xe85c0c30, 0xf10aaf00, 0xe84c0a01, 0xf1bbab00, 0xd1f60f00, 0xe8bdb530,
        0x38014030, 0xdf00d1dc, 0x477000cf,
    };
    private static final int BASE = 0x1000, THUMB_LOOP = 0x78;

    /** Runs the warm-up; returns how many rounds of the loops reached their SVC (20 unless stopped early). */
    public static int run(BooleanSupplier stop) {
        SplittableRandom random = new SplittableRandom(0x6a656d75);
        for (int i = 0; i < 150_000 && !stop.getAsBoolean(); i++) {
            int w = random.nextInt();
            A32Decoder.decode(w, BASE);
            T32Decoder.decode32(w & 0x07ff_ffff | (0x1d + random.nextInt(3)) << 27, BASE, 0);
            T32Decoder.decode16(w & 0xffff, BASE, 0);
        }
        GuestMemory mem = GuestMemory.reserve(28);
        try {
            if (mem.mapAnonymous(BASE, 0x2000, GuestMemory.R | GuestMemory.W | GuestMemory.X, false, null) != 0) {
                return 0;
            }
            for (int i = 0; i < CODE.length; i++) {
                mem.write32(BASE + 4L * i, CODE[i]);
            }
            A32Engine engine = new A32Engine(mem);
            int round = 0;
            for (; round < 20 && !stop.getAsBoolean(); round++) {
                A32Cpu c = new A32Cpu(mem);
                c.thumb = (round & 1) != 0;
                c.pc = BASE + (c.thumb ? THUMB_LOOP : 0);
                c.r[13] = BASE + 0x2000;
                if (engine.run(c) != Stop.SVC || c.r[0] != 0) {
                    break;
                }
            }
            return round;
        } finally {
            mem.release();
        }
    }
}
