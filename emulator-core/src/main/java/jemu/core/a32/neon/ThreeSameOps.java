package jemu.core.a32.neon;

import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Multiply;
import jemu.core.a64.simd.Reduce;
import jemu.core.a64.simd.Saturating;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPState;

/**
 * The integer and floating-point lane operations of the A32 Advanced SIMD three-register and
 * by-scalar groups, numbered so a decoded instruction carries its operation as one int. The
 * integer ones work on one 64-bit D register (SWAR, through {@code jemu.core.a64.simd}); the
 * floating-point ones on one 32-bit lane, rounding through StandardFPSCRValue().
 */
final class ThreeSameOps {
    private ThreeSameOps() {}

    // Integer, lane-wise on a D register: a (Dn), b (Dm or the scalar), acc (Dd).
    static final int VHADD_S = 0, VHADD_U = 1, VQADD_S = 2, VQADD_U = 3, VRHADD_S = 4, VRHADD_U = 5, VAND = 6,
            VBIC = 7, VORR = 8, VORN = 9, VEOR = 10, VBSL = 11, VBIT = 12, VBIF = 13, VHSUB_S = 14, VHSUB_U = 15,
            VQSUB_S = 16, VQSUB_U = 17, VCGT_S = 18, VCGT_U = 19, VCGE_S = 20, VCGE_U = 21, VSHL_S = 22,
            VSHL_U = 23, VQSHL_S = 24, VQSHL_U = 25, VRSHL_S = 26, VRSHL_U = 27, VQRSHL_S = 28, VQRSHL_U = 29,
            VMAX_S = 30, VMAX_U = 31, VMIN_S = 32, VMIN_U = 33, VABD_S = 34, VABD_U = 35, VABA_S = 36,
            VABA_U = 37, VADD = 38, VSUB = 39, VTST = 40, VCEQ = 41, VMLA = 42, VMLS = 43, VMUL = 44, VMUL_P = 45,
            VQDMULH = 46, VQRDMULH = 47;
    // Integer pairwise (D only): a (Dn), b (Dm).
    static final int VPMAX_S = 0, VPMAX_U = 1, VPMIN_S = 2, VPMIN_U = 3, VPADD = 4;

    /**
     * One D register of an integer three-same operation. The shifts take the value from
     * {@code a} and the signed shift count from {@code b}: the caller passes Dm and Dn in that order.
     */
    static long integer(int op, int size, long a, long b, long acc, FPState fp) {
        return switch (op) {
            case VHADD_S -> Lanes.shadd(a, b, size);
            case VHADD_U -> Lanes.uhadd(a, b, size);
            case VQADD_S -> Saturating.sqadd(a, b, size, fp);
            case VQADD_U -> Saturating.uqadd(a, b, size, fp);
            case VRHADD_S -> Lanes.srhadd(a, b, size);
            case VRHADD_U -> Lanes.urhadd(a, b, size);
            case VAND -> a & b;
            case VBIC -> a & ~b;
            case VORR -> a | b;
            case VORN -> a | ~b;
            case VEOR -> a ^ b;
            case VBSL -> (acc & a) | (~acc & b);
            case VBIT -> (acc & ~b) | (a & b);
            case VBIF -> (acc & b) | (a & ~b);
            case VHSUB_S -> Lanes.shsub(a, b, size);
            case VHSUB_U -> Lanes.uhsub(a, b, size);
            case VQSUB_S -> Saturating.sqsub(a, b, size, fp);
            case VQSUB_U -> Saturating.uqsub(a, b, size, fp);
            case VCGT_S -> Lanes.cmgt(a, b, size);
            case VCGT_U -> Lanes.cmhi(a, b, size);
            case VCGE_S -> Lanes.cmge(a, b, size);
            case VCGE_U -> Lanes.cmhs(a, b, size);
            case VSHL_S -> Saturating.shl(a, b, size, false, false);
            case VSHL_U -> Saturating.shl(a, b, size, true, false);
            case VQSHL_S -> Saturating.qshl(a, b, size, false, false, fp);
            case VQSHL_U -> Saturating.qshl(a, b, size, true, false, fp);
            case VRSHL_S -> Saturating.shl(a, b, size, false, true);
            case VRSHL_U -> Saturating.shl(a, b, size, true, true);
            case VQRSHL_S -> Saturating.qshl(a, b, size, false, true, fp);
            case VQRSHL_U -> Saturating.qshl(a, b, size, true, true, fp);
            case VMAX_S -> Lanes.smax(a, b, size);
            case VMAX_U -> Lanes.umax(a, b, size);
            case VMIN_S -> Lanes.smin(a, b, size);
            case VMIN_U -> Lanes.umin(a, b, size);
            case VABD_S -> Lanes.sabd(a, b, size);
            case VABD_U -> Lanes.uabd(a, b, size);
            case VABA_S -> Lanes.add(acc, Lanes.sabd(a, b, size), size);
            case VABA_U -> Lanes.add(acc, Lanes.uabd(a, b, size), size);
            case VADD -> Lanes.add(a, b, size);
            case VSUB -> Lanes.sub(a, b, size);
            case VTST -> Lanes.cmtst(a, b, size);
            case VCEQ -> Lanes.cmeq(a, b, size);
            case VMLA -> Lanes.add(acc, Multiply.mul(a, b, size), size);
            case VMLS -> Lanes.sub(acc, Multiply.mul(a, b, size), size);
            case VMUL -> Multiply.mul(a, b, size);
            case VMUL_P -> Multiply.pmul8(a, b);
            case VQDMULH -> Multiply.sqdmulh(a, b, size, false, fp);
            case VQRDMULH -> Multiply.sqdmulh(a, b, size, true, fp);
            default -> throw new IllegalStateException("three same op " + op);
        };
    }

    /** An integer pairwise operation: the pairs of Dn give the low half of the result, those of Dm the high half. */
    static long pairwise(int op, int size, long a, long b) {
        return switch (op) {
            case VPMAX_S -> Reduce.smaxp(a, b, size);
            case VPMAX_U -> Reduce.umaxp(a, b, size);
            case VPMIN_S -> Reduce.sminp(a, b, size);
            case VPMIN_U -> Reduce.uminp(a, b, size);
            case VPADD -> Reduce.addp(a, b, size);
            default -> throw new IllegalStateException("pairwise op " + op);
        };
    }

    // Floating point, on one single-precision lane: a (Sn), b (Sm or the scalar), acc (Sd).
    static final int F_ADD = 0, F_SUB = 1, F_ABD = 2, F_MUL = 3, F_MLA = 4, F_MLS = 5, F_CEQ = 6, F_CGE = 7,
            F_CGT = 8, F_ACGE = 9, F_ACGT = 10, F_MAX = 11, F_MIN = 12, F_RECPS = 13, F_RSQRTS = 14, F_FMA = 15,
            F_FMS = 16;
    // Floating-point pairwise (D only).
    static final int F_PADD = 0, F_PMAX = 1, F_PMIN = 2;

    private static final int ONE_POINT_FIVE = 0x3fc00000, THREE = 0x40400000;

    /** One lane of a floating-point three-same operation, with {@code st} the standard FPSCR value. */
    static int fp(int op, int a, int b, int acc, FPState st) {
        return switch (op) {
            case F_ADD -> FP32.fpAdd(a, b, st);
            case F_SUB -> FP32.fpSub(a, b, st);
            case F_ABD -> FP32.fpAbs(FP32.fpSub(a, b, st));
            case F_MUL -> FP32.fpMul(a, b, st);
            // VMLA and VMLS round the product and then the sum (not fused), as ARMv7 says.
            case F_MLA -> FP32.fpAdd(acc, FP32.fpMul(a, b, st), st);
            case F_MLS -> FP32.fpSub(acc, FP32.fpMul(a, b, st), st);
            case F_CEQ -> FP32.fpCompareEQ(a, b, st) ? -1 : 0;
            case F_CGE -> FP32.fpCompareGE(a, b, st) ? -1 : 0;
            case F_CGT -> FP32.fpCompareGT(a, b, st) ? -1 : 0;
            case F_ACGE -> FP32.fpCompareGE(FP32.fpAbs(a), FP32.fpAbs(b), st) ? -1 : 0;
            case F_ACGT -> FP32.fpCompareGT(FP32.fpAbs(a), FP32.fpAbs(b), st) ? -1 : 0;
            case F_MAX -> FP32.fpMax(a, b, st);
            case F_MIN -> FP32.fpMin(a, b, st);
            case F_RECPS -> recipStep(a, b, st);
            case F_RSQRTS -> rsqrtStep(a, b, st);
            case F_FMA -> FP32.fpMulAdd(acc, a, b, st);
            case F_FMS -> FP32.fpMulAdd(acc, FP32.fpNeg(a), b, st);
            default -> throw new IllegalStateException("fp op " + op);
        };
    }

    /** A floating-point pairwise operation on one pair. */
    static int fpPairwise(int op, int a, int b, FPState st) {
        return switch (op) {
            case F_PADD -> FP32.fpAdd(a, b, st);
            case F_PMAX -> FP32.fpMax(a, b, st);
            case F_PMIN -> FP32.fpMin(a, b, st);
            default -> throw new IllegalStateException("fp pairwise op " + op);
        };
    }

    /** FPRecipStep() of ARMv7: 2.0 - op1 * op2, the product rounded first (VRECPS is not fused). */
    static int recipStep(int a, int b, FPState st) {
        a = FP32.flush(a, st);
        b = FP32.flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return FP32.TWO;
        }
        return FP32.fpSub(FP32.TWO, FP32.fpMul(a, b, st), st);
    }

    /** FPRSqrtStep() of ARMv7: (3.0 - op1 * op2) / 2, each step rounded (VRSQRTS is not fused). */
    static int rsqrtStep(int a, int b, FPState st) {
        a = FP32.flush(a, st);
        b = FP32.flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return ONE_POINT_FIVE;
        }
        return FP32.fpDiv(FP32.fpSub(THREE, FP32.fpMul(a, b, st), st), FP32.TWO, st);
    }

    private static boolean isInf(int x) {
        return (x & 0x7fffffff) == FP32.INF;
    }

    private static boolean isZero(int x) {
        return (x & 0x7fffffff) == 0;
    }

    /** {@link #fp} on both lanes of a D register. */
    static long fp2(int op, long a, long b, long acc, FPState st) {
        int lo = fp(op, (int) a, (int) b, (int) acc, st);
        int hi = fp(op, (int) (a >>> 32), (int) (b >>> 32), (int) (acc >>> 32), st);
        return (lo & 0xffffffffL) | (long) hi << 32;
    }
}
