package jemu.core.a32.diff;

import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

import jemu.core.a64.diff.Encoding;

/**
 * Case generation for the Advanced SIMD data-processing tests: random words of an A32 encoding
 * (optionally made valid: Q forms with even registers), in their A32 or T32 form, from random
 * states with a random FPSCR (control and flags), which Advanced SIMD must ignore except for its
 * own cumulative flags and QC.
 */
final class NeonDiff {
    private NeonDiff() {}

    /** The T32 form of an A32 Advanced SIMD data-processing word: {@code 111U 1111}, U from bit 24. */
    static int t32(int a32) {
        return 0xef00_0000 | (a32 & 0x0100_0000) << 4 | (a32 & 0x00ff_ffff);
    }

    /** Vd, Vn and Vm made even when Q (bit 6) is set, so that a Q form is allocated. */
    static int evenQ(int insn) {
        return (insn & (1 << 6)) != 0 ? insn & ~0x0001_1001 : insn;
    }

    /** A word of {@code e} that {@code accept} keeps, passed through {@code fix}. */
    static int word(Encoding e, RandomGenerator r, IntPredicate accept, java.util.function.IntUnaryOperator fix) {
        while (true) {
            int w = fix.applyAsInt(e.random(r));
            if (accept.test(w)) {
                return w;
            }
        }
    }

    /** A random state with a random FPSCR (control bits and cumulative flags). */
    static A32ArchState state(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        s.fpscr = A32States.fpscr(r) | A32States.fpscrFlags(r);
        return s;
    }

    /** Checks {@code n} words of {@code e} against qemu, in A32 form or ({@code thumb}) T32 form. */
    static void check(String name, boolean thumb, int n, Encoding e, IntPredicate accept,
            java.util.function.IntUnaryOperator fix) {
        A32Differential.check(name, A32Differential.count(n), (r, i) -> {
            int w = word(e, r, accept, fix);
            String label = name + " #" + i;
            return thumb ? A32Differential.t32(label, t32(w), state(r), r) : A32Differential.a32(label, w, state(r), r);
        });
    }
}
