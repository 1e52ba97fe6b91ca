package jemu.core.a32.neon;

import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Multiply;
import jemu.core.a64.simd.Saturating;
import jemu.core.arm.fp.FPState;

/**
 * The long and wide operations of A7.4.2 and A7.4.3 on one 64-bit half of the Q result: the
 * operands arrive already widened to lanes of {@code 16 << size} bits, where every product and
 * difference is exact.
 */
final class ThreeDifferentOps {
    private ThreeDifferentOps() {}

    static final int ADD = 0, SUB = 1, ABD_S = 2, ABD_U = 3, ABA_S = 4, ABA_U = 5, MLA = 6, MLS = 7, MUL = 8,
            QDMLAL = 9, QDMLSL = 10, QDMULL = 11, PMULL = 12;

    /** One half: {@code a} and {@code b} widened (or, for the W forms, {@code a} the wide Qn half), {@code acc} Qd's half. */
    static long wide(int op, int size, long a, long b, long acc, FPState fp) {
        int w = size + 1;
        return switch (op) {
            case ADD -> Lanes.add(a, b, w);
            case SUB -> Lanes.sub(a, b, w);
            case ABD_S -> Lanes.sabd(a, b, w);
            case ABD_U -> Lanes.uabd(a, b, w);
            case ABA_S -> Lanes.add(acc, Lanes.sabd(a, b, w), w);
            case ABA_U -> Lanes.add(acc, Lanes.uabd(a, b, w), w);
            case MLA -> Lanes.add(acc, Multiply.mul(a, b, w), w);
            case MLS -> Lanes.sub(acc, Multiply.mul(a, b, w), w);
            case MUL -> Multiply.mul(a, b, w);
            case QDMULL -> Multiply.sqdmull(a, b, w, fp);
            case QDMLAL -> Saturating.sqadd(acc, Multiply.sqdmull(a, b, w, fp), w, fp);
            case QDMLSL -> Saturating.sqsub(acc, Multiply.sqdmull(a, b, w, fp), w, fp);
            case PMULL -> Multiply.pmull8(a, b);
            default -> throw new IllegalStateException("three different op " + op);
        };
    }

    /** VADDHN, VRADDHN, VSUBHN, VRSUBHN on one half: the high half of each wide sum or difference, packed in 32 bits. */
    static long narrowHigh(long a, long b, int size, boolean subtract, boolean round, FPState fp) {
        long x = subtract ? Lanes.sub(a, b, size + 1) : Lanes.add(a, b, size + 1);
        return Saturating.narrow(x, size, 8 << size, round, true, false, false, fp);
    }
}
