package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD vector x indexed element: {@code 0 Q U 01111 size L M Rm opcode H 0 Rn Rd}. The
 * integer forms take H (index H:L:M, Rm in V0-V15) or S (index H:L, register M:Rm) elements.
 * Floating point: U 0 opcodes 0001, 0101, 1001 and U 1 opcode 1001. SQRDMLAH/SQRDMLSH (U 1,
 * opcodes 1101, 1111) are FEAT_RDM, SDOT/UDOT (opcode 1110, size 10) FEAT_DotProd.
 */
final class VectorIndexed {
    private VectorIndexed() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.byElement(insn, pc);
    }

    /** The register and index of the element operand: {rm, index}, or null for B and D. */
    static int[] element(int insn) {
        int size = insn >>> 22 & 3, l = insn >>> 21 & 1, m = insn >>> 20 & 1, rm = insn >>> 16 & 15,
                h = insn >>> 11 & 1;
        return switch (size) {
            case 1 -> new int[] {rm, h << 2 | l << 1 | m};
            case 2 -> new int[] {m << 4 | rm, h << 1 | l};
            default -> null;
        };
    }

    private static A64Insn integer(int insn) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 15, rn = insn >>> 5 & 31, rd = insn & 31;
        int[] e = element(insn);
        if (e == null) {
            return null;
        }
        int op = -1;
        boolean isLong = false;
        if (!u) {
            switch (opcode) {
                case 0b0010 -> { op = MLA; isLong = true; }
                case 0b0011 -> { op = SQDMLAL; isLong = true; }
                case 0b0110 -> { op = MLS; isLong = true; }
                case 0b0111 -> { op = SQDMLSL; isLong = true; }
                case 0b1000 -> op = MUL;
                case 0b1010 -> { op = MUL; isLong = true; }
                case 0b1011 -> { op = SQDMULL; isLong = true; }
                case 0b1100 -> op = SQDMULH;
                case 0b1101 -> op = SQRDMULH;
                default -> { }
            }
        } else {
            switch (opcode) {
                case 0b0000 -> op = MLA;
                case 0b0010 -> { op = MLA; isLong = true; }
                case 0b0100 -> op = MLS;
                case 0b0110 -> { op = MLS; isLong = true; }
                case 0b1010 -> { op = MUL; isLong = true; }
                case 0b1101 -> op = SQRDMLAH;
                case 0b1111 -> op = SQRDMLSH;
                default -> { }
            }
        }
        if (opcode == 0b1110) {
            op = size == 2 ? (u ? UDOT : SDOT) : -1;
        }
        if (op < 0) {
            return null;
        }
        if (isLong) {
            return new WidthInsns.LongByElement(op, size + 1, !u, q, rd, rn, e[0], e[1]);
        }
        return new LaneInsns.VectorByElement(op, size, q, rd, rn, e[0], e[1]);
    }
}
