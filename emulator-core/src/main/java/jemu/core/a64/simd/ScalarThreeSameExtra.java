package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;

/**
 * Advanced SIMD scalar three same extra: {@code 01 U 11110 size 0 Rm 1 opcode:4 1 Rn Rd}; only
 * SQRDMLAH and SQRDMLSH (U 1, opcode 000x, H or S: FEAT_RDM) are allocated.
 */
final class ScalarThreeSameExtra {
    private ScalarThreeSameExtra() {}

    static A64Insn decode(int insn, long pc) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 11 & 15, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (!u || opcode > 1 || (size != 1 && size != 2)) {
            return null;
        }
        return new LaneInsns.Scalar(opcode == 0 ? SQRDMLAH : SQRDMLSH, size, rd, rn, rm);
    }
}
