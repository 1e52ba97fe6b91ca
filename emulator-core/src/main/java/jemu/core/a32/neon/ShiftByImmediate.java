package jemu.core.a32.neon;

import static jemu.core.a32.neon.NeonElements.vd;
import static jemu.core.a32.neon.NeonElements.vm;

import jemu.core.a32.A32Insn;
import jemu.core.a32.neon.NeonElements.Narrow;
import jemu.core.a32.neon.NeonElements.Vector;
import jemu.core.a32.neon.NeonElements.Widen;
import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Saturating;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPState;

/**
 * A7.4.4 "Two registers and a shift amount" (shifts, narrowing shifts, VMOVL, fixed-point VCVT):
 * {@code 1111 001U 1 D imm6 Vd A L B M 1 Vm}, A bits 11..8, L bit 7, B bit 6 (Q, or the rounding
 * bit of the narrowing forms). The lane arithmetic is A64's ({@link Lanes}, {@link Saturating});
 * saturation sets FPSCR.QC in {@code c.fp}, the fixed-point conversions round through
 * {@code c.fpStandard}.
 */
final class ShiftByImmediate {
    private ShiftByImmediate() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        boolean u = (insn & (1 << 24)) != 0;
        int imm6 = (insn >>> 16) & 0x3f;
        int a = (insn >>> 8) & 0xf;
        boolean l = (insn & (1 << 7)) != 0;
        boolean b = (insn & (1 << 6)) != 0;
        int d = vd(insn), m = vm(insn);
        // size from L:imm6; 0000xxx is the modified-immediate group, routed elsewhere
        int size = l ? 3 : imm6 >= 32 ? 2 : imm6 >= 16 ? 1 : 0;
        int esize = 8 << size;
        int lImm = (l ? 64 : 0) | imm6;
        int right = 2 * esize - lImm; // 1..esize
        int left = lImm - esize; // 0..esize-1
        if (a <= 7) {
            boolean q = b;
            if (q && ((d | m) & 1) != 0) {
                return null;
            }
            final int s = size;
            switch (a) {
                case 0b0000: // VSHR
                    return new Vector(d, m, q, u ? (x, y, c) -> Lanes.lsr(y, right, s) : (x, y, c) -> Lanes.asr(y, right, s));
                case 0b0001: // VSRA
                    return new Vector(d, m, q, u ? (x, y, c) -> Lanes.add(x, Lanes.lsr(y, right, s), s)
                            : (x, y, c) -> Lanes.add(x, Lanes.asr(y, right, s), s));
                case 0b0010: // VRSHR
                    return new Vector(d, m, q, u ? (x, y, c) -> Lanes.urshr(y, right, s) : (x, y, c) -> Lanes.srshr(y, right, s));
                case 0b0011: // VRSRA
                    return new Vector(d, m, q, u ? (x, y, c) -> Lanes.add(x, Lanes.urshr(y, right, s), s)
                            : (x, y, c) -> Lanes.add(x, Lanes.srshr(y, right, s), s));
                case 0b0100: // VSRI
                    return u ? new Vector(d, m, q, (x, y, c) -> Lanes.sri(x, y, right, s)) : null;
                case 0b0101: // VSHL, VSLI
                    return new Vector(d, m, q, u ? (x, y, c) -> Lanes.sli(x, y, left, s) : (x, y, c) -> Lanes.shl(y, left, s));
                case 0b0110: // VQSHLU
                    return u ? new Vector(d, m, q, (x, y, c) -> Saturating.qshlImmediate(y, left, s, false, true, c.fp)) : null;
                default: // 0111 VQSHL (immediate)
                    return new Vector(d, m, q, (x, y, c) -> Saturating.qshlImmediate(y, left, s, u, u, c.fp));
            }
        }
        if (a <= 0b1001) {
            // narrowing right shifts: the operand is Qm, lanes of 2*esize with esize from imm6
            if (l || (m & 1) != 0) {
                return null;
            }
            int sh = right; // 1..esize, esize the narrow lane's
            boolean round = b;
            final int s = size;
            if (a == 0b1000) {
                if (!u) { // VSHRN, VRSHRN
                    return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, sh, round, false, false, false, c.fp));
                }
                // VQSHRUN, VQRSHRUN
                return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, sh, round, false, true, true, c.fp));
            }
            // VQSHRN, VQRSHRN
            return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, sh, round, u, true, u, c.fp));
        }
        if (a == 0b1010) {
            // VSHLL, VMOVL: Qd from Dm
            if (l || b || (d & 1) != 0) {
                return null;
            }
            final int s = size, sh = imm6 - (8 << size);
            return new Widen(d, m, (x, y, c) -> Lanes.shl(Lanes.widen(y, s, !u), sh, s + 1));
        }
        if (a >= 0b1110) {
            // VCVT between single precision and fixed point
            if (l || imm6 < 32) {
                return null;
            }
            boolean q = b;
            if (q && ((d | m) & 1) != 0) {
                return null;
            }
            int fbits = 64 - imm6;
            if ((a & 1) == 0) { // fixed to floating point
                return NeonElements.wordVector(d, m, q, u
                        ? (x, c) -> FP32.fixedToFP(x & 0xffffffffL, fbits, true, FPState.RN, c.fpStandard)
                        : (x, c) -> FP32.fixedToFP(x, fbits, false, FPState.RN, c.fpStandard));
            }
            return NeonElements.wordVector(d, m, q,
                    (x, c) -> (int) FP32.fpToFixed(x, fbits, u, FPState.RZ, false, c.fpStandard));
        }
        return null;
    }
}
