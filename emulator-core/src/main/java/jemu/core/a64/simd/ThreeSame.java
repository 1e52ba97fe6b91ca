package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD three same: {@code 0 Q U 01110 size 1 Rm opcode 1 Rn Rd}. Opcodes 00000 to 10111
 * are integer (here); 11xxx are floating point.
 */
final class ThreeSame {
    private ThreeSame() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.threeSame(insn, pc);
    }

    private static final int[] LOGICAL = {AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF};

    private static A64Insn integer(int insn) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 11 & 31, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (opcode == 0b00011) {
            return LaneInsns.vector(LOGICAL[(u ? 4 : 0) + size], 0, q, rd, rn, rm);
        }
        int op = switch (opcode) {
            case 0b00000 -> u ? UHADD : SHADD;
            case 0b00001 -> u ? UQADD : SQADD;
            case 0b00010 -> u ? URHADD : SRHADD;
            case 0b00100 -> u ? UHSUB : SHSUB;
            case 0b00101 -> u ? UQSUB : SQSUB;
            case 0b00110 -> u ? CMHI : CMGT;
            case 0b00111 -> u ? CMHS : CMGE;
            case 0b01000 -> u ? USHL : SSHL;
            case 0b01001 -> u ? UQSHL : SQSHL;
            case 0b01010 -> u ? URSHL : SRSHL;
            case 0b01011 -> u ? UQRSHL : SQRSHL;
            case 0b01100, 0b10100 -> u ? UMAX : SMAX;
            case 0b01101, 0b10101 -> u ? UMIN : SMIN;
            case 0b01110 -> u ? UABD : SABD;
            case 0b01111 -> u ? UABA : SABA;
            case 0b10000 -> u ? SUB : ADD;
            case 0b10001 -> u ? CMEQ : CMTST;
            case 0b10010 -> u ? MLS : MLA;
            case 0b10011 -> u ? PMUL : MUL;
            case 0b10110 -> u ? SQRDMULH : SQDMULH;
            case 0b10111 -> u ? -1 : ADD;
            default -> -1;
        };
        if (op < 0) {
            return null;
        }
        boolean valid = switch (opcode) {
            case 0b10011 -> u ? size == 0 : size != 3;
            case 0b00000, 0b00010, 0b00100, 0b01100, 0b01101, 0b01110, 0b01111, 0b10010, 0b10100, 0b10101 ->
                size != 3;
            case 0b10110 -> size == 1 || size == 2;
            default -> size != 3 || q;
        };
        if (!valid) {
            return null;
        }
        if (opcode >= 0b10100 && opcode != 0b10110) {
            return ReduceInsns.pairwise(op, size, q, rd, rn, rm);
        }
        return LaneInsns.vector(op, size, q, rd, rn, rm);
    }
}
