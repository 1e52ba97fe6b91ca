package jemu.core.arm.fp;

/**
 * RecipEstimate() and RecipSqrtEstimate(), shared pseudocode, and the scaling around them in
 * FPRecipEstimate() and FPRSqrtEstimate(), done once in double-precision layout: a 52-bit
 * fraction (a narrower format's fraction shifted to the top) and a biased exponent.
 */
public final class Estimates {
    private Estimates() {}

    /** RecipEstimate(): a 9-bit fixed-point 0.5 <= x < 1 (256..511) to 1 <= 1/x < 2 (256..511). */
    static int recipEstimate(int a) {
        a = a * 2 + 1;
        int b = (1 << 19) / a;
        return (b + 1) >> 1;
    }

    /** RecipSqrtEstimate(): a 9-bit 0.25 <= x < 1 (128..511) to 1 <= 1/sqrt(x) < 2 (256..511). */
    static int recipSqrtEstimate(int a) {
        if (a < 256) {
            a = a * 2 + 1;
        } else {
            a = (a >> 1) << 1;
            a = (a + 1) * 2;
        }
        int b = 512;
        while (a * (b + 1) * (b + 1) < (1 << 28)) {
            b++;
        }
        return (b + 1) / 2;
    }

    private static final short[] RSQRT = new short[512];

    static {
        for (int a = 128; a < 512; a++) {
            RSQRT[a] = (short) recipSqrtEstimate(a);
        }
    }

    /**
     * The estimate of 1/x for a finite, nonzero, not too small x with biased exponent
     * {@code exp} and 52-bit fraction {@code frac}; {@code off} is 2 * bias - 1 of the format
     * (29, 253, 2045). Returns the result's exponent in bits 62..52 and fraction in 51..0.
     */
    static long recip(int exp, int off, long frac) {
        if (exp == 0) {
            if ((frac & 1L << 51) == 0) {
                exp = -1;
                frac <<= 2;
            } else {
                frac <<= 1;
            }
        }
        int scaled = 256 | (int) (frac >>> 44) & 0xff;
        int estimate = recipEstimate(scaled);
        int resultExp = off - exp;
        long resultFrac = (long) (estimate & 0xff) << 44;
        if (resultExp == 0) {
            resultFrac = resultFrac >>> 1 | 1L << 51;
        } else if (resultExp == -1) {
            resultFrac = resultFrac >>> 2 | 1L << 50;
            resultExp = 0;
        }
        return (long) resultExp << 52 | resultFrac;
    }

    /**
     * The estimate of 1/sqrt(x) for a positive finite nonzero x; {@code off} is 3 * bias - 1
     * (44, 380, 3068). Returns the result's exponent in bits 62..52 and fraction in 51..0.
     */
    static long rsqrt(int exp, int off, long frac) {
        if (exp == 0) {
            while ((frac & 1L << 51) == 0) {
                frac <<= 1;
                exp--;
            }
            frac = (frac & ((1L << 51) - 1)) << 1;
        }
        int scaled = (exp & 1) != 0 ? 128 | (int) (frac >>> 45) & 0x7f : 256 | (int) (frac >>> 44) & 0xff;
        int estimate = RSQRT[scaled];
        return (long) ((off - exp) / 2) << 52 | (long) (estimate & 0xff) << 44;
    }

    /** Whether an overflowing estimate becomes infinity (else the largest normal), by FPCR.RMode. */
    static boolean overflowToInf(int fpcr, boolean neg) {
        return switch ((fpcr >>> FPState.RMODE_SHIFT) & 3) {
            case FPState.RN -> true;
            case FPState.RP -> !neg;
            case FPState.RM -> neg;
            default -> false;
        };
    }

    /** UnsignedRecipEstimate() (URECPE), on one 32-bit element. */
    public static int unsignedRecipEstimate(int a) {
        if (a >= 0) {
            return -1;
        }
        return recipEstimate((a >>> 23) & 0x1ff) << 23;
    }

    /** UnsignedRSqrtEstimate() (URSQRTE), on one 32-bit element. */
    public static int unsignedRSqrtEstimate(int a) {
        if ((a & 0xc0000000) == 0) {
            return -1;
        }
        return RSQRT[(a >>> 23) & 0x1ff] << 23;
    }
}
