package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import jemu.core.a64.diff.Encoding;

/**
 * Shared generators of the VFP differential tests: starting states with a random FPSCR, and
 * cases that run one CP10/CP11 instruction word as A32 (any condition) or as T32 (the same word
 * with 1110 on top, sometimes inside an IT block that gives it a condition).
 */
final class VfpDiff {
    private VfpDiff() {}

    /** A random state with a random FPSCR: NZCV, RMode, FZ, DN, sometimes AHP, and cumulative flags. */
    static A32ArchState state(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        s.fpscr = fpscr(r);
        return s;
    }

    static int fpscr(RandomGenerator r) {
        int v = A32States.fpscr(r) | (r.nextInt(4) == 0 ? A32States.fpscrFlags(r) : 0) | r.nextInt() & 0xf000_0000;
        return r.nextInt(4) == 0 ? v | 1 << 26 : v;
    }

    /** A case of {@code word} (bits 27..0 of an A32 CP10/CP11 instruction): A32 with a random condition, or T32. */
    static A32DiffCase one(String label, int word, boolean thumb, A32ArchState s, RandomGenerator r) {
        if (!thumb) {
            int cond = r.nextInt(3) == 0 ? r.nextInt(15) : 0xe;
            return A32Differential.a32(label, cond << 28 | word & 0x0fff_ffff, s, r);
        }
        int t = 0xe000_0000 | word & 0x0fff_ffff;
        if (r.nextInt(3) == 0) {
            int cond = r.nextInt(14);
            return new A32DiffCase(label, true, new int[] {Thumb.it(cond, 0b1000), t}, s, r.nextLong());
        }
        return A32Differential.t32(label, t, s, r);
    }

    /** Checks {@code n} cases of words from {@code enc} (A32 and T32 alternately), states from {@code state}. */
    static void check(String name, int n, Encoding enc, java.util.function.Function<RandomGenerator, A32ArchState> state,
            java.util.function.BiFunction<RandomGenerator, Integer, Integer> fix) {
        A32Differential.check(name, A32Differential.count(n), (r, i) -> {
            int w = enc.random(r);
            if (fix != null) {
                w = fix.apply(r, w);
            }
            return one(name + " #" + i, w, i % 2 == 1, state.apply(r), r);
        });
    }
}
