package jemu.core.a32;

import jemu.core.a32.branch.Branches;
import jemu.core.a32.dp.DataProcessing;
import jemu.core.a32.insn.Conditional;
import jemu.core.a32.insn.Nop;
import jemu.core.a32.insn.Undefined;
import jemu.core.a32.ldst.LoadsAndStores;
import jemu.core.a32.neon.AdvancedSimd;
import jemu.core.a32.vfp.Vfp;
import jemu.core.arm.Cond;

/**
 * Top level of the T32 encoding (Arm ARM ARMv7-A/R, A6.1-A6.3). A 32-bit instruction is passed
 * around as {@code hw1 << 16 | hw2}, so the manual's hw1 bit {@code n} is bit {@code n + 16} and
 * hw2's bits keep their numbers. Group decoders take {@code inIt} because several 16-bit
 * encodings set the flags only outside an IT block, and return null for an encoding they do not
 * allocate. This class applies the IT block's condition.
 */
public final class T32Decoder {
    private T32Decoder() {}

    /** Whether the halfword {@code hw1} starts a 32-bit instruction. */
    public static boolean isWide(int hw1) {
        return (hw1 >>> 11) >= 0b11101;
    }

    /** Whether this is the IT instruction (whose effect the block decoder applies). */
    static boolean isIt(int hw1, boolean wide, int itState) {
        return !wide && (hw1 & 0xff00) == 0xbf00 && (hw1 & 0xf) != 0 && itState == 0;
    }

    /** Decodes the 16-bit instruction {@code hw} at {@code pc}, with ITSTATE {@code it}. Never null. */
    public static A32Insn decode16(int hw, int pc, int it) {
        boolean inIt = it != 0;
        A32Insn d;
        if (isIt(hw, false, it)) {
            // IT: UNPREDICTABLE with firstcond 1111, or AL with a mask that is not a single block.
            d = Nop.INSTANCE;
        } else {
            d = switch (hw >>> 12) {
                case 0b0000, 0b0001, 0b0010, 0b0011 -> DataProcessing.t16ShiftAddSubtractMoveCompare(hw, pc, inIt);
                case 0b0100 -> {
                    if ((hw & 0xfc00) == 0x4000) {
                        yield DataProcessing.t16DataProcessing(hw, pc, inIt);
                    }
                    if ((hw & 0xfc00) == 0x4400) {
                        // Special data instructions and branch and exchange (A6.2.3).
                        yield (hw & 0x0300) == 0x0300 ? Branches.t16BranchExchange(hw, pc, inIt)
                                : DataProcessing.t16SpecialData(hw, pc, inIt);
                    }
                    yield LoadsAndStores.t16LoadLiteral(hw, pc);
                }
                case 0b0101, 0b0110, 0b0111, 0b1000, 0b1001 -> LoadsAndStores.t16LoadStoreSingle(hw, pc);
                case 0b1010 -> DataProcessing.t16AdrAddSp(hw, pc, inIt);
                case 0b1011 -> misc16(hw, pc, inIt);
                case 0b1100 -> LoadsAndStores.t16LoadStoreMultiple(hw, pc);
                case 0b1101 -> Branches.t16ConditionalBranchSvcUdf(hw, pc, inIt);
                default -> Branches.t16Branch(hw, pc, inIt); // 11100: B (unconditional)
            };
        }
        return conditioned(d, hw, pc, pc + 2, it);
    }

    /** A6.2.5 "Miscellaneous 16-bit instructions". */
    private static A32Insn misc16(int hw, int pc, boolean inIt) {
        int op = (hw >>> 5) & 0x7f;
        if ((op & 0b1111000) == 0b1111000) {
            return Branches.t16HintsAndBkpt(hw, pc); // IT was handled by the caller
        }
        if ((op & 0b1110000) == 0b1110000) {
            return Branches.t16HintsAndBkpt(hw, pc); // BKPT (1110xxx)
        }
        if ((op & 0b0101000) == 0b0001000) {
            return Branches.t16CompareAndBranch(hw, pc, inIt); // CBZ, CBNZ
        }
        if ((op & 0b1110000) == 0b0100000 || (op & 0b1110000) == 0b1100000) {
            return LoadsAndStores.t16PushPop(hw, pc);
        }
        if ((op & 0b1111110) == 0b0110010) {
            return Branches.t16SetendCps(hw, pc);
        }
        // ADD/SUB (SP plus immediate), SXTH, SXTB, UXTH, UXTB, REV, REV16, REVSH.
        return DataProcessing.t16Misc(hw, pc, inIt);
    }

    /** Decodes the 32-bit instruction {@code insn} ({@code hw1 << 16 | hw2}) at {@code pc}. Never null. */
    public static A32Insn decode32(int insn, int pc, int it) {
        boolean inIt = it != 0;
        int op1 = (insn >>> 27) & 3;
        int op2 = (insn >>> 20) & 0x7f;
        boolean op = (insn & 0x8000) != 0;
        A32Insn d = switch (op1) {
            case 0b01 -> {
                if ((op2 & 0b1100100) == 0b0000000) {
                    yield LoadsAndStores.t32LoadStoreMultiple(insn, pc);
                }
                if ((op2 & 0b1100100) == 0b0000100) {
                    // Load/store dual, load/store exclusive, table branch (A6.3.8).
                    yield LoadsAndStores.t32DualExclusiveTableBranch(insn, pc, inIt);
                }
                if ((op2 & 0b1100000) == 0b0100000) {
                    yield DataProcessing.t32ShiftedRegister(insn, pc, inIt);
                }
                yield coprocessor(insn, pc);
            }
            case 0b10 -> {
                if (op) {
                    yield Branches.t32BranchesAndMiscControl(insn, pc, inIt);
                }
                yield (op2 & 0b0100000) == 0 ? DataProcessing.t32ModifiedImmediate(insn, pc, inIt)
                        : DataProcessing.t32PlainImmediate(insn, pc, inIt);
            }
            default -> {
                if ((op2 & 0b1110001) == 0b0000000) {
                    yield LoadsAndStores.t32StoreSingle(insn, pc);
                }
                if ((op2 & 0b1110001) == 0b0010000) {
                    yield AdvancedSimd.t32ElementOrStructure(insn, pc);
                }
                if ((op2 & 0b1100111) == 0b0000001 || (op2 & 0b1100111) == 0b0000011 || (op2 & 0b1100111) == 0b0000101) {
                    yield LoadsAndStores.t32LoadSingle(insn, pc, inIt); // byte and hints, halfword, word
                }
                if ((op2 & 0b1110000) == 0b0100000) {
                    yield DataProcessing.t32Register(insn, pc, inIt);
                }
                if ((op2 & 0b1111000) == 0b0110000) {
                    yield DataProcessing.t32Multiply(insn, pc, inIt);
                }
                if ((op2 & 0b1111000) == 0b0111000) {
                    yield DataProcessing.t32LongMultiplyDivide(insn, pc, inIt);
                }
                if ((op2 & 0b1000000) != 0) {
                    yield coprocessor(insn, pc);
                }
                yield null;
            }
        };
        return conditioned(d, insn, pc, pc + 4, it);
    }

    /**
     * A6.3.18 "Coprocessor instructions": CP10/CP11 are VFP (the same bits 27..0 as A32, which
     * {@link Vfp#a32} decodes), and 111x 1111 is Advanced SIMD data processing, whose A32 form
     * has the U bit (T32 bit 28) at bit 24.
     */
    private static A32Insn coprocessor(int insn, int pc) {
        if ((insn & 0xef00_0000) == 0xef00_0000) {
            int a32 = 0xf200_0000 | (insn & 0x1000_0000) >>> 4 | (insn & 0x00ff_ffff);
            return AdvancedSimd.a32DataProcessing(a32, pc);
        }
        int coproc = (insn >>> 8) & 0xf;
        if ((insn & 0x1000_0000) != 0) {
            return null; // the "2" forms (LDC2, MCR2...): none for CP10, CP11 or CP15
        }
        if ((coproc & 0b1110) == 0b1010) {
            return Vfp.a32(0xe000_0000 | (insn & 0x0fff_ffff), pc);
        }
        if (coproc == 15) {
            return Branches.a32Cp15(0xe000_0000 | (insn & 0x0fff_ffff), pc);
        }
        return null;
    }

    /** The IT block's condition, and Undefined for what the group decoders do not allocate. */
    private static A32Insn conditioned(A32Insn d, int insn, int pc, int next, int it) {
        if (d == null) {
            d = new Undefined(pc, insn);
        }
        return it == 0 ? d : Conditional.wrap(it >>> 4, d, next);
    }

    /** The condition an instruction with ITSTATE {@code it} executes under (AL outside IT blocks). */
    public static int condition(int it) {
        return it == 0 ? Cond.AL : it >>> 4;
    }
}
