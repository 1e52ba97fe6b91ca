package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;

/**
 * Advanced SIMD three-register extension: {@code 0 Q U 01110 size 0 Rm 1 opcode:4 1 Rn Rd}.
 * SQRDMLAH/SQRDMLSH (U 1, opcode 000x, H or S: FEAT_RDM) and SDOT/UDOT (opcode 0010, size 10:
 * FEAT_DotProd). The rest (USDOT, FCMLA, FCADD, BFloat16...) is unallocated here.
 */
final class ThreeSameExtra {
    private ThreeSameExtra() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 11 & 15, rn = insn >>> 5 & 31,
                rd = insn & 31;
        return switch (opcode) {
            case 0b0000, 0b0001 -> u && (size == 1 || size == 2)
                    ? LaneInsns.vector(opcode == 0 ? SQRDMLAH : SQRDMLSH, size, q, rd, rn, rm) : null;
            case 0b0010 -> size == 2 ? LaneInsns.vector(u ? UDOT : SDOT, size, q, rd, rn, rm) : null;
            default -> null;
        };
    }
}
