package jemu.core.a64.dpreg;

import jemu.core.a64.A64Insn;

/**
 * Data processing -- register (Arm ARM C4.1, its encoding table): op0 is bit 30, op1 bit 28,
 * op2 bits 24..21, op3 bits 15..10. Rotate right into flags, Evaluate into flags (FEAT_FlagM),
 * the pointer-authentication and MTE forms, and FEAT_CSSC are later extensions: undefined here.
 */
public final class DataProcessingRegister {
    private DataProcessingRegister() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        boolean op0 = (insn & (1 << 30)) != 0;
        boolean op1 = (insn & (1 << 28)) != 0;
        int op2 = (insn >>> 21) & 15;
        int op3 = (insn >>> 10) & 0x3f;
        if (!op1) {
            if ((op2 & 8) == 0) {
                return LogicalShiftedRegister.decode(insn);
            }
            return (op2 & 1) == 0 ? AddSubShiftedRegister.decode(insn) : AddSubExtendedRegister.decode(insn);
        }
        if ((op2 & 8) != 0) {
            return DataProcessing3Source.decode(insn);
        }
        return switch (op2) {
            case 0b0000 -> op3 == 0 ? AddSubWithCarry.decode(insn) : null;
            case 0b0010 -> ConditionalCompare.decode(insn);
            case 0b0100 -> ConditionalSelect.decode(insn);
            case 0b0110 -> op0 ? DataProcessing1Source.decode(insn) : DataProcessing2Source.decode(insn);
            default -> null;
        };
    }
}
