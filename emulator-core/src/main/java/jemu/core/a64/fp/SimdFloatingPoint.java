package jemu.core.a64.fp;

import jemu.core.a64.A64Insn;

/**
 * The floating-point opcodes of the Advanced SIMD groups. The AdvSIMD decoders
 * ({@code jemu.core.a64.simd}) own each group's encoding; for an opcode that is not one of
 * their integer ones they ask the matching method here, which decodes only floating-point
 * opcodes and returns null for everything else. Each method takes the whole instruction word.
 */
public final class SimdFloatingPoint {
    private SimdFloatingPoint() {}

    /** Advanced SIMD three same (vector): FADD, FMUL, FMLA, FCMEQ, FMAXNM, FRECPS, FADDP... */
    public static A64Insn threeSame(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD two-register miscellaneous (vector): FABS, FNEG, FSQRT, FRINT*, FCVT*, SCVTF, FCMxx #0... */
    public static A64Insn twoRegMisc(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD across lanes: FMAXNMV, FMAXV, FMINNMV, FMINV. */
    public static A64Insn acrossLanes(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD vector x indexed element: FMLA, FMLS, FMUL, FMULX (by element). */
    public static A64Insn byElement(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD shift by immediate (vector): SCVTF, UCVTF, FCVTZS, FCVTZU (fixed-point). */
    public static A64Insn shiftByImmediate(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD scalar three same: FMULX, FCMEQ, FRECPS, FRSQRTS, FCMGE, FACGE, FABD, FCMGT, FACGT. */
    public static A64Insn scalarThreeSame(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD scalar two-register miscellaneous: FCVT*S/U, SCVTF, UCVTF, FRECPE, FRSQRTE, FRECPX, FCMxx #0, FCVTXN. */
    public static A64Insn scalarTwoRegMisc(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD scalar pairwise: FADDP, FMAXNMP, FMAXP, FMINNMP, FMINP. */
    public static A64Insn scalarPairwise(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD scalar x indexed element: FMLA, FMLS, FMUL, FMULX (by element). */
    public static A64Insn scalarByElement(int insn, long pc) {
        return null;
    }

    /** Advanced SIMD scalar shift by immediate: SCVTF, UCVTF, FCVTZS, FCVTZU (fixed-point). */
    public static A64Insn scalarShiftByImmediate(int insn, long pc) {
        return null;
    }
}
