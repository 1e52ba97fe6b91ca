package jemu.core.a32.neon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * neon2's groups against qemu-arm -cpu cortex-a15, through {@link NeonOracle}: random words of
 * each group (UNDEFINED ones included, so that jemu's UNDEFINED agrees with qemu's) from random
 * states. Skipped when qemu-arm or the cross compiler is missing.
 */
class NeonOracleTest {
    private static final int N = Integer.getInteger("jemu.neon.cases", 600);

    private static void check(String name, ToIntFunction<RandomGenerator> word) throws Exception {
        check(name, word, false);
    }

    private static void check(String name, ToIntFunction<RandomGenerator> word, boolean floats) throws Exception {
        RandomGenerator g = new SplittableRandom(name.hashCode());
        List<NeonOracle.Case> cases = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            cases.add(NeonOracle.Case.random(word.applyAsInt(g), i, g, floats));
        }
        List<NeonOracle.Result> q;
        try {
            q = NeonOracle.qemu(cases);
        } catch (java.io.IOException e) {
            q = null;
        }
        Assumptions.assumeTrue(q != null, "qemu-arm or arm-linux-gnueabihf-gcc missing");
        List<NeonOracle.Result> j = NeonOracle.jemu(cases);
        List<String> fails = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String d = j.get(i).diff(q.get(i));
            if (!d.isEmpty()) {
                fails.add(String.format("%08x (jemu vs qemu):%s", cases.get(i).word, d));
            }
        }
        assertTrue(fails.isEmpty(), fails.size() + " of " + N + " differ:\n"
                + String.join("\n", fails.subList(0, Math.min(40, fails.size()))));
    }

    private static int dm(RandomGenerator g) {
        return g.nextInt(2) << 22 | g.nextInt(16) << 12 | g.nextInt(2) << 5 | g.nextInt(16);
    }

    @Test
    void shiftByImmediate() throws Exception {
        check("shift", g -> {
            int l = g.nextInt(4) == 0 ? 1 : 0;
            int imm6 = l == 1 ? g.nextInt(64) : 8 + g.nextInt(56);
            return 0xf2800010 | g.nextInt(2) << 24 | imm6 << 16 | g.nextInt(16) << 8 | l << 7 | g.nextInt(2) << 6 | dm(g);
        });
    }

    @Test
    void twoRegistersMisc() throws Exception {
        check("misc", g -> 0xf3b00000 | g.nextInt(4) << 18 | g.nextInt(4) << 16 | g.nextInt(32) << 6 | dm(g));
    }

    /** The floating-point forms, from mostly floating-point (and half-precision) operands. */
    @Test
    void floatingPoint() throws Exception {
        check("fp", g -> switch (g.nextInt(4)) {
            // VRECPE, VRSQRTE, VCVT (integer), size 10, A = 11
            case 0 -> 0xf3bb0400 | g.nextInt(8) << 7 | g.nextInt(2) << 6 | dm(g);
            // comparisons with zero, VABS, VNEG (F = 1)
            case 1 -> 0xf3b90400 | g.nextInt(8) << 7 | g.nextInt(2) << 6 | dm(g);
            // VCVT.F16.F32, VCVT.F32.F16
            case 2 -> 0xf3b60600 | g.nextInt(2) << 8 | dm(g);
            // VCVT fixed point
            default -> 0xf2a00e10 | g.nextInt(2) << 24 | g.nextInt(32) << 16 | g.nextInt(2) << 8 | g.nextInt(2) << 6 | dm(g);
        }, true);
    }

    /** VSWP, VTRN, VUZP, VZIP with Vd == Vm (UNPREDICTABLE in the manual; qemu's result). */
    @Test
    void shuffleSameRegister() throws Exception {
        check("same", g -> {
            int r = g.nextInt(16) * 2;
            return 0xf3b20000 | g.nextInt(4) << 18 | (r >> 4) << 22 | (r & 15) << 12 | g.nextInt(8) << 6 | (r >> 4) << 5
                    | r & 15;
        });
    }

    @Test
    void permute() throws Exception {
        check("permute", g -> switch (g.nextInt(3)) {
            case 0 -> 0xf2b00000 | g.nextInt(16) << 16 | g.nextInt(16) << 8 | g.nextInt(2) << 7 | g.nextInt(2) << 6 | dm(g);
            case 1 -> 0xf3b00800 | g.nextInt(16) << 16 | g.nextInt(4) << 8 | g.nextInt(2) << 7 | g.nextInt(2) << 6 | dm(g);
            default -> 0xf3b00c00 | g.nextInt(16) << 16 | g.nextInt(2) << 6 | dm(g);
        });
    }

    @Test
    void elementsAndStructures() throws Exception {
        int[] rms = {0, 1, 2, 3, 4, 5, 6, 7, 13, 15, 15, 15, 13, 13};
        check("ldst", g -> {
            // a store from past D31 stores qemu's hidden registers, which earlier loads may have set
            int l = g.nextInt(2);
            int vd = g.nextInt(4) == 0 && l == 1 ? g.nextInt(32) : g.nextInt(25);
            return 0xf4000000 | g.nextInt(2) << 23 | (vd >> 4) << 22 | l << 21 | g.nextInt(8) << 16
                    | (vd & 15) << 12 | g.nextInt(256) << 4 | rms[g.nextInt(rms.length)];
        });
    }
}
