package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD shift by immediate: {@code 0 Q U 011110 immh immb opcode 1 Rn Rd}, immh nonzero
 * (zero is modified immediate). The highest set bit of immh gives the element size; right shifts
 * are 2 * esize - immh:immb, left shifts immh:immb - esize. Opcodes 11100 (SCVTF/UCVTF) and 11111
 * (FCVTZS/FCVTZU) are floating point.
 */
final class ShiftByImmediate {
    private ShiftByImmediate() {}

    static A64Insn decode(int insn, long pc) {
        A64Insn i = integer(insn);
        return i != null ? i : SimdFloatingPoint.shiftByImmediate(insn, pc);
    }

    private static A64Insn integer(int insn) {
        boolean q = (insn >>> 30 & 1) != 0, u = (insn >>> 29 & 1) != 0;
        int immh = insn >>> 19 & 15, immhb = insn >>> 16 & 127, opcode = insn >>> 11 & 31, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (immh == 0) {
            return null;
        }
        int size = 31 - Integer.numberOfLeadingZeros(immh), esize = 8 << size;
        int right = 2 * esize - immhb, left = immhb - esize;
        if (opcode >= 0b10000 && opcode <= 0b10100) {
            if (size == 3) {
                return null;
            }
            return switch (opcode) {
                case 0b10000 -> u ? new WidthInsns.Narrow(size, right, false, false, true, true, q, rd, rn)
                        : new WidthInsns.Shrn(size, right, q, rd, rn);
                case 0b10001 -> u ? new WidthInsns.Narrow(size, right, true, false, true, true, q, rd, rn)
                        : new WidthInsns.Narrow(size, right, true, true, false, false, q, rd, rn);
                case 0b10010 -> new WidthInsns.Narrow(size, right, false, u, true, u, q, rd, rn);
                case 0b10011 -> new WidthInsns.Narrow(size, right, true, u, true, u, q, rd, rn);
                default -> new WidthInsns.ShiftLeftLong(size, left, !u, q, rd, rn);
            };
        }
        if (size == 3 && !q) {
            return null;
        }
        int op, shift = right;
        switch (opcode) {
            case 0b00000 -> op = u ? USHR : SSHR;
            case 0b00010 -> op = u ? USRA : SSRA;
            case 0b00100 -> op = u ? URSHR : SRSHR;
            case 0b00110 -> op = u ? URSRA : SRSRA;
            case 0b01000 -> op = u ? SRI : -1;
            case 0b01010 -> {
                op = u ? SLI : SHL;
                shift = left;
            }
            case 0b01100 -> {
                op = u ? SQSHLU : -1;
                shift = left;
            }
            case 0b01110 -> {
                op = u ? UQSHL_IMM : SQSHL_IMM;
                shift = left;
            }
            default -> op = -1;
        }
        return op < 0 ? null : LaneInsns.vectorShift(op, size, shift, q, rd, rn);
    }
}
