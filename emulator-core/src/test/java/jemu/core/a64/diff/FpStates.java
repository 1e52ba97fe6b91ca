package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

/**
 * Starting states for the floating-point tests: a random FPCR (rounding mode, FZ, DN),
 * sometimes FPSR flags already set (they are cumulative), and every V register filled with
 * FP-biased values of one precision: doubles, pairs of singles or halves (States' specials).
 */
final class FpStates {
    private FpStates() {}

    /** Element precision of the register contents: 16, 32 or 64, or 0 for a mix. */
    static ArchState random(RandomGenerator r, int esize) {
        ArchState s = States.random(r);
        s.fpcr = States.fpcr(r);
        s.fpsr = r.nextInt(4) == 0 ? r.nextInt() & 0x9f : 0;
        for (int i = 0; i < 64; i++) {
            s.v[i] = half(r, esize == 0 ? new int[] {16, 32, 64}[r.nextInt(3)] : esize);
        }
        return s;
    }

    private static long half(RandomGenerator r, int esize) {
        return switch (esize) {
            case 64 -> States.doubleBits(r);
            case 32 -> (States.floatBits(r) & 0xffffffffL) | (long) States.floatBits(r) << 32;
            default -> States.halfBits(r) | (long) States.halfBits(r) << 16 | (long) States.halfBits(r) << 32
                    | (long) States.halfBits(r) << 48;
        };
    }

    /** A case of one instruction from an FP state of element size {@code esize}. */
    static DiffCase one(String label, int insn, RandomGenerator r, int esize) {
        return Differential.one(label, insn, random(r, esize), r);
    }
}
