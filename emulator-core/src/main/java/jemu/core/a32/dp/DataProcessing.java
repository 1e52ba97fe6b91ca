package jemu.core.a32.dp;

import jemu.core.a32.A32Insn;

/**
 * Integer data processing, multiplies, divides, saturating and media (SIMD-in-GPR) instructions: the
 * group decoders of both instruction sets, for {@link jemu.core.a32.A32Decoder} and
 * {@link jemu.core.a32.T32Decoder}. Each returns null for an encoding it does not allocate.
 */
public final class DataProcessing {
    private DataProcessing() {}

    /** A5.2.1-A5.2.3: data-processing (register, register-shifted register, immediate). */
    public static A32Insn a32DataProcessing(int insn, int pc) {
        return null; // not yet implemented
    }

    /** MOVW, MOVT (A5.2: op1 10000, 10100). */
    public static A32Insn a32MoveWide(int insn, int pc) {
        return null; // not yet implemented
    }

    /** CLZ and the saturating add/subtract QADD, QSUB, QDADD, QDSUB (from A5.2.12). */
    public static A32Insn a32Misc(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.2.7: SMLA&lt;x&gt;&lt;y&gt;, SMLAW, SMULW, SMLAL&lt;x&gt;&lt;y&gt;, SMUL&lt;x&gt;&lt;y&gt;. */
    public static A32Insn a32HalfwordMultiply(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.2.5: MUL, MLA, UMAAL, MLS, UMULL, UMLAL, SMULL, SMLAL. */
    public static A32Insn a32Multiply(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.4: parallel add/subtract, packing, unpacking, saturation, reversal, USAD8, SBFX, UBFX, BFI, BFC, SDIV, UDIV, signed multiplies; UDF (permanently undefined) returns null. */
    public static A32Insn a32Media(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A6.2.1: LSL, LSR, ASR (immediate), ADD, SUB (register, 3-bit immediate), MOV, CMP, ADD, SUB (8-bit immediate). */
    public static A32Insn t16ShiftAddSubtractMoveCompare(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.2.2: AND, EOR, LSL, LSR, ASR, ADC, SBC, ROR, TST, RSB, CMP, CMN, ORR, MUL, BIC, MVN (register). */
    public static A32Insn t16DataProcessing(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.2.3 without BX/BLX: ADD, CMP, MOV with high registers (a PC destination branches). */
    public static A32Insn t16SpecialData(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** ADR, ADD (SP plus immediate) (A6.2 opcode 10100x, 10101x). */
    public static A32Insn t16AdrAddSp(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** From A6.2.5: ADD, SUB (SP plus immediate), SXTH, SXTB, UXTH, UXTB, REV, REV16, REVSH. */
    public static A32Insn t16Misc(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.11: data-processing (shifted register). */
    public static A32Insn t32ShiftedRegister(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.1: data-processing (modified immediate). */
    public static A32Insn t32ModifiedImmediate(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.3: data-processing (plain binary immediate): ADDW, SUBW, MOVW, MOVT, ADR, SSAT, USAT, SBFX, UBFX, BFI, BFC. */
    public static A32Insn t32PlainImmediate(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.12: data-processing (register): shifts, extends, parallel add/subtract, miscellaneous operations. */
    public static A32Insn t32Register(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.16: multiply, multiply accumulate, absolute difference. */
    public static A32Insn t32Multiply(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.17: long multiply, long multiply accumulate, divide. */
    public static A32Insn t32LongMultiplyDivide(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }
}
