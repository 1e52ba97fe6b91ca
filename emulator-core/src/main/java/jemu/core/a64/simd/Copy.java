package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.A64Regs;

/**
 * Advanced SIMD copy: {@code 0 Q op 01110000 imm5 0 imm4 1 Rn Rd}. The lowest set bit of imm5
 * gives the element size, the bits above it the index.
 */
final class Copy {
    private Copy() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0, op = (insn >>> 29 & 1) != 0;
        int imm5 = insn >>> 16 & 31, imm4 = insn >>> 11 & 15, rn = insn >>> 5 & 31, rd = insn & 31;
        int size = Integer.numberOfTrailingZeros(imm5);
        if (size > 3) {
            return null;
        }
        int index = imm5 >>> (size + 1);
        if (op) {
            // INS (element): imm4 holds the source index above its low size bits.
            return q ? new MoveInsns.InsElement(size, rd, index, rn, imm4 >>> size) : null;
        }
        return switch (imm4) {
            case 0b0000 -> size == 3 && !q ? null : new MoveInsns.DupElement(size, q, rd, rn, index);
            case 0b0001 -> size == 3 && !q ? null : new MoveInsns.DupGeneral(size, q, rd, A64Regs.rz(rn));
            case 0b0011 -> q ? new MoveInsns.InsGeneral(size, rd, index, A64Regs.rz(rn)) : null;
            case 0b0101 -> size == 3 || (size == 2 && !q) ? null
                    : new MoveInsns.Smov(size, q, A64Regs.wz(rd), rn, index);
            case 0b0111 -> (size == 3) != q ? null : new MoveInsns.Umov(size, A64Regs.wz(rd), rn, index);
            default -> null;
        };
    }
}
