package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Insn;

/**
 * Data processing -- immediate (Arm ARM C4.1, its encoding table): op0, bits 25..23, picks the class. Add/subtract
 * (immediate, with tags) is FEAT_MTE and Min/max (immediate) FEAT_CSSC: both undefined here.
 */
public final class DataProcessingImmediate {
    private DataProcessingImmediate() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return switch ((insn >>> 23) & 7) {
            case 0b000, 0b001 -> pcRelative(insn, pc);
            case 0b010 -> AddSubImmediate.decode(insn);
            case 0b100 -> LogicalImmediate.decode(insn);
            case 0b101 -> MoveWide.decode(insn);
            case 0b110 -> Bitfield.decode(insn);
            case 0b111 -> Extract.decode(insn);
            default -> null; // 011: add/subtract (immediate, with tags), min/max (immediate)
        };
    }

    /** ADR, ADRP (op immlo 10000 immhi Rd): the address is known at decode time, a constant load. */
    private static A64Insn pcRelative(int insn, long pc) {
        long imm = (long) (insn << 8) >> 13 << 2 | (insn >>> 29) & 3; // SignExtend(immhi:immlo)
        long address = insn < 0 ? (pc & ~0xfffL) + (imm << 12) : pc + imm;
        return new Moves.MovImm(wz(insn & 31), address);
    }
}
