package jemu.core.a32.branch;

import jemu.core.a32.A32Insn;

/**
 * Branches, exception-generating, hint, barrier and status-register instructions, and the CP15
 * thread ID registers; the group decoders of both instruction sets. Each returns null for an
 * encoding it does not allocate.
 */
public final class Branches {
    private Branches() {}

    /** B, BL (A5.5, op 10x). */
    public static A32Insn a32BranchWithLink(int insn, int pc) {
        return null; // not yet implemented
    }

    /** BLX (immediate), the unconditional space. */
    public static A32Insn a32Blx(int insn, int pc) {
        return null; // not yet implemented
    }

    /** From A5.2.12: MRS, MSR (register), BX, BXJ, BLX (register), BKPT; ERET, HVC, SMC are UNDEFINED in user mode. */
    public static A32Insn a32Misc(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.2.11: MSR (immediate) and NOP, YIELD, WFE, WFI, SEV, DBG. */
    public static A32Insn a32MsrImmediateAndHints(int insn, int pc) {
        return null; // not yet implemented
    }

    /** SVC. */
    public static A32Insn a32Svc(int insn, int pc) {
        return null; // not yet implemented
    }

    /** MRC, MCR on CP15: TPIDRURO, TPIDRURW, the CP15 barriers (CP15DMB, CP15DSB, CP15ISB). */
    public static A32Insn a32Cp15(int insn, int pc) {
        return null; // not yet implemented
    }

    /** A5.7.1: CLREX, DSB, DMB, ISB, PLD, PLDW, PLI, SETEND, CPS. */
    public static A32Insn a32UnconditionalMisc(int insn, int pc) {
        return null; // not yet implemented
    }

    /** BX, BLX (register), 16-bit. */
    public static A32Insn t16BranchExchange(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** BKPT and the 16-bit hints (NOP, YIELD, WFE, WFI, SEV); IT is applied by T32Decoder. */
    public static A32Insn t16HintsAndBkpt(int hw, int pc) {
        return null; // not yet implemented
    }

    /** CBZ, CBNZ. */
    public static A32Insn t16CompareAndBranch(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** SETEND, CPS (16-bit). */
    public static A32Insn t16SetendCps(int hw, int pc) {
        return null; // not yet implemented
    }

    /** A6.2.6: B&lt;c&gt; (16-bit), SVC, UDF. */
    public static A32Insn t16ConditionalBranchSvcUdf(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** B (16-bit, unconditional encoding T2). */
    public static A32Insn t16Branch(int hw, int pc, boolean inIt) {
        return null; // not yet implemented
    }

    /** A6.3.4: B, BL, BLX (immediate), MSR, MRS, hints, barriers, CLREX, UDF. */
    public static A32Insn t32BranchesAndMiscControl(int insn, int pc, boolean inIt) {
        return null; // not yet implemented
    }
}
