package jemu.core.arm.fp;

import static jemu.core.arm.fp.FPState.DN;
import static jemu.core.arm.fp.FPState.DZC;
import static jemu.core.arm.fp.FPState.FZ;
import static jemu.core.arm.fp.FPState.IDC;
import static jemu.core.arm.fp.FPState.IOC;
import static jemu.core.arm.fp.FPState.IXC;
import static jemu.core.arm.fp.FPState.OFC;
import static jemu.core.arm.fp.FPState.RA;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.RP;
import static jemu.core.arm.fp.FPState.RZ;
import static jemu.core.arm.fp.FPState.UFC;

import java.math.BigInteger;

/**
 * Double-precision operations of the Arm ARM's shared FP pseudocode, over raw bit patterns.
 * Each reads FPCR (rounding mode, FZ, DN) from the {@link FPState} and ORs the exceptions it
 * raises into its FPSR.
 *
 * <p>The common case runs on Java's doubles (IEEE round to nearest even): the exact error of
 * the rounded result (TwoSum, an FMA-computed product or remainder error) gives IXC and, when
 * the mode is not round to nearest, the direction in which {@link FPRound} re-rounds. Results
 * that may be tiny or overflow, or operands where the error would not be exact, take an
 * integer path that hands {@link FPRound} the exact value. NaNs never go through Java
 * arithmetic: their payloads are handled as bits.
 */
public final class FP64 {
    private FP64() {}

    public static final long SIGN = 0x8000000000000000L, EXP = 0x7ff0000000000000L, FRAC = 0x000fffffffffffffL;
    public static final long QUIET = 1L << 51, INF = EXP, MAX_NORMAL = 0x7fefffffffffffffL;
    public static final long ONE = 0x3ff0000000000000L, TWO = 0x4000000000000000L;
    private static final long THREE = 0x4008000000000000L, ONE_POINT_FIVE = 0x3ff8000000000000L;

    /** FPDefaultNaN(): positive, quiet, zero payload. */
    public static final long DEFAULT_NAN = 0x7ff8000000000000L;

    public static boolean isNaN(long x) {
        return (x & ~SIGN) > EXP;
    }

    public static boolean isSNaN(long x) {
        return isNaN(x) && (x & QUIET) == 0;
    }

    static boolean isInf(long x) {
        return (x & ~SIGN) == EXP;
    }

    static boolean isZero(long x) {
        return (x & ~SIGN) == 0;
    }

    private static double d(long x) {
        return Double.longBitsToDouble(x);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    private static int rmode(int fpcr) {
        return (fpcr >>> FPState.RMODE_SHIFT) & 3;
    }

    /** The flush-to-zero part of FPUnpack(): a denormal input becomes a signed zero (IDC) under FZ. */
    public static long flush(long x, FPState st) {
        if ((x & EXP) == 0 && (x & FRAC) != 0 && (st.fpcr & FZ) != 0) {
            st.fpsr |= IDC;
            return x & SIGN;
        }
        return x;
    }

    /** FPProcessNaN(): quiets a signalling NaN (IOC); FPCR.DN selects the default NaN. */
    public static long processNaN(long x, FPState st) {
        if ((x & QUIET) == 0) {
            st.fpsr |= IOC;
            x |= QUIET;
        }
        return (st.fpcr & DN) != 0 ? DEFAULT_NAN : x;
    }

    /** FPProcessNaNs(), for when at least one operand is a NaN. */
    public static long processNaNs(long a, long b, FPState st) {
        if (isSNaN(a)) {
            return processNaN(a, st);
        }
        if (isSNaN(b)) {
            return processNaN(b, st);
        }
        return processNaN(isNaN(a) ? a : b, st);
    }

    /** FPProcessNaNs3(), for when at least one operand is a NaN. */
    public static long processNaNs3(long a, long b, long c, FPState st) {
        if (isSNaN(a)) {
            return processNaN(a, st);
        }
        if (isSNaN(b)) {
            return processNaN(b, st);
        }
        if (isSNaN(c)) {
            return processNaN(c, st);
        }
        return processNaN(isNaN(a) ? a : isNaN(b) ? b : c, st);
    }

    private static long invalid(FPState st) {
        st.fpsr |= IOC;
        return DEFAULT_NAN;
    }

    /** FPAbs(). */
    public static long fpAbs(long x) {
        return x & ~SIGN;
    }

    /** FPNeg(). */
    public static long fpNeg(long x) {
        return x ^ SIGN;
    }

    /** Finishes a rounded result {@code r} (finite, normal, not near the limits) whose exact error is {@code err}. */
    private static long finish(double r, double err, int fpcr, FPState st) {
        if (err == 0) {
            return bits(r);
        }
        int rmode = rmode(fpcr);
        if (rmode == RN) {
            st.fpsr |= IXC;
            return bits(r);
        }
        return FPRound.roundDouble(r, err, FPRound.F64, rmode, fpcr, st);
    }

    /** A normal double whose exponent keeps error terms of products and quotients exact. */
    private static boolean comfortable(long x) {
        int e = (int) (x >>> 52) & 0x7ff;
        return e >= 0x240 && e < 0x5c0;
    }

    // ---- unpacking to integer significand and exponent (value = mant * 2^exp) ----

    private static long mant(long x) {
        long f = x & FRAC;
        return (x & EXP) == 0 ? f : f | 1L << 52;
    }

    private static int exp(long x) {
        int e = (int) (x >>> 52) & 0x7ff;
        return (e == 0 ? 1 : e) - 1075;
    }

    // ---- arithmetic ----

    /** FPAdd(). */
    public static long fpAdd(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        double x = d(a), y = d(b);
        double r = x + y;
        long rb = bits(r);
        int re = (int) (rb >>> 52) & 0x7ff;
        if (re >= 2 && re < 0x7ff) {
            double t = r - x;
            return finish(r, (x - (r - t)) + (y - t), st.fpcr, st);
        }
        return addSlow(a, b, r, st);
    }

    /** FPSub(). */
    public static long fpSub(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        return fpAdd(a, b ^ SIGN, st);
    }

    private static long addSlow(long a, long b, double r, FPState st) {
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        int fpcr = st.fpcr;
        if (isInf(a) || isInf(b)) {
            if (isInf(a) && isInf(b) && (a ^ b) < 0) {
                return invalid(st);
            }
            return isInf(a) ? a : b;
        }
        if (r == 0) {
            if (isZero(a) && isZero(b) && ((a ^ b) >= 0)) {
                return a;
            }
            return rmode(fpcr) == RM ? SIGN : 0;
        }
        double x = d(a), y = d(b);
        if (Double.isInfinite(r)) {
            // Overflowed in round to nearest: halve both (the smaller may be tiny; only its sign counts then).
            double xs = x * 0.5, ys = y * 0.5;
            if (ys == 0) {
                ys = Math.copySign(Double.MIN_VALUE, y);
            }
            if (xs == 0) {
                xs = Math.copySign(Double.MIN_VALUE, x);
            }
            double rs = xs + ys;
            double t = rs - xs;
            return FPRound.roundDouble(rs, (xs - (rs - t)) + (ys - t), 1, FPRound.F64, rmode(fpcr), fpcr, st);
        }
        // Tiny results: the sum of two doubles is exact in the subnormal range, so TwoSum stays exact.
        double t = r - x;
        return FPRound.roundDouble(r, (x - (r - t)) + (y - t), FPRound.F64, rmode(fpcr), fpcr, st);
    }

    /** FPMul(). */
    public static long fpMul(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (comfortable(a) && comfortable(b)) {
            double x = d(a), y = d(b);
            double r = x * y;
            return finish(r, Math.fma(x, y, -r), st.fpcr, st);
        }
        return mulSlow(a, b, st);
    }

    private static long mulSlow(long a, long b, FPState st) {
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        long sign = (a ^ b) & SIGN;
        if (isInf(a) || isInf(b)) {
            if (isZero(a) || isZero(b)) {
                return invalid(st);
            }
            return sign | INF;
        }
        if (isZero(a) || isZero(b)) {
            return sign;
        }
        return mulExact(sign != 0, a, b, st);
    }

    /** Rounds the exact product of two finite nonzero operands. */
    private static long mulExact(boolean neg, long a, long b, FPState st) {
        long ma = mant(a), mb = mant(b);
        long hi = Math.multiplyHigh(ma, mb), lo = ma * mb;
        int e = exp(a) + exp(b);
        long m;
        if (hi == 0 && lo >= 0 && lo < 1L << 62) {
            m = lo;
        } else {
            int len = hi != 0 ? 128 - Long.numberOfLeadingZeros(hi) : 64 - Long.numberOfLeadingZeros(lo);
            int s = len - 62;
            m = shiftRightJam128(hi, lo, s);
            e += s;
        }
        return FPRound.round(neg, m, e, FPRound.F64, rmode(st.fpcr), st.fpcr, st);
    }

    static long shiftRightJam128(long hi, long lo, int s) {
        if (s <= 0) {
            return lo << -s;
        }
        if (s >= 64) {
            long sticky = (lo != 0 || (s > 64 && (hi << (128 - s)) != 0)) ? 1 : 0;
            return (s == 64 ? hi : hi >>> (s - 64)) | sticky;
        }
        long sticky = (lo << (64 - s)) != 0 ? 1 : 0;
        return (hi << (64 - s)) | (lo >>> s) | sticky;
    }

    /** FPDiv(). */
    public static long fpDiv(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (comfortable(a) && comfortable(b)) {
            double x = d(a), y = d(b);
            double q = x / y;
            double rem = Math.fma(-q, y, x);
            return finish(q, (rem < 0) != (y < 0) && rem != 0 ? -1 : rem == 0 ? 0 : 1, st.fpcr, st);
        }
        return divSlow(a, b, st);
    }

    private static long divSlow(long a, long b, FPState st) {
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        long sign = (a ^ b) & SIGN;
        boolean infA = isInf(a), infB = isInf(b), zeroA = isZero(a), zeroB = isZero(b);
        if ((infA && infB) || (zeroA && zeroB)) {
            return invalid(st);
        }
        if (infA || zeroB) {
            if (!infA) {
                st.fpsr |= DZC;
            }
            return sign | INF;
        }
        if (zeroA || infB) {
            return sign;
        }
        long ma = mant(a), mb = mant(b);
        int ea = exp(a), eb = exp(b);
        int na = Long.numberOfLeadingZeros(ma) - 11, nb = Long.numberOfLeadingZeros(mb) - 11;
        ma <<= na;
        ea -= na;
        mb <<= nb;
        eb -= nb;
        if (ma < mb) {
            ma <<= 1;
            ea--;
        }
        long q = 0, rem = ma;
        for (int i = 0; i < 62; i++) {
            q <<= 1;
            if (rem >= mb) {
                rem -= mb;
                q |= 1;
            }
            rem <<= 1;
        }
        return FPRound.round(sign != 0, q | (rem != 0 ? 1 : 0), ea - eb - 61, FPRound.F64, rmode(st.fpcr), st.fpcr, st);
    }

    /** FPSqrt(). */
    public static long fpSqrt(long a, FPState st) {
        a = flush(a, st);
        if (a > 0 && a < EXP) {
            int scale = 0;
            double x = d(a);
            if (a < 0x1000000000000000L) {
                x = Math.scalb(x, 256); // exact: lifts subnormals and tiny normals
                scale = -128;
            }
            double r = Math.sqrt(x);
            double err = -Math.fma(r, r, -x);
            if (scale == 0) {
                return finish(r, err, st.fpcr, st);
            }
            if (err == 0) {
                return bits(Math.scalb(r, scale));
            }
            return FPRound.roundDouble(r, err, scale, FPRound.F64, rmode(st.fpcr), st.fpcr, st);
        }
        if (isNaN(a)) {
            return processNaN(a, st);
        }
        if (isZero(a) || a == INF) {
            return a;
        }
        return invalid(st);
    }

    /** FPMulAdd(addend, op1, op2): addend + op1 * op2 with a single rounding. */
    public static long fpMulAdd(long addend, long op1, long op2, FPState st) {
        addend = flush(addend, st);
        op1 = flush(op1, st);
        op2 = flush(op2, st);
        int ea = (int) (op1 >>> 52) & 0x7ff, eb = (int) (op2 >>> 52) & 0x7ff, ec = (int) (addend >>> 52) & 0x7ff;
        if (ea >= 0x240 && ea < 0x5c0 && eb >= 0x240 && eb < 0x5c0 && ec >= 0x100 && ec < 0x700) {
            double x = d(op1), y = d(op2), c = d(addend);
            double r1 = Math.fma(x, y, c);
            int re = (int) (bits(r1) >>> 52) & 0x7ff;
            if (re >= 0x100 && re < 0x700) {
                // ErrFma (Boldo and Muller, 2011): x*y + c == r1 + r2 + r3 exactly.
                double u1 = x * y;
                double u2 = Math.fma(x, y, -u1);
                double a1 = c + u2;
                double t = a1 - c;
                double a2 = (c - (a1 - t)) + (u2 - t);
                double b1 = u1 + a1;
                t = b1 - u1;
                double b2 = (u1 - (b1 - t)) + (a1 - t);
                double g = (b1 - r1) + b2;
                double r2 = g + a2;
                double r3 = a2 - (r2 - g);
                return finish(r1, r2 != 0 ? r2 : r3, st.fpcr, st);
            }
        }
        return mulAddSlow(addend, op1, op2, st);
    }

    private static long mulAddSlow(long c, long a, long b, FPState st) {
        boolean infA = isInf(a), infB = isInf(b), zeroA = isZero(a), zeroB = isZero(b);
        if (isNaN(a) || isNaN(b) || isNaN(c)) {
            if (isNaN(c) && !isSNaN(c) && ((infA && zeroB) || (zeroA && infB))) {
                return invalid(st);
            }
            return processNaNs3(c, a, b, st);
        }
        boolean infC = isInf(c), zeroC = isZero(c);
        long signP = (a ^ b) & SIGN;
        boolean infP = infA || infB, zeroP = zeroA || zeroB;
        if ((infA && zeroB) || (zeroA && infB) || (infC && infP && (c & SIGN) != signP)) {
            return invalid(st);
        }
        if (infC) {
            return c;
        }
        if (infP) {
            return signP | INF;
        }
        int fpcr = st.fpcr;
        if (zeroP) {
            if (zeroC) {
                return (c & SIGN) == signP ? c : rmode(fpcr) == RM ? SIGN : 0;
            }
            return c;
        }
        if (zeroC) {
            return mulExact(signP != 0, a, b, st);
        }
        BigInteger p = BigInteger.valueOf(mant(a)).multiply(BigInteger.valueOf(mant(b)));
        if (signP != 0) {
            p = p.negate();
        }
        int pe = exp(a) + exp(b);
        BigInteger cm = BigInteger.valueOf(c < 0 ? -mant(c) : mant(c));
        int ce = exp(c);
        int e = Math.min(pe, ce);
        BigInteger sum = p.shiftLeft(pe - e).add(cm.shiftLeft(ce - e));
        if (sum.signum() == 0) {
            return rmode(fpcr) == RM ? SIGN : 0;
        }
        return roundBig(sum, e, FPRound.F64, fpcr, rmode(fpcr), st);
    }

    /** Rounds an exact signed integer times 2^e. */
    static long roundBig(BigInteger v, int e, int f, int fpcr, int rmode, FPState st) {
        boolean neg = v.signum() < 0;
        BigInteger m = v.abs();
        int len = m.bitLength();
        long mant;
        if (len <= 62) {
            mant = m.longValue();
        } else {
            int s = len - 62;
            mant = m.shiftRight(s).longValue() | (m.getLowestSetBit() < s ? 1 : 0);
            e += s;
        }
        return FPRound.round(neg, mant, e, f, rmode, fpcr, st);
    }

    // ---- minimum and maximum ----

    /** FPMax(). */
    public static long fpMax(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isZero(a) && isZero(b)) {
            return a & b;
        }
        return d(a) > d(b) ? a : b;
    }

    /** FPMin(). */
    public static long fpMin(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isZero(a) && isZero(b)) {
            return a | b;
        }
        return d(a) < d(b) ? a : b;
    }

    /** FPMaxNum(): a single quiet NaN loses to a number. */
    public static long fpMaxNum(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        boolean qa = isNaN(a) && !isSNaN(a), qb = isNaN(b) && !isSNaN(b);
        if (qa && !qb) {
            a = SIGN | INF;
        } else if (!qa && qb) {
            b = SIGN | INF;
        }
        return fpMax(a, b, st);
    }

    /** FPMinNum(): a single quiet NaN loses to a number. */
    public static long fpMinNum(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        boolean qa = isNaN(a) && !isSNaN(a), qb = isNaN(b) && !isSNaN(b);
        if (qa && !qb) {
            a = INF;
        } else if (!qa && qb) {
            b = INF;
        }
        return fpMin(a, b, st);
    }

    // ---- comparisons ----

    /** FPCompare(): the NZCV flags (bits 31..28) of comparing a with b; signalNaNs for FCMPE. */
    public static int fpCompare(long a, long b, boolean signalNaNs, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            if (signalNaNs || isSNaN(a) || isSNaN(b)) {
                st.fpsr |= IOC;
            }
            return 0x30000000;
        }
        double x = d(a), y = d(b);
        return x == y ? 0x60000000 : x < y ? 0x80000000 : 0x20000000;
    }

    /** FPCompareEQ(). */
    public static boolean fpCompareEQ(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            if (isSNaN(a) || isSNaN(b)) {
                st.fpsr |= IOC;
            }
            return false;
        }
        return d(a) == d(b);
    }

    /** FPCompareGE(). */
    public static boolean fpCompareGE(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            st.fpsr |= IOC;
            return false;
        }
        return d(a) >= d(b);
    }

    /** FPCompareGT(). */
    public static boolean fpCompareGT(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            st.fpsr |= IOC;
            return false;
        }
        return d(a) > d(b);
    }

    // ---- rounding to integral and conversions to and from integers ----

    /** FPRoundInt(op, rounding, exact): FRINT*; {@code exact} (FRINTX) raises IXC when the value changes. */
    public static long fpRoundInt(long a, int rounding, boolean exact, FPState st) {
        a = flush(a, st);
        if ((a & EXP) >= 0x4330000000000000L) { // |a| >= 2^52: integral already, or inf/NaN
            return isNaN(a) ? processNaN(a, st) : a;
        }
        if (isZero(a)) {
            return a;
        }
        double x = d(a);
        double fl = Math.floor(x);
        double err = x - fl;
        if (err == 0) {
            return a;
        }
        boolean up = switch (rounding) {
            case RN -> err > 0.5 || (err == 0.5 && Math.floor(fl * 0.5) * 2 != fl);
            case RP -> true;
            case RM -> false;
            case RZ -> fl < 0;
            default -> err > 0.5 || (err == 0.5 && fl >= 0); // RA
        };
        double r = up ? fl + 1 : fl;
        if (exact) {
            st.fpsr |= IXC;
        }
        return r == 0 ? a & SIGN : bits(r);
    }

    /** FPToFixed(op, fbits, unsigned, rounding) to a 32- or 64-bit integer (returned zero-extended). */
    public static long fpToFixed(long a, int fbits, boolean unsigned, int rounding, boolean to64, FPState st) {
        a = flush(a, st);
        if (isNaN(a)) {
            st.fpsr |= IOC;
            return 0;
        }
        boolean neg = a < 0;
        if (isZero(a)) {
            return 0;
        }
        if (isInf(a)) {
            return FixedPoint.saturate(neg, -1L, true, unsigned, to64, st);
        }
        return FixedPoint.toFixed(neg, mant(a), exp(a) + fbits, unsigned, rounding, to64, st);
    }

    /** FixedToFP(op, fbits, unsigned, rounding) from a 64-bit (or extended 32-bit) integer. */
    public static long fixedToFP(long x, int fbits, boolean unsigned, int rounding, FPState st) {
        return FixedPoint.toFP(x, fbits, unsigned, FPRound.F64, rounding, st);
    }

    // ---- estimates and steps ----

    /** FPMulX(): as FPMul, but infinity times zero is 2.0 with the product's sign. */
    public static long fpMulX(long a, long b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return ((a ^ b) & SIGN) | TWO;
        }
        return fpMul(a, b, st);
    }

    /** FPRecipStepFused(): 2.0 - op1 * op2 (FRECPS). */
    public static long fpRecipStepFused(long a, long b, FPState st) {
        a = flush(a, st) ^ SIGN;
        b = flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return TWO;
        }
        return fpMulAdd(TWO, a, b, st);
    }

    /** FPRSqrtStepFused(): (3.0 - op1 * op2) / 2 (FRSQRTS). */
    public static long fpRSqrtStepFused(long a, long b, FPState st) {
        a = flush(a, st) ^ SIGN;
        b = flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return ONE_POINT_FIVE;
        }
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isInf(a) || isInf(b)) {
            return ((a ^ b) & SIGN) | INF;
        }
        // 3 + a*b is rounded once after halving: compute it exactly scaled by 1/2.
        long half = (b & EXP) == 0 ? 0 : b - (1L << 52);
        if (half != 0 && (half & EXP) != 0) {
            return fpMulAdd(ONE_POINT_FIVE, a, half, st);
        }
        return mulAddHalved(a, b, st);
    }

    private static long mulAddHalved(long a, long b, FPState st) {
        // b is zero or (nearly) denormal: halving it is not exact, so compute (3 + a*b)/2 exactly.
        if (isZero(a) || isZero(b)) {
            return ONE_POINT_FIVE;
        }
        BigInteger p = BigInteger.valueOf(mant(a)).multiply(BigInteger.valueOf(mant(b)));
        if (((a ^ b) & SIGN) != 0) {
            p = p.negate();
        }
        int pe = exp(a) + exp(b) - 1;
        int ce = -1; // 3/2 = 3 * 2^-1
        int e = Math.min(pe, ce);
        BigInteger sum = p.shiftLeft(pe - e).add(BigInteger.valueOf(3).shiftLeft(ce - e));
        int fpcr = st.fpcr;
        if (sum.signum() == 0) {
            return rmode(fpcr) == RM ? SIGN : 0;
        }
        return roundBig(sum, e, FPRound.F64, fpcr, rmode(fpcr), st);
    }

    /** FPRecpX(): the reciprocal exponent (FRECPX). */
    public static long fpRecpX(long a, FPState st) {
        a = flush(a, st);
        if (isNaN(a)) {
            return processNaN(a, st);
        }
        long e = a & EXP;
        return (a & SIGN) | (e == 0 ? 0x7feL << 52 : ~e & EXP);
    }

    /** FPRecipEstimate() (FRECPE). */
    public static long fpRecipEstimate(long a, FPState st) {
        a = flush(a, st);
        long sign = a & SIGN;
        if (isNaN(a)) {
            return processNaN(a, st);
        }
        if (isInf(a)) {
            return sign;
        }
        if (isZero(a)) {
            st.fpsr |= DZC;
            return sign | INF;
        }
        if ((a & ~SIGN) < 1L << 50) { // |a| < 2^-1024
            st.fpsr |= OFC | IXC;
            return sign | (Estimates.overflowToInf(st.fpcr, sign != 0) ? INF : MAX_NORMAL);
        }
        int exp = (int) (a >>> 52) & 0x7ff;
        if (exp >= 2045 && (st.fpcr & FZ) != 0) {
            st.fpsr |= UFC;
            return sign;
        }
        return sign | Estimates.recip(exp, 2045, a & FRAC);
    }

    /** FPRSqrtEstimate() (FRSQRTE). */
    public static long fpRSqrtEstimate(long a, FPState st) {
        a = flush(a, st);
        if (isNaN(a)) {
            return processNaN(a, st);
        }
        if (isZero(a)) {
            st.fpsr |= DZC;
            return (a & SIGN) | INF;
        }
        if (a < 0) {
            return invalid(st);
        }
        if (isInf(a)) {
            return 0;
        }
        int exp = (int) (a >>> 52) & 0x7ff;
        return Estimates.rsqrt(exp, 3068, a & FRAC);
    }
}
