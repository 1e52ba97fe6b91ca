package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;

/** Advanced SIMD scalar three different: SQDMLAL, SQDMLSL, SQDMULL ({@code 01 U 11110 size 1 Rm opcode 00 Rn Rd}). */
final class ScalarThreeDifferent {
    private ScalarThreeDifferent() {}

    static A64Insn decode(int insn, long pc) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 12 & 15, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (u || size == 0 || size == 3) {
            return null;
        }
        int op = switch (opcode) {
            case 0b1001 -> SQDMLAL;
            case 0b1011 -> SQDMLSL;
            case 0b1101 -> SQDMULL;
            default -> -1;
        };
        return op < 0 ? null : new WidthInsns.ScalarLong(op, size + 1, rd, rn, rm, 0);
    }
}
