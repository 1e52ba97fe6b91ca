package jemu.core.a64.simd;

import static jemu.core.a64.simd.ReduceInsns.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD across lanes: {@code 0 Q U 01110 size 11000 opcode 10 Rn Rd}. Integer: SADDLV,
 * UADDLV (00011), SMAXV, UMAXV (01010), SMINV, UMINV (11010), ADDV (11011); floating point:
 * 01100 and 01111.
 */
final class AcrossLanes {
    private AcrossLanes() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.acrossLanes(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31, rn = insn >>> 5 & 31, rd = insn & 31;
        int op = switch (opcode) {
            case 0b00011 -> u ? UADDLV : SADDLV;
            case 0b01010 -> u ? UMAXV : SMAXV;
            case 0b11010 -> u ? UMINV : SMINV;
            case 0b11011 -> u ? -1 : ADDV;
            default -> -1;
        };
        if (op < 0 || size == 3 || (size == 2 && !q)) {
            return null;
        }
        return new ReduceInsns.AcrossLanes(op, size, q, rd, rn);
    }
}
