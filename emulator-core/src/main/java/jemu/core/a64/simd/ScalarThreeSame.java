package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD scalar three same: {@code 01 U 11110 size 1 Rm opcode 1 Rn Rd}. The saturating
 * add, subtract and shifts take every size; the other integer operations only D; SQDMULH and
 * SQRDMULH H and S. Opcodes 11xxx are floating point.
 */
final class ScalarThreeSame {
    private ScalarThreeSame() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.scalarThreeSame(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 11 & 31, rn = insn >>> 5 & 31,
                rd = insn & 31;
        int op = switch (opcode) {
            case 0b00001 -> u ? UQADD : SQADD;
            case 0b00101 -> u ? UQSUB : SQSUB;
            case 0b01001 -> u ? UQSHL : SQSHL;
            case 0b01011 -> u ? UQRSHL : SQRSHL;
            case 0b00110 -> size == 3 ? (u ? CMHI : CMGT) : -1;
            case 0b00111 -> size == 3 ? (u ? CMHS : CMGE) : -1;
            case 0b01000 -> size == 3 ? (u ? USHL : SSHL) : -1;
            case 0b01010 -> size == 3 ? (u ? URSHL : SRSHL) : -1;
            case 0b10000 -> size == 3 ? (u ? SUB : ADD) : -1;
            case 0b10001 -> size == 3 ? (u ? CMEQ : CMTST) : -1;
            case 0b10110 -> size == 1 || size == 2 ? (u ? SQRDMULH : SQDMULH) : -1;
            default -> -1;
        };
        return op < 0 ? null : new LaneInsns.Scalar(op, size, rd, rn, rm);
    }
}
