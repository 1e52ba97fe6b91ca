package jemu.core.arm.fp;

import static jemu.core.arm.fp.FPState.AHP;
import static jemu.core.arm.fp.FPState.DN;
import static jemu.core.arm.fp.FPState.IOC;
import static jemu.core.arm.fp.FPState.IXC;
import static jemu.core.arm.fp.FPState.RN;

/**
 * FPConvert(), shared pseudocode, between half, single and double precision, with
 * FPConvertNaN() keeping a NaN's sign and the top of its payload. Half-precision values are
 * IEEE or, with FPCR.AHP, Arm's alternative format (no infinities or NaNs); half precision is
 * never flushed to zero (FPUnpackCV, FPRoundCV), single and double are under FPCR.FZ.
 */
public final class FPConvert {
    private FPConvert() {}

    public static final int HALF_DEFAULT_NAN = 0x7e00;

    private static int rmode(int fpcr) {
        return (fpcr >>> FPState.RMODE_SHIFT) & 3;
    }

    /** FPConvert() double to single, in FPCR's rounding mode. */
    public static int doubleToSingle(long a, FPState st) {
        return doubleToSingle(a, rmode(st.fpcr), st);
    }

    /** FPConvert() double to single in the given rounding mode (FPState.RO for FCVTXN). */
    public static int doubleToSingle(long a, int rounding, FPState st) {
        a = FP64.flush(a, st);
        int sign = (int) (a >>> 32) & FP32.SIGN;
        if ((a & FP64.EXP) == FP64.EXP) {
            if ((a & FP64.FRAC) == 0) {
                return sign | FP32.INF;
            }
            if ((a & FP64.QUIET) == 0) {
                st.fpsr |= IOC;
            }
            if ((st.fpcr & DN) != 0) {
                return FP32.DEFAULT_NAN;
            }
            return sign | 0x7fc00000 | (int) (a >>> 29) & 0x3fffff;
        }
        if ((a & ~FP64.SIGN) == 0) {
            return sign;
        }
        if (rounding == RN) {
            double x = Double.longBitsToDouble(a);
            float f = (float) x;
            float m = Math.abs(f);
            if (m > Float.MIN_NORMAL && m <= Float.MAX_VALUE) {
                if (f != x) {
                    st.fpsr |= IXC;
                }
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) FPRound.round(a < 0, mant64(a), exp64(a), FPRound.F32, rounding, st.fpcr, st);
    }

    /** FPConvert() single to double (always exact). */
    public static long singleToDouble(int a, FPState st) {
        a = FP32.flush(a, st);
        long sign = (long) (a & FP32.SIGN) << 32;
        if ((a & FP32.EXP) == FP32.EXP && (a & FP32.FRAC) != 0) {
            if ((a & FP32.QUIET) == 0) {
                st.fpsr |= IOC;
            }
            if ((st.fpcr & DN) != 0) {
                return FP64.DEFAULT_NAN;
            }
            return sign | 0x7ff8000000000000L | (long) (a & 0x3fffff) << 29;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat(a));
    }

    /** FPConvert() half (IEEE or alternative, by FPCR.AHP) to single; exact. */
    public static int halfToSingle(int h, FPState st) {
        int sign = (h & 0x8000) << 16;
        int e = (h >>> 10) & 0x1f, frac = h & 0x3ff;
        if (e == 0x1f && (st.fpcr & AHP) == 0) {
            if (frac == 0) {
                return sign | FP32.INF;
            }
            if ((frac & 0x200) == 0) {
                st.fpsr |= IOC;
            }
            if ((st.fpcr & DN) != 0) {
                return FP32.DEFAULT_NAN;
            }
            return sign | 0x7fc00000 | (frac & 0x1ff) << 13;
        }
        if (e == 0) {
            if (frac == 0) {
                return sign;
            }
            int shift = Integer.numberOfLeadingZeros(frac) - 21; // bring the top bit to bit 10
            return sign | (113 - shift) << 23 | ((frac << shift) & 0x3ff) << 13;
        }
        return sign | (e + 112) << 23 | frac << 13;
    }

    /** FPConvert() half to double; exact. */
    public static long halfToDouble(int h, FPState st) {
        int s = halfToSingle(h, st);
        if (FP32.isNaN(s)) {
            if (s == FP32.DEFAULT_NAN && (st.fpcr & DN) != 0) {
                return FP64.DEFAULT_NAN;
            }
            return (long) (s & FP32.SIGN) << 32 | 0x7ff8000000000000L | (long) (h & 0x1ff) << 42;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat(s));
    }

    /** FPConvert() single to half, in FPCR's rounding mode. */
    public static int singleToHalf(int a, FPState st) {
        a = FP32.flush(a, st);
        int e = (a >>> 23) & 0xff;
        long mant = e == 0 ? a & FP32.FRAC : (a & FP32.FRAC) | 1 << 23;
        return toHalf(a < 0, (a & FP32.EXP) == FP32.EXP, (a & FP32.FRAC) == 0, (a & FP32.QUIET) != 0,
                (a >>> 13) & 0x1ff, mant, (e == 0 ? 1 : e) - 150, st);
    }

    /** FPConvert() double to half, in FPCR's rounding mode. */
    public static int doubleToHalf(long a, FPState st) {
        a = FP64.flush(a, st);
        return toHalf(a < 0, (a & FP64.EXP) == FP64.EXP, (a & FP64.FRAC) == 0, (a & FP64.QUIET) != 0,
                (int) (a >>> 42) & 0x1ff, mant64(a), exp64(a), st);
    }

    private static int toHalf(boolean neg, boolean special, boolean fracZero, boolean quiet, int payload, long mant,
            int exp, FPState st) {
        int fpcr = st.fpcr;
        int sign = neg ? 0x8000 : 0;
        boolean ahp = (fpcr & AHP) != 0;
        if (special) {
            if (fracZero) { // infinity
                if (ahp) {
                    st.fpsr |= IOC;
                    return sign | 0x7fff;
                }
                return sign | 0x7c00;
            }
            if (ahp) {
                st.fpsr |= IOC;
                return sign;
            }
            if (!quiet) {
                st.fpsr |= IOC;
            }
            if ((fpcr & DN) != 0) {
                return HALF_DEFAULT_NAN;
            }
            return sign | 0x7e00 | payload;
        }
        if (mant == 0) {
            return sign;
        }
        return (int) FPRound.round(neg, mant, exp, FPRound.F16, rmode(fpcr), fpcr, st);
    }

    private static long mant64(long a) {
        long f = a & FP64.FRAC;
        return (a & FP64.EXP) == 0 ? f : f | 1L << 52;
    }

    private static int exp64(long a) {
        int e = (int) (a >>> 52) & 0x7ff;
        return (e == 0 ? 1 : e) - 1075;
    }
}
