package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD scalar shift by immediate: {@code 01 U 111110 immh immb opcode 1 Rn Rd}. The
 * plain, rounding, accumulating and inserting shifts exist for D only (immh 1xxx); the saturating
 * left shifts for every size; the saturating narrowing ones for B, H, S results. Opcodes 11100 and
 * 11111 are floating point.
 */
final class ScalarShiftByImmediate {
    private ScalarShiftByImmediate() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.scalarShiftByImmediate(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean u = (insn >>> 29 & 1) != 0;
        int immh = insn >>> 19 & 15, immhb = insn >>> 16 & 127, opcode = insn >>> 11 & 31, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (immh == 0) {
            return null;
        }
        int size = 31 - Integer.numberOfLeadingZeros(immh), esize = 8 << size;
        int right = 2 * esize - immhb, left = immhb - esize;
        switch (opcode) {
            case 0b01100:
                return u ? new LaneInsns.ScalarShift(SQSHLU, size, left, rd, rn) : null;
            case 0b01110:
                return new LaneInsns.ScalarShift(u ? UQSHL_IMM : SQSHL_IMM, size, left, rd, rn);
            case 0b10000, 0b10001:
                if (!u || size == 3) {
                    return null;
                }
                return new WidthInsns.ScalarNarrow(size, right, opcode == 0b10001, false, true, rd, rn);
            case 0b10010, 0b10011:
                if (size == 3) {
                    return null;
                }
                return new WidthInsns.ScalarNarrow(size, right, opcode == 0b10011, u, u, rd, rn);
            default:
                break;
        }
        if (size != 3) {
            return null;
        }
        int op = switch (opcode) {
            case 0b00000 -> u ? USHR : SSHR;
            case 0b00010 -> u ? USRA : SSRA;
            case 0b00100 -> u ? URSHR : SRSHR;
            case 0b00110 -> u ? URSRA : SRSRA;
            case 0b01000 -> u ? SRI : -1;
            case 0b01010 -> u ? SLI : SHL;
            default -> -1;
        };
        if (op < 0) {
            return null;
        }
        return new LaneInsns.ScalarShift(op, size, op == SLI || op == SHL ? left : right, rd, rn);
    }
}
