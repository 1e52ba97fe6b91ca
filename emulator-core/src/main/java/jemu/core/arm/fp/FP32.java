package jemu.core.arm.fp;

import static jemu.core.arm.fp.FPState.DN;
import static jemu.core.arm.fp.FPState.DZC;
import static jemu.core.arm.fp.FPState.FZ;
import static jemu.core.arm.fp.FPState.IDC;
import static jemu.core.arm.fp.FPState.IOC;
import static jemu.core.arm.fp.FPState.IXC;
import static jemu.core.arm.fp.FPState.OFC;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.UFC;

/**
 * Single-precision operations of the Arm ARM's shared FP pseudocode, over raw bit patterns,
 * reading FPCR from and raising exceptions into the {@link FPState}.
 *
 * <p>Every single-precision operand is exactly a double, and the double result of one
 * operation on them, together with its exact error (TwoSum, an FMA-computed remainder), pins
 * down the exact value well enough for {@link FPRound} to round it to single precision in any
 * mode: products are exact, and nothing single-precision overflows or underflows a double.
 */
public final class FP32 {
    private FP32() {}

    public static final int SIGN = 0x80000000, EXP = 0x7f800000, FRAC = 0x007fffff, QUIET = 1 << 22, INF = EXP;
    public static final int MAX_NORMAL = 0x7f7fffff, TWO = 0x40000000;
    private static final int ONE_POINT_FIVE = 0x3fc00000;

    /** FPDefaultNaN(). */
    public static final int DEFAULT_NAN = 0x7fc00000;

    public static boolean isNaN(int x) {
        return (x & ~SIGN) > EXP;
    }

    public static boolean isSNaN(int x) {
        return isNaN(x) && (x & QUIET) == 0;
    }

    static boolean isInf(int x) {
        return (x & ~SIGN) == EXP;
    }

    static boolean isZero(int x) {
        return (x & ~SIGN) == 0;
    }

    private static boolean isFinite(int x) {
        return (x & EXP) != EXP;
    }

    /** The exact double value of a non-NaN single. */
    static double dv(int x) {
        return Float.intBitsToFloat(x);
    }

    private static int rmode(int fpcr) {
        return (fpcr >>> FPState.RMODE_SHIFT) & 3;
    }

    /** The flush-to-zero part of FPUnpack(). */
    public static int flush(int x, FPState st) {
        if ((x & EXP) == 0 && (x & FRAC) != 0 && (st.fpcr & FZ) != 0) {
            st.fpsr |= IDC;
            return x & SIGN;
        }
        return x;
    }

    /** FPProcessNaN(). */
    public static int processNaN(int x, FPState st) {
        if ((x & QUIET) == 0) {
            st.fpsr |= IOC;
            x |= QUIET;
        }
        return (st.fpcr & DN) != 0 ? DEFAULT_NAN : x;
    }

    /** FPProcessNaNs(), for when at least one operand is a NaN. */
    public static int processNaNs(int a, int b, FPState st) {
        if (isSNaN(a)) {
            return processNaN(a, st);
        }
        if (isSNaN(b)) {
            return processNaN(b, st);
        }
        return processNaN(isNaN(a) ? a : b, st);
    }

    /** FPProcessNaNs3(), for when at least one operand is a NaN. */
    public static int processNaNs3(int a, int b, int c, FPState st) {
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

    private static int invalid(FPState st) {
        st.fpsr |= IOC;
        return DEFAULT_NAN;
    }

    /** FPAbs(). */
    public static int fpAbs(int x) {
        return x & ~SIGN;
    }

    /** FPNeg(). */
    public static int fpNeg(int x) {
        return x ^ SIGN;
    }

    /**
     * FPRound() to single precision of {@code s + e}, where {@code s} is a nonzero double
     * rounded to nearest from the exact value and {@code e} has the sign of the exact error.
     */
    static int round(double s, double e, FPState st) {
        int fpcr = st.fpcr;
        int rmode = rmode(fpcr);
        long sb = Double.doubleToRawLongBits(s);
        if (rmode == RN && (e == 0 || (sb & 0x1fffffffL) != 0x10000000L)) {
            // No double rounding: s is not halfway between two singles, or it is exact.
            float f = (float) s;
            float m = Math.abs(f);
            if (m > Float.MIN_NORMAL && m <= Float.MAX_VALUE) {
                if (e != 0 || f != s) {
                    st.fpsr |= IXC;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) FPRound.roundDouble(s, e, FPRound.F32, rmode, fpcr, st);
    }

    private static int exactZero(FPState st) {
        return rmode(st.fpcr) == RM ? SIGN : 0;
    }

    // ---- arithmetic ----

    /** FPAdd(). */
    public static int fpAdd(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isFinite(a) && isFinite(b)) {
            double x = dv(a), y = dv(b);
            double s = x + y;
            if (s == 0) {
                return isZero(a) && isZero(b) && (a ^ b) >= 0 ? a : exactZero(st);
            }
            double t = s - x;
            return round(s, (x - (s - t)) + (y - t), st);
        }
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isInf(a) && isInf(b) && (a ^ b) < 0) {
            return invalid(st);
        }
        return isInf(a) ? a : b;
    }

    /** FPSub(). */
    public static int fpSub(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        return fpAdd(a, b ^ SIGN, st);
    }

    /** FPMul(). */
    public static int fpMul(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isFinite(a) && isFinite(b)) {
            if (isZero(a) || isZero(b)) {
                return (a ^ b) & SIGN;
            }
            return round(dv(a) * dv(b), 0, st);
        }
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isZero(a) || isZero(b)) {
            return invalid(st);
        }
        return ((a ^ b) & SIGN) | INF;
    }

    /** FPDiv(). */
    public static int fpDiv(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        int sign = (a ^ b) & SIGN;
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
        double x = dv(a), y = dv(b);
        double q = x / y;
        double rem = Math.fma(-q, y, x);
        return round(q, rem == 0 ? 0 : (rem < 0) != (y < 0) ? -1 : 1, st);
    }

    /** FPSqrt(). */
    public static int fpSqrt(int a, FPState st) {
        a = flush(a, st);
        if (a > 0 && a < EXP) {
            double x = dv(a);
            double r = Math.sqrt(x);
            return round(r, -Math.fma(r, r, -x), st);
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
    public static int fpMulAdd(int addend, int op1, int op2, FPState st) {
        int c = flush(addend, st);
        int a = flush(op1, st);
        int b = flush(op2, st);
        boolean infA = isInf(a), infB = isInf(b), zeroA = isZero(a), zeroB = isZero(b);
        if (isNaN(a) || isNaN(b) || isNaN(c)) {
            if (isNaN(c) && !isSNaN(c) && ((infA && zeroB) || (zeroA && infB))) {
                return invalid(st);
            }
            return processNaNs3(c, a, b, st);
        }
        boolean infC = isInf(c), zeroC = isZero(c);
        int signP = (a ^ b) & SIGN;
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
        if (zeroP && zeroC) {
            return (c & SIGN) == signP ? c : exactZero(st);
        }
        double p = dv(a) * dv(b), y = dv(c);
        double s = p + y;
        if (s == 0) {
            return exactZero(st);
        }
        double t = s - p;
        return round(s, (p - (s - t)) + (y - t), st);
    }

    // ---- minimum and maximum ----

    /** FPMax(). */
    public static int fpMax(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isZero(a) && isZero(b)) {
            return a & b;
        }
        return dv(a) > dv(b) ? a : b;
    }

    /** FPMin(). */
    public static int fpMin(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            return processNaNs(a, b, st);
        }
        if (isZero(a) && isZero(b)) {
            return a | b;
        }
        return dv(a) < dv(b) ? a : b;
    }

    /** FPMaxNum(). */
    public static int fpMaxNum(int a, int b, FPState st) {
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

    /** FPMinNum(). */
    public static int fpMinNum(int a, int b, FPState st) {
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

    /** FPCompare(): NZCV in bits 31..28. */
    public static int fpCompare(int a, int b, boolean signalNaNs, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            if (signalNaNs || isSNaN(a) || isSNaN(b)) {
                st.fpsr |= IOC;
            }
            return 0x30000000;
        }
        double x = dv(a), y = dv(b);
        return x == y ? 0x60000000 : x < y ? 0x80000000 : 0x20000000;
    }

    /** FPCompareEQ(). */
    public static boolean fpCompareEQ(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            if (isSNaN(a) || isSNaN(b)) {
                st.fpsr |= IOC;
            }
            return false;
        }
        return dv(a) == dv(b);
    }

    /** FPCompareGE(). */
    public static boolean fpCompareGE(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            st.fpsr |= IOC;
            return false;
        }
        return dv(a) >= dv(b);
    }

    /** FPCompareGT(). */
    public static boolean fpCompareGT(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if (isNaN(a) || isNaN(b)) {
            st.fpsr |= IOC;
            return false;
        }
        return dv(a) > dv(b);
    }

    // ---- rounding to integral and conversions to and from integers ----

    /** FPRoundInt(op, rounding, exact). */
    public static int fpRoundInt(int a, int rounding, boolean exact, FPState st) {
        a = flush(a, st);
        if ((a & EXP) >= 0x4b000000) { // |a| >= 2^23: integral already, or inf/NaN
            return isNaN(a) ? processNaN(a, st) : a;
        }
        long r = FP64.fpRoundInt(Double.doubleToRawLongBits(dv(a)), rounding, exact, st);
        return Float.floatToRawIntBits((float) Double.longBitsToDouble(r));
    }

    /** FPToFixed() to a 32- or 64-bit integer (returned zero-extended). */
    public static long fpToFixed(int a, int fbits, boolean unsigned, int rounding, boolean to64, FPState st) {
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
        int e = (a >>> 23) & 0xff;
        long mant = e == 0 ? a & FRAC : (a & FRAC) | 1 << 23;
        return FixedPoint.toFixed(neg, mant, (e == 0 ? 1 : e) - 150 + fbits, unsigned, rounding, to64, st);
    }

    /** FixedToFP() to single precision. */
    public static int fixedToFP(long x, int fbits, boolean unsigned, int rounding, FPState st) {
        return (int) FixedPoint.toFP(x, fbits, unsigned, FPRound.F32, rounding, st);
    }

    // ---- estimates and steps ----

    /** FPMulX(). */
    public static int fpMulX(int a, int b, FPState st) {
        a = flush(a, st);
        b = flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return ((a ^ b) & SIGN) | TWO;
        }
        return fpMul(a, b, st);
    }

    /** FPRecipStepFused(): 2.0 - op1 * op2 (FRECPS). */
    public static int fpRecipStepFused(int a, int b, FPState st) {
        a = flush(a, st) ^ SIGN;
        b = flush(b, st);
        if ((isInf(a) && isZero(b)) || (isZero(a) && isInf(b))) {
            return TWO;
        }
        return fpMulAdd(TWO, a, b, st);
    }

    /** FPRSqrtStepFused(): (3.0 - op1 * op2) / 2 (FRSQRTS). */
    public static int fpRSqrtStepFused(int a, int b, FPState st) {
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
        double p = dv(a) * dv(b);
        double s = p + 3.0;
        if (s == 0) {
            return exactZero(st);
        }
        double t = s - p;
        double e = (p - (s - t)) + (3.0 - t);
        return round(s * 0.5, e * 0.5, st);
    }

    /** FPRecpX(). */
    public static int fpRecpX(int a, FPState st) {
        a = flush(a, st);
        if (isNaN(a)) {
            return processNaN(a, st);
        }
        int e = a & EXP;
        return (a & SIGN) | (e == 0 ? 0xfe << 23 : ~e & EXP);
    }

    /** FPRecipEstimate(). */
    public static int fpRecipEstimate(int a, FPState st) {
        a = flush(a, st);
        int sign = a & SIGN;
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
        if ((a & ~SIGN) < 1 << 21) { // |a| < 2^-128
            st.fpsr |= OFC | IXC;
            return sign | (Estimates.overflowToInf(st.fpcr, sign != 0) ? INF : MAX_NORMAL);
        }
        int exp = (a >>> 23) & 0xff;
        if (exp >= 253 && (st.fpcr & FZ) != 0) {
            st.fpsr |= UFC;
            return sign;
        }
        long r = Estimates.recip(exp, 253, (long) (a & FRAC) << 29);
        return sign | (int) (r >>> 52) << 23 | (int) (r >>> 29) & FRAC;
    }

    /** FPRSqrtEstimate(). */
    public static int fpRSqrtEstimate(int a, FPState st) {
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
        int exp = (a >>> 23) & 0xff;
        long r = Estimates.rsqrt(exp, 380, (long) (a & FRAC) << 29);
        return (int) (r >>> 52) << 23 | (int) (r >>> 29) & FRAC;
    }
}
