package jemu.core.arm.fp;

import static jemu.core.arm.fp.FPState.AHP;
import static jemu.core.arm.fp.FPState.FZ;
import static jemu.core.arm.fp.FPState.IOC;
import static jemu.core.arm.fp.FPState.IXC;
import static jemu.core.arm.fp.FPState.OFC;
import static jemu.core.arm.fp.FPState.RA;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.RO;
import static jemu.core.arm.fp.FPState.RP;
import static jemu.core.arm.fp.FPState.UFC;

/**
 * FPRound(), shared pseudocode, over an exact value given as an integer significand and a
 * binary exponent. Every operation that rounds ends here when its result is not a plain
 * normal number in round-to-nearest: this is where tininess, flush-to-zero, overflow, the
 * rounding modes and the IXC/UFC/OFC flags are decided, once for all formats.
 *
 * <p>The value is {@code mant * 2^exp}, {@code mant > 0}. Callers that cannot represent their
 * exact value in 63 bits keep at least the format's precision plus three bits and OR every bit
 * they drop into bit 0 ("jamming"): rounding then decides exactly as it would on the true value.
 */
public final class FPRound {
    private FPRound() {}

    /** Fraction bits of half, single and double precision. */
    public static final int F16 = 10, F32 = 23, F64 = 52;

    /**
     * FPRound(sign * mant * 2^exp) to the format with {@code f} fraction bits (10, 23 or 52),
     * in rounding mode {@code rmode} (FPState.RN..RO); returns the encoding's bits.
     * {@code fpcr} supplies FZ (ignored for half precision, as FPRoundCV does) and AHP.
     */
    public static long round(boolean neg, long mant, int exp, int f, int rmode, int fpcr, FPState st) {
        int e = f == F64 ? 11 : f == F32 ? 8 : 5;
        int minExp = 2 - (1 << (e - 1));
        int msb = 63 - Long.numberOfLeadingZeros(mant);
        int exponent = msb + exp;
        long sign = neg ? 1L << (f + e) : 0;
        if (f != F16 && (fpcr & FZ) != 0 && exponent < minExp) {
            st.fpsr |= UFC;
            return sign;
        }
        int biasedExp = Math.max(exponent - minExp + 1, 0);
        int shift = (biasedExp == 0 ? minExp : exponent) - f - exp;
        long intMant;
        int cmpHalf; // the discarded part against half a unit: -1, 0, +1
        boolean inexact;
        if (shift <= 0) {
            intMant = mant << -shift;
            inexact = false;
            cmpHalf = -1;
        } else if (shift >= 64) {
            intMant = 0;
            inexact = true;
            cmpHalf = -1; // mant < 2^63 <= half a unit
        } else {
            intMant = mant >>> shift;
            long rest = mant & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            inexact = rest != 0;
            cmpHalf = Long.compare(rest, half);
        }
        if (biasedExp == 0 && inexact) {
            st.fpsr |= UFC;
        }
        boolean roundUp;
        boolean overflowToInf;
        switch (rmode) {
            case RN -> {
                roundUp = cmpHalf > 0 || (cmpHalf == 0 && (intMant & 1) != 0);
                overflowToInf = true;
            }
            case RP -> {
                roundUp = inexact && !neg;
                overflowToInf = !neg;
            }
            case RM -> {
                roundUp = inexact && neg;
                overflowToInf = neg;
            }
            case RA -> {
                roundUp = cmpHalf >= 0;
                overflowToInf = true;
            }
            case RO -> {
                roundUp = false;
                if (inexact) {
                    intMant |= 1;
                }
                overflowToInf = false;
            }
            default -> { // RZ
                roundUp = false;
                overflowToInf = false;
            }
        }
        if (roundUp) {
            intMant++;
            if (intMant == 1L << f) {
                biasedExp = 1;
            }
            if (intMant == 1L << (f + 1)) {
                biasedExp++;
                intMant >>>= 1;
            }
        }
        long result;
        if (f != F16 || (fpcr & AHP) == 0) {
            if (biasedExp >= (1 << e) - 1) {
                long inf = (long) ((1 << e) - 1) << f;
                result = sign | (overflowToInf ? inf : inf - 1);
                st.fpsr |= OFC | IXC;
                return result;
            }
        } else if (biasedExp >= 1 << e) {
            st.fpsr |= IOC;
            return sign | 0x7fff;
        }
        result = sign | (long) biasedExp << f | (intMant & ((1L << f) - 1));
        if (inexact) {
            st.fpsr |= IXC;
        }
        return result;
    }

    /**
     * FPRound of {@code r + err}, where {@code r} is the round-to-nearest double of an exact
     * value and {@code err} (any double with the sign of the exact error, or 0) says on which
     * side of {@code r} the exact value lies ({@code |err|} at most half an ulp of {@code r}).
     * {@code r} must be finite and nonzero; three extra bits then carry the error's side exactly
     * into a rounding at {@code r}'s precision or a coarser one.
     */
    public static long roundDouble(double r, double err, int f, int rmode, int fpcr, FPState st) {
        return roundDouble(r, err, 0, f, rmode, fpcr, st);
    }

    /** {@link #roundDouble(double, double, int, int, int, FPState)} of {@code (r + err) * 2^scale}. */
    public static long roundDouble(double r, double err, int scale, int f, int rmode, int fpcr, FPState st) {
        long bits = Double.doubleToRawLongBits(r);
        int be = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & 0xfffffffffffffL;
        long mant = (be == 0 ? frac : frac | 1L << 52) << 3;
        if (be == 0) {
            be = 1;
        }
        if (err != 0) {
            // The exact magnitude lies just above or just below |r|.
            mant = (err > 0) == (bits >= 0) ? mant | 1 : mant - 1;
        }
        return round(bits < 0, mant, be - 1075 - 3 + scale, f, rmode, fpcr, st);
    }
}
