package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD scalar two-register miscellaneous: {@code 01 U 11110 size 10000 opcode 10 Rn Rd}.
 * The integer opcodes are SUQADD/USQADD, SQABS/SQNEG (any size), the compares with zero and
 * ABS/NEG (D only), and the saturating narrows; 011xx and 10110 to 11111 are floating point.
 */
final class ScalarTwoRegMisc {
    private ScalarTwoRegMisc() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.scalarTwoRegMisc(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31, rn = insn >>> 5 & 31, rd = insn & 31;
        if (opcode == 0b10010 || opcode == 0b10100) { // SQXTUN (U 1 only); SQXTN, UQXTN
            if (size == 3 || (opcode == 0b10010 && !u)) {
                return null;
            }
            boolean unsignedIn = opcode == 0b10100 && u;
            return new WidthInsns.ScalarNarrow(size, 0, false, unsignedIn, u, rd, rn);
        }
        int op = switch (opcode) {
            case 0b00011 -> u ? USQADD : SUQADD;
            case 0b00111 -> u ? SQNEG : SQABS;
            case 0b01000 -> size == 3 ? (u ? CMGE0 : CMGT0) : -1;
            case 0b01001 -> size == 3 ? (u ? CMLE0 : CMEQ0) : -1;
            case 0b01010 -> size == 3 && !u ? CMLT0 : -1;
            case 0b01011 -> size == 3 ? (u ? NEG : ABS) : -1;
            default -> -1;
        };
        return op < 0 ? null : new LaneInsns.ScalarUnary(op, size, rd, rn);
    }
}
