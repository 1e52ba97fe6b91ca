package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/**
 * Advanced SIMD modified immediate: MOVI, MVNI, ORR, BIC, FMOV (vector, immediate)
 * ({@code 0 Q op 0111100000 a b c cmode o2 1 d e f g h Rd}). o2 = 1 is the half-precision FMOV
 * (FEAT_FP16, not in ARMv8.0); op = 1 with cmode 1111 needs Q.
 */
final class ModifiedImmediate {
    private ModifiedImmediate() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0;
        int op = insn >>> 29 & 1, cmode = insn >>> 12 & 15, o2 = insn >>> 11 & 1, rd = insn & 31;
        int imm8 = (insn >>> 16 & 7) << 5 | (insn >>> 5 & 31);
        if (o2 != 0 || (cmode == 0b1111 && op == 1 && !q)) {
            return null;
        }
        long imm = ExpandImm.expand(op, cmode, imm8);
        if ((cmode >>> 1) != 7 && op == 1) {
            imm = ~imm; // MVNI, and BIC as an AND
        }
        boolean logical = (cmode & 0b1001) == 0b0001 || (cmode & 0b1101) == 0b1001;
        if (logical) {
            return new MoveInsns.LogicalImmediate(op == 1, imm, q, rd);
        }
        return new MoveInsns.MoveImmediate(rd, imm, q ? imm : 0);
    }
}
