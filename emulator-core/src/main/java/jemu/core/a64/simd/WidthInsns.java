package jemu.core.a64.simd;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * The shapes that change the lane size: widening (three different long and wide, shift left
 * long), and narrowing (the high-narrow arithmetic, XTN and the narrowing shifts). A "2" form
 * reads (widening) or writes (narrowing) the upper half of the 128-bit register.
 */
final class WidthInsns {
    private WidthInsns() {}

    /**
     * Vd = op(widen(Vn part) or Vn, widen(Vm part)) on lanes of {@code 8 << wide} bits: SADDL,
     * SADDW, SABAL, SMULL, SQDMLAL, PMULL and the rest of three different. Each narrow element is
     * sign- or zero-extended into its wide lane first; on such values the wide lane-wise operation
     * is exact (a product of two e-bit values fits in 2e bits), so it is the architectural one.
     */
    static final class Widening extends A64Insn {
        private final int op, wide, d, n, m, part;
        private final boolean signed, nWide;

        Widening(int op, int wide, boolean signed, boolean nWide, boolean upper, int rd, int rn, int rm) {
            this.op = op;
            this.wide = wide;
            this.signed = signed;
            this.nWide = nWide;
            this.part = upper ? 1 : 0;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int size = wide - 1;
            long a0, a1;
            if (nWide) {
                a0 = v[n];
                a1 = v[n + 1];
            } else {
                long src = v[n + part];
                a0 = Lanes.widen(src, size, signed);
                a1 = Lanes.widen(src >>> 32, size, signed);
            }
            long src = v[m + part];
            long lo = Ops.binary(op, wide, a0, Lanes.widen(src, size, signed), v[d], c.fp);
            long hi = Ops.binary(op, wide, a1, Lanes.widen(src >>> 32, size, signed), v[d + 1], c.fp);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** The long operations by element: SMULL, SMLAL, SQDMULL... (by element). */
    static final class LongByElement extends A64Insn {
        private final int op, wide, d, n, part, elemWord, elemShift;
        private final boolean signed;

        LongByElement(int op, int wide, boolean signed, boolean upper, int rd, int rn, int rm, int index) {
            this.op = op;
            this.wide = wide;
            this.signed = signed;
            this.part = upper ? 1 : 0;
            this.d = 2 * rd;
            this.n = 2 * rn;
            int bit = index << (wide + 2);
            this.elemWord = 2 * rm + (bit >>> 6);
            this.elemShift = bit & 63;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int size = wide - 1;
            long elem = Lanes.widen(v[elemWord] >>> elemShift, size, signed);
            long b = Lanes.replicate(elem, wide);
            long src = v[n + part];
            long lo = Ops.binary(op, wide, Lanes.widen(src, size, signed), b, v[d], c.fp);
            long hi = Ops.binary(op, wide, Lanes.widen(src >>> 32, size, signed), b, v[d + 1], c.fp);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /**
     * SQDMULL, SQDMLAL, SQDMLSL (scalar, and scalar by element): lane 0 sign-extended to twice
     * its size. {@code elemWord}/{@code elemShift} locate the second operand.
     */
    static final class ScalarLong extends A64Insn {
        private final int op, wide, d, n, elemWord, elemShift;

        ScalarLong(int op, int wide, int rd, int rn, int rm, int index) {
            this.op = op;
            this.wide = wide;
            this.d = 2 * rd;
            this.n = 2 * rn;
            int bit = index << (wide + 2);
            this.elemWord = 2 * rm + (bit >>> 6);
            this.elemShift = bit & 63;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int e = 4 << wide;
            long mask = Lanes.LANE[wide];
            long a = Lanes.sext(v[n], e) & mask;
            long b = Lanes.sext(v[elemWord] >>> elemShift, e) & mask;
            v[d] = Ops.binary(op, wide, a, b, v[d] & mask, c.fp) & mask;
            v[d + 1] = 0;
        }
    }

    /** SSHLL, USHLL, SHLL: each lane of the source half widened, then shifted left. */
    static final class ShiftLeftLong extends A64Insn {
        private final int size, shift, d, n;
        private final boolean signed;

        ShiftLeftLong(int size, int shift, boolean signed, boolean upper, int rd, int rn) {
            this.size = size;
            this.shift = shift;
            this.signed = signed;
            this.d = 2 * rd;
            this.n = 2 * rn + (upper ? 1 : 0);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long src = v[n];
            v[d] = Lanes.shl(Lanes.widen(src, size, signed), shift, size + 1);
            v[d + 1] = Lanes.shl(Lanes.widen(src >>> 32, size, signed), shift, size + 1);
        }
    }

    /**
     * ADDHN, SUBHN, RADDHN, RSUBHN: the high halves of the wide sums or differences, into the
     * lower half of Vd (upper cleared) or, for the "2" forms, its upper half (lower kept).
     */
    static final class HighNarrow extends A64Insn {
        private final int size, d, n, m;
        private final boolean subtract, upper;
        private final long roundConst;

        HighNarrow(int size, boolean subtract, boolean round, boolean upper, int rd, int rn, int rm) {
            this.size = size;
            this.subtract = subtract;
            this.upper = upper;
            this.roundConst = round ? Lanes.replicate(1L << ((8 << size) - 1), size + 1) : 0;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        private long half(long a, long b) {
            int wide = size + 1;
            long t = subtract ? Lanes.sub(a, b, wide) : Lanes.add(a, b, wide);
            return Lanes.pack(Lanes.add(t, roundConst, wide) >>> (8 << size), size);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r = half(v[n], v[m]) | half(v[n + 1], v[m + 1]) << 32;
            if (upper) {
                v[d + 1] = r;
            } else {
                v[d] = r;
                v[d + 1] = 0;
            }
        }
    }

    /**
     * The narrowing of the 128-bit Vn to 64 bits, by {@link Saturating#narrow}: XTN, SQXTN, UQXTN,
     * SQXTUN and the narrowing shifts, vector forms.
     */
    static final class Narrow extends A64Insn {
        private final int size, shift, d, n;
        private final boolean round, unsignedIn, saturate, unsignedOut, upper;

        Narrow(int size, int shift, boolean round, boolean unsignedIn, boolean saturate, boolean unsignedOut,
                boolean upper, int rd, int rn) {
            this.size = size;
            this.shift = shift;
            this.round = round;
            this.unsignedIn = unsignedIn;
            this.saturate = saturate;
            this.unsignedOut = unsignedOut;
            this.upper = upper;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Saturating.narrow(v[n], size, shift, round, unsignedIn, saturate, unsignedOut, c.fp);
            long hi = Saturating.narrow(v[n + 1], size, shift, round, unsignedIn, saturate, unsignedOut, c.fp);
            long r = lo | hi << 32;
            if (upper) {
                v[d + 1] = r;
            } else {
                v[d] = r;
                v[d + 1] = 0;
            }
        }
    }

    /** The scalar narrowing forms: SQXTN, UQXTN, SQXTUN and the saturating narrowing shifts. */
    static final class ScalarNarrow extends A64Insn {
        private final int size, shift, d, n;
        private final boolean round, unsignedIn, unsignedOut;

        ScalarNarrow(int size, int shift, boolean round, boolean unsignedIn, boolean unsignedOut, int rd, int rn) {
            this.size = size;
            this.shift = shift;
            this.round = round;
            this.unsignedIn = unsignedIn;
            this.unsignedOut = unsignedOut;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long x = v[n] & Lanes.LANE[size + 1];
            v[d] = Saturating.narrow(x, size, shift, round, unsignedIn, true, unsignedOut, c.fp) & Lanes.LANE[size];
            v[d + 1] = 0;
        }
    }

    /** XTN, XTN2: the low half of every lane. */
    static final class Xtn extends A64Insn {
        private final int size, d, n;
        private final boolean upper;

        Xtn(int size, boolean upper, int rd, int rn) {
            this.size = size;
            this.upper = upper;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r = Lanes.pack(v[n], size) | Lanes.pack(v[n + 1], size) << 32;
            if (upper) {
                v[d + 1] = r;
            } else {
                v[d] = r;
                v[d + 1] = 0;
            }
        }
    }

    /** SHRN, SHRN2: bits shift to shift + esize - 1 of every wide lane. */
    static final class Shrn extends A64Insn {
        private final int size, shift, d, n;
        private final boolean upper;

        Shrn(int size, int shift, boolean upper, int rd, int rn) {
            this.size = size;
            this.shift = shift;
            this.upper = upper;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r = Lanes.pack(v[n] >>> shift, size) | Lanes.pack(v[n + 1] >>> shift, size) << 32;
            if (upper) {
                v[d + 1] = r;
            } else {
                v[d] = r;
                v[d + 1] = 0;
            }
        }
    }
}
