package jemu.core.a32;

import jemu.core.a32.branch.Branches;
import jemu.core.a32.dp.DataProcessing;
import jemu.core.a32.insn.Conditional;
import jemu.core.a32.insn.Undefined;
import jemu.core.a32.ldst.LoadsAndStores;
import jemu.core.a32.neon.AdvancedSimd;
import jemu.core.a32.vfp.Vfp;

/**
 * Top level of the A32 encoding (Arm ARM ARMv7-A/R, A5.1 "ARM instruction set encoding"): cond,
 * op1 (bits 27..25) and op (bit 4) pick the group, and each group's decoder lives in the
 * package of its semantics, shared with T32. Group decoders return null for an encoding they do
 * not allocate; this class turns that into {@link Undefined} and applies the condition.
 */
public final class A32Decoder {
    private A32Decoder() {}

    /** Decodes the A32 instruction {@code insn} at {@code pc}. Never null. */
    public static A32Insn decode(int insn, int pc) {
        int cond = insn >>> 28;
        A32Insn d = cond == 0xf ? unconditional(insn, pc) : conditional(insn, pc);
        if (d == null) {
            d = new Undefined(pc, insn);
        }
        return cond == 0xf ? d : Conditional.wrap(cond, d, pc + 4);
    }

    private static A32Insn conditional(int insn, int pc) {
        int op1 = (insn >>> 25) & 7;
        boolean op = (insn & (1 << 4)) != 0;
        return switch (op1) {
            case 0b000, 0b001 -> dataProcessingAndMisc(insn, pc);
            case 0b010 -> LoadsAndStores.a32WordAndUnsignedByte(insn, pc);
            case 0b011 -> op ? DataProcessing.a32Media(insn, pc) : LoadsAndStores.a32WordAndUnsignedByte(insn, pc);
            case 0b100 -> LoadsAndStores.a32BlockTransfer(insn, pc);
            case 0b101 -> Branches.a32BranchWithLink(insn, pc);
            default -> coprocessorAndSvc(insn, pc);
        };
    }

    /**
     * A5.2 "Data-processing and miscellaneous instructions": the extra loads and stores and the
     * synchronization primitives go to {@link LoadsAndStores}, the miscellaneous instructions
     * (A5.2.12: BX, BLX, BXJ, MRS, MSR, BKPT, ERET, HVC, SMC) to {@link Branches}, CLZ and
     * everything arithmetic to {@link DataProcessing}.
     */
    private static A32Insn dataProcessingAndMisc(int insn, int pc) {
        boolean imm = (insn & (1 << 25)) != 0;
        int op1 = (insn >>> 20) & 0x1f;
        int op2 = (insn >>> 4) & 0xf;
        if (!imm) {
            if ((op1 & 0b11001) == 0b10000 && (op2 & 0b1000) == 0) {
                // Miscellaneous (A5.2.12): CLZ and the saturating add/subtract are arithmetic.
                int misc = op2 & 7;
                if (misc == 0b001 && op1 == 0b10110 || misc == 0b101) {
                    return DataProcessing.a32Misc(insn, pc);
                }
                return Branches.a32Misc(insn, pc);
            }
            if ((op1 & 0b11001) == 0b10000 && (op2 & 0b1001) == 0b1000) {
                return DataProcessing.a32HalfwordMultiply(insn, pc);
            }
            if (op2 == 0b1001) {
                return (op1 & 0b10000) == 0 ? DataProcessing.a32Multiply(insn, pc)
                        : LoadsAndStores.a32Synchronization(insn, pc);
            }
            if ((op2 & 0b1001) == 0b1001) {
                return LoadsAndStores.a32ExtraLoadStore(insn, pc);
            }
            return DataProcessing.a32DataProcessing(insn, pc);
        }
        if (op1 == 0b10000 || op1 == 0b10100) {
            return DataProcessing.a32MoveWide(insn, pc);
        }
        if ((op1 & 0b11011) == 0b10010) {
            // MSR (immediate) and the hints (NOP, YIELD, WFE, WFI, SEV, DBG).
            return Branches.a32MsrImmediateAndHints(insn, pc);
        }
        return DataProcessing.a32DataProcessing(insn, pc);
    }

    /** A5.6 "Coprocessor instructions, and Supervisor Call". */
    private static A32Insn coprocessorAndSvc(int insn, int pc) {
        int op1 = (insn >>> 20) & 0x3f;
        int coproc = (insn >>> 8) & 0xf;
        if ((op1 & 0b110000) == 0b110000) {
            return Branches.a32Svc(insn, pc);
        }
        if ((coproc & 0b1110) == 0b1010) {
            // CP10 and CP11: VFP, and the Advanced SIMD register transfers.
            return Vfp.a32(insn, pc);
        }
        if (coproc == 15) {
            // MRC/MCR p15 (the thread ID registers) and the CP15 barriers.
            return Branches.a32Cp15(insn, pc);
        }
        return null;
    }

    /** A5.7 "Unconditional instructions" and Advanced SIMD. */
    private static A32Insn unconditional(int insn, int pc) {
        int op1 = (insn >>> 20) & 0xff;
        if ((op1 & 0b1110_0000) == 0b0010_0000) {
            return AdvancedSimd.a32DataProcessing(insn, pc);
        }
        if ((op1 & 0b1111_0001) == 0b0100_0000) {
            return AdvancedSimd.a32ElementOrStructure(insn, pc);
        }
        if ((op1 & 0b1000_0000) == 0) {
            // Memory hints (PLD, PLI), CLREX, DSB, DMB, ISB, SETEND, CPS.
            return Branches.a32UnconditionalMisc(insn, pc);
        }
        if ((op1 & 0b1110_0000) == 0b1010_0000) {
            return Branches.a32Blx(insn, pc);
        }
        // SRS, RFE (privileged), and the coprocessor "2" forms: UNDEFINED in user mode here.
        return null;
    }
}
