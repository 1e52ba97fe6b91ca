package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD two-register miscellaneous: {@code 0 Q U 01110 size 10000 opcode 10 Rn Rd}.
 * Opcodes 0xxxx and 10010 to 10100 are integer; 011xx and 10110 to 11111 are floating point,
 * but for URECPE and URSQRTE (opcode 11100, size 10).
 */
final class TwoRegMisc {
    private TwoRegMisc() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.twoRegMisc(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31, rn = insn >>> 5 & 31, rd = insn & 31;
        boolean anyButD = size != 3, dNeedsQ = size != 3 || q;
        int op;
        switch (opcode) {
            case 0b00000:
                op = u ? REV32 : REV64;
                if (size + (u ? 1 : 0) >= 3) {
                    return null;
                }
                break;
            case 0b00001:
                if (u || size != 0) {
                    return null;
                }
                op = REV16;
                break;
            case 0b00010:
                op = u ? UADDLP : SADDLP;
                if (!anyButD) {
                    return null;
                }
                break;
            case 0b00110:
                op = u ? UADALP : SADALP;
                if (!anyButD) {
                    return null;
                }
                break;
            case 0b00011:
                op = u ? USQADD : SUQADD;
                if (!dNeedsQ) {
                    return null;
                }
                break;
            case 0b00100:
                op = u ? CLZ : CLS;
                if (!anyButD) {
                    return null;
                }
                break;
            case 0b00101:
                if (size == 0) {
                    op = u ? NOT : CNT;
                } else if (size == 1 && u) {
                    op = RBIT;
                } else {
                    return null;
                }
                break;
            case 0b00111:
                op = u ? SQNEG : SQABS;
                if (!dNeedsQ) {
                    return null;
                }
                break;
            case 0b01000:
                op = u ? CMGE0 : CMGT0;
                if (!dNeedsQ) {
                    return null;
                }
                break;
            case 0b01001:
                op = u ? CMLE0 : CMEQ0;
                if (!dNeedsQ) {
                    return null;
                }
                break;
            case 0b01010:
                if (u || !dNeedsQ) {
                    return null;
                }
                op = CMLT0;
                break;
            case 0b01011:
                op = u ? NEG : ABS;
                if (!dNeedsQ) {
                    return null;
                }
                break;
            case 0b10010:
                if (!anyButD) {
                    return null;
                }
                return u ? new WidthInsns.Narrow(size, 0, false, false, true, true, q, rd, rn)
                        : new WidthInsns.Xtn(size, q, rd, rn);
            case 0b10100:
                if (!anyButD) {
                    return null;
                }
                return new WidthInsns.Narrow(size, 0, false, u, true, u, q, rd, rn);
            case 0b10011:
                if (!u || !anyButD) {
                    return null;
                }
                return new WidthInsns.ShiftLeftLong(size, 8 << size, false, q, rd, rn);
            case 0b11100:
                if (size != 2) {
                    return null;
                }
                op = u ? URSQRTE : URECPE;
                break;
            default:
                return null;
        }
        return LaneInsns.vectorUnary(op, size, q, rd, rn);
    }
}
