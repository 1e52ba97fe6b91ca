package jemu.core.a32.neon;

import static jemu.core.a32.neon.NeonElements.vd;
import static jemu.core.a32.neon.NeonElements.vm;
import static jemu.core.a32.neon.NeonElements.wordVector;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a32.neon.NeonElements.Narrow;
import jemu.core.a32.neon.NeonElements.Vector;
import jemu.core.a32.neon.NeonElements.Widen;
import jemu.core.a64.simd.Estimates;
import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Reduce;
import jemu.core.a64.simd.Saturating;
import jemu.core.a64.simd.Shuffle;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPConvert;
import jemu.core.arm.fp.FPState;

/**
 * A7.4.5 "Two registers, miscellaneous" (VREV, VPADDL, VCLS/VCLZ/VCNT, VMVN, VQABS, VABS, VNEG,
 * comparisons with zero, VSWP, VTRN, VUZP, VZIP, VMOVN/VQMOVN, VSHLL, VCVT half, VRECPE,
 * VRSQRTE, VCVT float/integer): {@code 1111 0011 1 D 11 size A Vd 0 B Q M 0 Vm} with A bits
 * 17..16 and B bits 10..6. ARMv8's additions (AES, SHA, VRINT, VCVTA...) are UNDEFINED on the
 * Cortex-A15.
 */
final class TwoRegistersMisc {
    private TwoRegistersMisc() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        int size = (insn >>> 18) & 3;
        int a = (insn >>> 16) & 3;
        int b = (insn >>> 6) & 0x1f;
        boolean q = (insn & (1 << 6)) != 0;
        int d = vd(insn), m = vm(insn);
        boolean oddQ = q && ((d | m) & 1) != 0;
        switch (a) {
            case 0b00:
                return oddQ ? null : group0(b >>> 1, size, d, m, q);
            case 0b01:
                return oddQ ? null : compareAbsNeg(b >>> 1, size, d, m, q);
            case 0b10:
                return group2(b, size, d, m, q);
            default:
                return oddQ ? null : group3(b >>> 1, size, d, m, q);
        }
    }

    /** A = 00; {@code op} is B<4:1>. */
    private static A32Insn group0(int op, int size, int d, int m, boolean q) {
        final int s = size;
        switch (op) {
            case 0b0000: // VREV64
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.rev(y, s, 3));
            case 0b0001: // VREV32
                return size >= 2 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.rev(y, s, 2));
            case 0b0010: // VREV16
                return size != 0 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.rev(y, 0, 1));
            case 0b0100: // VPADDL.S
            case 0b0101: { // VPADDL.U
                boolean signed = op == 0b0100;
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Reduce.addlp(y, s, signed));
            }
            case 0b1000: // VCLS
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.cls(y, s));
            case 0b1001: // VCLZ
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.clz(y, s));
            case 0b1010: // VCNT
                return size != 0 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.cnt8(y));
            case 0b1011: // VMVN (register)
                return size != 0 ? null : new Vector(d, m, q, (x, y, c) -> ~y);
            case 0b1100: // VPADAL.S
            case 0b1101: { // VPADAL.U
                boolean signed = op == 0b1100;
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Lanes.add(x, Reduce.addlp(y, s, signed), s + 1));
            }
            case 0b1110: // VQABS
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Saturating.sqabs(y, s, c.fp));
            case 0b1111: // VQNEG
                return size == 3 ? null : new Vector(d, m, q, (x, y, c) -> Saturating.sqneg(y, s, c.fp));
            default: // 0011, 0110, 0111: AES and SHA (ARMv8)
                return null;
        }
    }

    /** A = 01: comparisons with zero, VABS, VNEG; {@code op} is B<4:1>, whose top bit is F. */
    private static A32Insn compareAbsNeg(int op, int size, int d, int m, boolean q) {
        final int s = size;
        if ((op & 0b1000) == 0) {
            if (size == 3) {
                return null;
            }
            switch (op) {
                case 0b000: // VCGT #0
                    return new Vector(d, m, q, (x, y, c) -> Lanes.cmgt(y, 0, s));
                case 0b001: // VCGE #0
                    return new Vector(d, m, q, (x, y, c) -> Lanes.cmge(y, 0, s));
                case 0b010: // VCEQ #0
                    return new Vector(d, m, q, (x, y, c) -> Lanes.cmeq(y, 0, s));
                case 0b011: // VCLE #0
                    return new Vector(d, m, q, (x, y, c) -> Lanes.cmge(0, y, s));
                case 0b100: // VCLT #0
                    return new Vector(d, m, q, (x, y, c) -> Lanes.cmgt(0, y, s));
                case 0b110: // VABS
                    return new Vector(d, m, q, (x, y, c) -> Lanes.abs(y, s));
                case 0b111: // VNEG
                    return new Vector(d, m, q, (x, y, c) -> Lanes.neg(y, s));
                default:
                    return null;
            }
        }
        if (size != 2) {
            return null; // half precision arithmetic is ARMv8.2
        }
        switch (op & 7) {
            case 0b000: // VCGT.F32 #0
                return wordVector(d, m, q, (x, c) -> FP32.fpCompareGT(x, 0, c.fpStandard) ? -1 : 0);
            case 0b001: // VCGE.F32 #0
                return wordVector(d, m, q, (x, c) -> FP32.fpCompareGE(x, 0, c.fpStandard) ? -1 : 0);
            case 0b010: // VCEQ.F32 #0
                return wordVector(d, m, q, (x, c) -> FP32.fpCompareEQ(x, 0, c.fpStandard) ? -1 : 0);
            case 0b011: // VCLE.F32 #0
                return wordVector(d, m, q, (x, c) -> FP32.fpCompareGE(0, x, c.fpStandard) ? -1 : 0);
            case 0b100: // VCLT.F32 #0
                return wordVector(d, m, q, (x, c) -> FP32.fpCompareGT(0, x, c.fpStandard) ? -1 : 0);
            case 0b110: // VABS.F32
                return new Vector(d, m, q, (x, y, c) -> y & 0x7fffffff7fffffffL);
            case 0b111: // VNEG.F32
                return new Vector(d, m, q, (x, y, c) -> y ^ 0x8000000080000000L);
            default:
                return null;
        }
    }

    /** A = 10: VSWP, VTRN, VUZP, VZIP, VMOVN and its saturating forms, VSHLL, VCVT half; B is all five bits. */
    private static A32Insn group2(int b, int size, int d, int m, boolean q) {
        boolean oddQ = q && ((d | m) & 1) != 0;
        final int s = size;
        switch (b >>> 1) {
            case 0b0000: // VSWP
                return size != 0 || oddQ ? null : new Swap(d, m, q);
            case 0b0001: // VTRN
                return size == 3 || oddQ ? null : new Transpose(d, m, q, s);
            case 0b0010: // VUZP
                return size == 3 || oddQ || (!q && size == 2) ? null : new Unzip(d, m, q, s);
            case 0b0011: // VZIP
                return size == 3 || oddQ || (!q && size == 2) ? null : new Zip(d, m, q, s);
            case 0b0100: // VMOVN (B = 01000), VQMOVUN (01001)
                if (size == 3 || (m & 1) != 0) {
                    return null;
                }
                if (b == 0b01000) {
                    return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, 0, false, false, false, false, c.fp));
                }
                return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, 0, false, false, true, true, c.fp));
            case 0b0101: { // VQMOVN.S (01010), VQMOVN.U (01011)
                if (size == 3 || (m & 1) != 0) {
                    return null;
                }
                boolean u = (b & 1) != 0;
                return new Narrow(d, m, (x, y, c) -> Saturating.narrow(y, s, 0, false, u, true, u, c.fp));
            }
            case 0b0110: // VSHLL (maximum shift), B = 01100
                if (b != 0b01100 || size == 3 || (d & 1) != 0) {
                    return null;
                }
                return new Widen(d, m, (x, y, c) -> Lanes.shl(Lanes.widen(y, s, false), 8 << s, s + 1));
            case 0b1100: // VCVT.F16.F32, B = 11000
                if (b != 0b11000 || size != 1 || (m & 1) != 0) {
                    return null;
                }
                return new Narrow(d, m, (x, y, c) -> FPConvert.singleToHalf((int) y, c.fpStandard) & 0xffff
                        | (FPConvert.singleToHalf((int) (y >>> 32), c.fpStandard) & 0xffffL) << 16);
            case 0b1110: // VCVT.F32.F16, B = 11100
                if (b != 0b11100 || size != 1 || (d & 1) != 0) {
                    return null;
                }
                return new Widen(d, m, (x, y, c) -> FPConvert.halfToSingle((int) y & 0xffff, c.fpStandard) & 0xffffffffL
                        | (long) FPConvert.halfToSingle((int) (y >>> 16) & 0xffff, c.fpStandard) << 32);
            default:
                return null;
        }
    }

    /** A = 11: VRECPE, VRSQRTE, VCVT between single precision and integer; {@code op} is B<4:1>. */
    private static A32Insn group3(int op, int size, int d, int m, boolean q) {
        if (size != 2) {
            return null;
        }
        switch (op) {
            case 0b1000: // VRECPE.U32
                return new Vector(d, m, q, (x, y, c) -> Estimates.urecpe(y));
            case 0b1001: // VRSQRTE.U32
                return new Vector(d, m, q, (x, y, c) -> Estimates.ursqrte(y));
            case 0b1010: // VRECPE.F32
                return wordVector(d, m, q, (x, c) -> FP32.fpRecipEstimate(x, c.fpStandard));
            case 0b1011: // VRSQRTE.F32
                return wordVector(d, m, q, (x, c) -> FP32.fpRSqrtEstimate(x, c.fpStandard));
            case 0b1100: // VCVT.F32.S32
                return wordVector(d, m, q, (x, c) -> FP32.fixedToFP(x, 0, false, FPState.RN, c.fpStandard));
            case 0b1101: // VCVT.F32.U32
                return wordVector(d, m, q, (x, c) -> FP32.fixedToFP(x & 0xffffffffL, 0, true, FPState.RN, c.fpStandard));
            case 0b1110: // VCVT.S32.F32
                return wordVector(d, m, q, (x, c) -> (int) FP32.fpToFixed(x, 0, false, FPState.RZ, false, c.fpStandard));
            case 0b1111: // VCVT.U32.F32
                return wordVector(d, m, q, (x, c) -> (int) FP32.fpToFixed(x, 0, true, FPState.RZ, false, c.fpStandard));
            default:
                return null;
        }
    }

    /** VSWP. */
    static final class Swap extends A32Insn {
        private final int d, m, n;

        Swap(int d, int m, boolean q) {
            this.d = d;
            this.m = m;
            this.n = q ? 2 : 1;
        }

        @Override
        public void exec(A32Cpu c) {
            for (int i = 0; i < n; i++) {
                long x = c.d[d + i];
                c.d[d + i] = c.d[m + i];
                c.d[m + i] = x;
            }
        }
    }

    /**
     * VTRN: lane 2i+1 of Dd exchanged with lane 2i of Dm, in each D register (or half of Q). With
     * Dd = Dm (UNPREDICTABLE) the result is qemu's: Dm is written before Dd, a word at a time for
     * 32-bit lanes.
     */
    static final class Transpose extends A32Insn {
        private final int d, m, n, size;

        Transpose(int d, int m, boolean q, int size) {
            this.d = d;
            this.m = m;
            this.n = q ? 2 : 1;
            this.size = size;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            for (int i = 0; i < n; i++) {
                if (size == 2) {
                    long y = r[m + i];
                    long hi = r[d + i] >>> 32;
                    r[m + i] = (y & ~0xffffffffL) | hi;
                    r[d + i] = (r[d + i] & 0xffffffffL) | y << 32;
                } else {
                    long x = r[d + i], y = r[m + i];
                    r[m + i] = Shuffle.trn(x, y, true, size);
                    r[d + i] = Shuffle.trn(x, y, false, size);
                }
            }
        }
    }

    /** VUZP: Dd (Qd) gets the even lanes of the pair Dm:Dd (Qm:Qd), Dm (Qm) the odd ones; Dm first, as qemu. */
    static final class Unzip extends A32Insn {
        private final int d, m, size;
        private final boolean q;

        Unzip(int d, int m, boolean q, int size) {
            this.d = d;
            this.m = m;
            this.q = q;
            this.size = size;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            if (q) {
                long d0 = r[d], d1 = r[d + 1], m0 = r[m], m1 = r[m + 1];
                r[m] = Shuffle.uzp(d0, d1, true, size);
                r[m + 1] = Shuffle.uzp(m0, m1, true, size);
                r[d] = Shuffle.uzp(d0, d1, false, size);
                r[d + 1] = Shuffle.uzp(m0, m1, false, size);
            } else {
                long x = r[d], y = r[m];
                r[m] = Shuffle.uzp(x, y, true, size);
                r[d] = Shuffle.uzp(x, y, false, size);
            }
        }
    }

    /** VZIP: the lanes of Dd and Dm (Qd and Qm) interleaved, low half to Dd (Qd), high half to Dm (Qm); Dm first, as qemu. */
    static final class Zip extends A32Insn {
        private final int d, m, size;
        private final boolean q;

        Zip(int d, int m, boolean q, int size) {
            this.d = d;
            this.m = m;
            this.q = q;
            this.size = size;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            if (q) {
                long d0 = r[d], d1 = r[d + 1], m0 = r[m], m1 = r[m + 1];
                r[m] = Shuffle.zip(d1, m1, size);
                r[m + 1] = Shuffle.zip(d1 >>> 32, m1 >>> 32, size);
                r[d] = Shuffle.zip(d0, m0, size);
                r[d + 1] = Shuffle.zip(d0 >>> 32, m0 >>> 32, size);
            } else {
                long x = r[d], y = r[m];
                r[m] = Shuffle.zip(x >>> 32, y >>> 32, size);
                r[d] = Shuffle.zip(x, y, size);
            }
        }
    }
}
