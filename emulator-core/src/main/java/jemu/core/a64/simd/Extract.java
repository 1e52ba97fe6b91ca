package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD extract: EXT ({@code 0 Q 101110 op2 0 Rm 0 imm4 0 Rn Rd}, op2 zero; imm4 < 8 when 64-bit). */
final class Extract {
    private Extract() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0;
        int op2 = insn >>> 22 & 3, rm = insn >>> 16 & 31, imm4 = insn >>> 11 & 15, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (op2 != 0) {
            return null;
        }
        if (q) {
            return new ShuffleInsns.Ext128(rd, rn, rm, imm4);
        }
        return imm4 < 8 ? new ShuffleInsns.Ext64(rd, rn, rm, imm4) : null;
    }
}
