package jemu.core.a64.simd;

import jemu.core.arm.fp.FPState;

/**
 * Saturating integer arithmetic, lane by lane over one 64-bit half. A lane that saturates sets
 * FPSR.QC in {@code fp}, the only state these methods touch. Lanes narrower than 64 bits are
 * computed exactly in a long; the 64-bit lane has its own overflow tests.
 */
public final class Saturating {
    private Saturating() {}

    static final long MIN64 = Long.MIN_VALUE, MAX64 = Long.MAX_VALUE;

    /** SignedSatQ(i, e) for e < 64. */
    static long ssat(long i, int e, FPState fp) {
        long max = (1L << (e - 1)) - 1;
        if (i > max) {
            fp.fpsr |= FPState.QC;
            return max;
        }
        if (i < ~max) {
            fp.fpsr |= FPState.QC;
            return ~max;
        }
        return i;
    }

    /** UnsignedSatQ(i, e) for e < 64. */
    static long usat(long i, int e, FPState fp) {
        long max = (1L << e) - 1;
        if (i > max) {
            fp.fpsr |= FPState.QC;
            return max;
        }
        if (i < 0) {
            fp.fpsr |= FPState.QC;
            return 0;
        }
        return i;
    }

    static long sat(long i, int e, boolean unsigned, FPState fp) {
        return unsigned ? usat(i, e, fp) : ssat(i, e, fp);
    }

    private static long saturated(long value, FPState fp) {
        fp.fpsr |= FPState.QC;
        return value;
    }

    /** The lane of {@code e < 64} bits at bit {@code sh} of x, as a signed or unsigned integer. */
    private static long lane(long x, int sh, int e, boolean unsigned) {
        return unsigned ? (x >>> sh) & ((1L << e) - 1) : Lanes.sext(x >>> sh, e);
    }

    /** SQADD. */
    public static long sqadd(long a, long b, int size, FPState fp) {
        if (size == 3) {
            long r = a + b;
            return ((a ^ r) & (b ^ r)) < 0 ? saturated(a < 0 ? MIN64 : MAX64, fp) : r;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= (ssat(Lanes.sext(a >>> sh, e) + Lanes.sext(b >>> sh, e), e, fp) & m) << sh;
        }
        return r;
    }

    /** UQADD. */
    public static long uqadd(long a, long b, int size, FPState fp) {
        if (size == 3) {
            long r = a + b;
            return Long.compareUnsigned(r, a) < 0 ? saturated(-1L, fp) : r;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= usat(((a >>> sh) & m) + ((b >>> sh) & m), e, fp) << sh;
        }
        return r;
    }

    /** SQSUB. */
    public static long sqsub(long a, long b, int size, FPState fp) {
        if (size == 3) {
            long r = a - b;
            return ((a ^ b) & (a ^ r)) < 0 ? saturated(a < 0 ? MIN64 : MAX64, fp) : r;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= (ssat(Lanes.sext(a >>> sh, e) - Lanes.sext(b >>> sh, e), e, fp) & m) << sh;
        }
        return r;
    }

    /** UQSUB. */
    public static long uqsub(long a, long b, int size, FPState fp) {
        if (size == 3) {
            return Long.compareUnsigned(a, b) < 0 ? saturated(0, fp) : a - b;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= usat(((a >>> sh) & m) - ((b >>> sh) & m), e, fp) << sh;
        }
        return r;
    }

    /** SUQADD: the signed accumulator plus the unsigned operand, saturated as signed. */
    public static long suqadd(long acc, long x, int size, FPState fp) {
        if (size == 3) {
            if (x < 0 && acc >= 0) {
                return saturated(MAX64, fp);
            }
            long r = acc + x;
            // x >= 0: only a positive overflow; x >= 2^63 with acc < 0: the true sum is r + 2^64 >= 0.
            return (x >= 0 ? acc >= 0 && r < 0 : r < 0) ? saturated(MAX64, fp) : r;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= (ssat(Lanes.sext(acc >>> sh, e) + ((x >>> sh) & m), e, fp) & m) << sh;
        }
        return r;
    }

    /** USQADD: the unsigned accumulator plus the signed operand, saturated as unsigned. */
    public static long usqadd(long acc, long x, int size, FPState fp) {
        if (size == 3) {
            long r = acc + x;
            if (x >= 0) {
                return Long.compareUnsigned(r, acc) < 0 ? saturated(-1L, fp) : r;
            }
            return Long.compareUnsigned(acc, -x) < 0 ? saturated(0, fp) : r;
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= usat(((acc >>> sh) & m) + Lanes.sext(x >>> sh, e), e, fp) << sh;
        }
        return r;
    }

    /** SQABS. */
    public static long sqabs(long a, int size, FPState fp) {
        long min = Lanes.MSB[size];
        long r = Lanes.abs(a, size);
        long overflow = Lanes.cmeq(a, min, size);
        if (overflow != 0) {
            fp.fpsr |= FPState.QC;
            r ^= overflow; // the most negative value (top bit only) becomes the most positive
        }
        return r;
    }

    /** SQNEG. */
    public static long sqneg(long a, int size, FPState fp) {
        long min = Lanes.MSB[size];
        long r = Lanes.neg(a, size);
        long overflow = Lanes.cmeq(a, min, size);
        if (overflow != 0) {
            fp.fpsr |= FPState.QC;
            r ^= overflow;
        }
        return r;
    }

    /**
     * The shift of one element by a signed amount (the low byte of the other operand's element),
     * as SSHL/USHL/SRSHL/URSHL compute it: {@code (x + round_const) << shift} in unbounded
     * precision, where x is the element sign- or zero-extended to 64 bits and a negative shift
     * shifts right. The caller keeps the low esize bits.
     */
    static long shiftElement(long x, int shift, boolean unsigned, boolean round) {
        if (shift >= 0) {
            return shift >= 64 ? 0 : x << shift;
        }
        int s = -shift;
        long q = unsigned ? (s >= 64 ? 0 : x >>> s) : x >> Math.min(s, 63);
        if (!round) {
            return q;
        }
        // (x + 2^(s-1)) >> s == (x >> s) + bit s-1 of x, without overflow.
        long bit = unsigned ? (s > 64 ? 0 : (x >>> (s - 1)) & 1) : (x >> Math.min(s - 1, 63)) & 1;
        return q + bit;
    }

    /**
     * The saturating shift of one element (x sign- or zero-extended as {@code unsignedIn} says) by a
     * signed amount, saturated to esize bits as {@code unsignedOut} says: SQSHL, UQSHL, SQRSHL,
     * UQRSHL and SQSHLU. A right shift of same-signed values never leaves the range.
     */
    static long shiftElementSat(long x, int shift, boolean unsignedIn, boolean round, boolean unsignedOut, int e,
            FPState fp) {
        if (shift < 0) {
            return shiftElement(x, shift, unsignedIn, round);
        }
        if (x == 0) {
            return 0;
        }
        if (unsignedOut && !unsignedIn && x < 0) {
            return saturated(0, fp);
        }
        if (e < 64) {
            if (shift >= e) {
                return saturated(unsignedOut ? (1L << e) - 1 : x < 0 ? -(1L << (e - 1)) : (1L << (e - 1)) - 1, fp);
            }
            return sat(x << shift, e, unsignedOut, fp); // |x| < 2^32 and shift < 32: exact
        }
        long limit = unsignedOut ? -1L : x < 0 ? MIN64 : MAX64;
        if (shift >= 64) {
            return saturated(limit, fp);
        }
        long r = x << shift;
        boolean fits = unsignedOut ? (r >>> shift) == x : (r >> shift) == x;
        return fits ? r : saturated(limit, fp);
    }

    /** SSHL, USHL, SRSHL, URSHL: each lane of a shifted by SInt of the low byte of b's lane. */
    public static long shl(long a, long b, int size, boolean unsigned, boolean round) {
        if (size == 3) {
            return shiftElement(a, (byte) b, unsigned, round);
        }
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= (shiftElement(lane(a, sh, e, unsigned), (byte) (b >>> sh), unsigned, round) & m) << sh;
        }
        return r;
    }

    /** SQSHL, UQSHL, SQRSHL, UQRSHL (register). */
    public static long qshl(long a, long b, int size, boolean unsigned, boolean round, FPState fp) {
        int e = 8 << size;
        if (size == 3) {
            return shiftElementSat(a, (byte) b, unsigned, round, unsigned, e, fp);
        }
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            long x = lane(a, sh, e, unsigned);
            r |= (shiftElementSat(x, (byte) (b >>> sh), unsigned, round, unsigned, e, fp) & m) << sh;
        }
        return r;
    }

    /** SQSHL, UQSHL, SQSHLU (immediate), 0 <= shift < esize. */
    public static long qshlImmediate(long a, int shift, int size, boolean unsignedIn, boolean unsignedOut,
            FPState fp) {
        int e = 8 << size;
        if (size == 3) {
            return shiftElementSat(a, shift, unsignedIn, false, unsignedOut, e, fp);
        }
        long m = Lanes.LANE[size], r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            r |= (shiftElementSat(lane(a, sh, e, unsignedIn), shift, unsignedIn, false, unsignedOut, e, fp) & m) << sh;
        }
        return r;
    }

    /**
     * The narrowing of one 64-bit half of lanes of {@code 16 << size} bits to lanes of
     * {@code 8 << size} bits, packed into the low 32 bits: each lane shifted right by
     * {@code shift} (0 for XTN and its saturating forms), rounded if asked, then truncated or
     * saturated. SHRN, RSHRN, SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN, XTN, SQXTN,
     * UQXTN, SQXTUN.
     */
    public static long narrow(long x, int size, int shift, boolean round, boolean unsignedIn, boolean saturate,
            boolean unsignedOut, FPState fp) {
        int e = 8 << size, w = 2 * e;
        long r = 0;
        for (int i = 0, sh = 0; sh < 64; i++, sh += w) {
            long v = w == 64 ? x : unsignedIn ? (x >>> sh) & Lanes.LANE[size + 1] : Lanes.sext(x >>> sh, w);
            if (shift > 0) {
                v = shiftElement(v, -shift, unsignedIn, round);
            }
            if (saturate) {
                v = narrowSat(v, e, unsignedIn, unsignedOut, fp);
            }
            r |= (v & Lanes.LANE[size]) << (i * e);
        }
        return r;
    }

    /** SatQ of a value that may be a full unsigned 64-bit one (unsignedIn), to e <= 32 bits. */
    private static long narrowSat(long v, int e, boolean unsignedIn, boolean unsignedOut, FPState fp) {
        if (unsignedIn && v < 0) { // above 2^63: beyond every e <= 32
            return saturated(unsignedOut ? (1L << e) - 1 : (1L << (e - 1)) - 1, fp);
        }
        return sat(v, e, unsignedOut, fp);
    }
}
