package jemu.core.arm.fp;

import static jemu.core.arm.fp.FPState.IOC;
import static jemu.core.arm.fp.FPState.IXC;
import static jemu.core.arm.fp.FPState.RA;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.RP;

/** The integer halves of FPToFixed() and FixedToFP(), shared by every FP format. */
final class FixedPoint {
    private FixedPoint() {}

    /**
     * FPToFixed() of the finite nonzero value {@code (neg ? -1 : 1) * mant * 2^exp} (fbits
     * already added to exp): round to an integer, saturate to 32 or 64 bits (IOC), else IXC if
     * inexact. Returns the result zero-extended from its width.
     */
    static long toFixed(boolean neg, long mant, int exp, boolean unsigned, int rounding, boolean to64, FPState st) {
        long mag;
        int cmpHalf;
        boolean inexact;
        if (exp >= 0) {
            if (exp >= 64 || 63 - Long.numberOfLeadingZeros(mant) + exp >= 64) {
                return saturate(neg, -1L, true, unsigned, to64, st);
            }
            mag = mant << exp;
            inexact = false;
            cmpHalf = -1;
        } else if (exp <= -64) {
            mag = 0;
            inexact = true;
            cmpHalf = -1;
        } else {
            int s = -exp;
            mag = mant >>> s;
            long rest = mant & ((1L << s) - 1);
            inexact = rest != 0;
            cmpHalf = Long.compare(rest, 1L << (s - 1));
        }
        boolean up = switch (rounding) {
            case RN -> cmpHalf > 0 || (cmpHalf == 0 && (mag & 1) != 0);
            case RP -> inexact && !neg;
            case RM -> inexact && neg;
            case RA -> cmpHalf >= 0;
            default -> false;
        };
        boolean huge = false;
        if (up) {
            mag++;
            huge = mag == 0;
        }
        long result = saturate(neg, mag, huge, unsigned, to64, st);
        if (inexact && !overflows(neg, mag, huge, unsigned, to64)) {
            st.fpsr |= IXC;
        }
        return result;
    }

    private static boolean overflows(boolean neg, long mag, boolean huge, boolean unsigned, boolean to64) {
        if (huge) {
            return true;
        }
        if (unsigned) {
            return neg ? mag != 0 : !to64 && Long.compareUnsigned(mag, 0xffffffffL) > 0;
        }
        long limit = to64 ? Long.MAX_VALUE : Integer.MAX_VALUE;
        return Long.compareUnsigned(mag, neg ? limit + 1 : limit) > 0;
    }

    /**
     * Saturates the magnitude {@code mag} (2^64 and above when {@code huge}) with sign
     * {@code neg}; IOC when it does not fit. Returns the result zero-extended from its width.
     */
    static long saturate(boolean neg, long mag, boolean huge, boolean unsigned, boolean to64, FPState st) {
        long result;
        boolean overflow;
        if (unsigned) {
            if (neg) {
                overflow = huge || mag != 0;
                result = 0;
            } else if (to64) {
                overflow = huge;
                result = huge ? -1L : mag;
            } else {
                overflow = huge || Long.compareUnsigned(mag, 0xffffffffL) > 0;
                result = overflow ? 0xffffffffL : mag;
            }
        } else {
            long limit = to64 ? Long.MAX_VALUE : Integer.MAX_VALUE;
            if (neg) {
                overflow = huge || Long.compareUnsigned(mag, limit + 1) > 0;
                result = overflow ? -limit - 1 : -mag;
            } else {
                overflow = huge || Long.compareUnsigned(mag, limit) > 0;
                result = overflow ? limit : mag;
            }
            if (!to64) {
                result &= 0xffffffffL;
            }
        }
        if (overflow) {
            st.fpsr |= IOC;
        }
        return result;
    }

    /**
     * FixedToFP(): the integer {@code x} (signed unless {@code unsigned}) divided by 2^fbits,
     * rounded to the format with {@code f} fraction bits. Zero is +0.
     */
    static long toFP(long x, int fbits, boolean unsigned, int f, int rounding, FPState st) {
        if (x == 0) {
            return 0;
        }
        boolean neg = !unsigned && x < 0;
        long mag = neg ? -x : x;
        int exp = -fbits;
        if (mag < 0 || mag >= 1L << 62) { // unsigned 2^62 and above: keep 62 bits and a sticky bit
            mag = (mag >>> 2) | ((mag & 3) != 0 ? 1 : 0);
            exp += 2;
        }
        return FPRound.round(neg, mag, exp, f, rounding, st.fpcr, st);
    }
}
