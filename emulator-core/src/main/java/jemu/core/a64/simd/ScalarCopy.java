package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD scalar copy: DUP (element), scalar ({@code 01 op 11110000 imm5 0 imm4 1 Rn Rd}, op and imm4 zero). */
final class ScalarCopy {
    private ScalarCopy() {}

    static A64Insn decode(int insn, long pc) {
        int op = insn >>> 29 & 1, imm5 = insn >>> 16 & 31, imm4 = insn >>> 11 & 15;
        int size = Integer.numberOfTrailingZeros(imm5);
        if (op != 0 || imm4 != 0 || size > 3) {
            return null;
        }
        return new MoveInsns.ScalarDup(size, insn & 31, insn >>> 5 & 31, imm5 >>> (size + 1));
    }
}
