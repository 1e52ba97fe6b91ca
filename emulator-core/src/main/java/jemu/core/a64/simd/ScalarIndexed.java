package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD scalar x indexed element: {@code 01 U 11111 size L M Rm opcode H 0 Rn Rd}. Integer:
 * SQDMLAL (0011), SQDMLSL (0111), SQDMULL (1011), SQDMULH (1100), SQRDMULH (1101), U 0, H or S;
 * SQRDMLAH (1101) and SQRDMLSH (1111), U 1, H or S (FEAT_RDM).
 */
final class ScalarIndexed {
    private ScalarIndexed() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.scalarByElement(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 15, rn = insn >>> 5 & 31, rd = insn & 31;
        int[] e = VectorIndexed.element(insn);
        if (e == null) {
            return null;
        }
        if (u) {
            return switch (opcode) {
                case 0b1101 -> new LaneInsns.ScalarByElement(SQRDMLAH, size, rd, rn, e[0], e[1]);
                case 0b1111 -> new LaneInsns.ScalarByElement(SQRDMLSH, size, rd, rn, e[0], e[1]);
                default -> null;
            };
        }
        return switch (opcode) {
            case 0b0011 -> new WidthInsns.ScalarLong(SQDMLAL, size + 1, rd, rn, e[0], e[1]);
            case 0b0111 -> new WidthInsns.ScalarLong(SQDMLSL, size + 1, rd, rn, e[0], e[1]);
            case 0b1011 -> new WidthInsns.ScalarLong(SQDMULL, size + 1, rd, rn, e[0], e[1]);
            case 0b1100 -> new LaneInsns.ScalarByElement(SQDMULH, size, rd, rn, e[0], e[1]);
            case 0b1101 -> new LaneInsns.ScalarByElement(SQRDMULH, size, rd, rn, e[0], e[1]);
            default -> null;
        };
    }
}
