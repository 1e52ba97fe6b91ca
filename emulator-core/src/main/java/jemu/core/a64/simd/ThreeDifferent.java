package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.crypto.Cryptographic;

/**
 * Advanced SIMD three different: {@code 0 Q U 01110 size 1 Rm opcode 00 Rn Rd}, Q selecting the
 * "2" forms. Size 3 is unallocated but for PMULL with 64-bit elements (FEAT_PMULL), which lives
 * with the other cryptographic instructions.
 */
final class ThreeDifferent {
    private ThreeDifferent() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 12 & 15, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (size == 3) {
            return !u && opcode == 0b1110 ? Cryptographic.pmull64(q, rd, rn, rm) : null;
        }
        int wide = size + 1;
        return switch (opcode) {
            case 0b0000 -> new WidthInsns.Widening(ADD, wide, !u, false, q, rd, rn, rm);
            case 0b0001 -> new WidthInsns.Widening(ADD, wide, !u, true, q, rd, rn, rm);
            case 0b0010 -> new WidthInsns.Widening(SUB, wide, !u, false, q, rd, rn, rm);
            case 0b0011 -> new WidthInsns.Widening(SUB, wide, !u, true, q, rd, rn, rm);
            case 0b0100 -> new WidthInsns.HighNarrow(size, false, u, q, rd, rn, rm);
            case 0b0101 -> new WidthInsns.Widening(u ? UABA : SABA, wide, !u, false, q, rd, rn, rm);
            case 0b0110 -> new WidthInsns.HighNarrow(size, true, u, q, rd, rn, rm);
            case 0b0111 -> new WidthInsns.Widening(u ? UABD : SABD, wide, !u, false, q, rd, rn, rm);
            case 0b1000 -> new WidthInsns.Widening(MLA, wide, !u, false, q, rd, rn, rm);
            case 0b1010 -> new WidthInsns.Widening(MLS, wide, !u, false, q, rd, rn, rm);
            case 0b1100 -> new WidthInsns.Widening(MUL, wide, !u, false, q, rd, rn, rm);
            case 0b1001, 0b1011, 0b1101 -> {
                if (u || size == 0) {
                    yield null;
                }
                int op = opcode == 0b1001 ? SQDMLAL : opcode == 0b1011 ? SQDMLSL : SQDMULL;
                yield new WidthInsns.Widening(op, wide, true, false, q, rd, rn, rm);
            }
            case 0b1110 -> !u && size == 0 ? new WidthInsns.Widening(PMULL, wide, false, false, q, rd, rn, rm) : null;
            default -> null;
        };
    }
}
