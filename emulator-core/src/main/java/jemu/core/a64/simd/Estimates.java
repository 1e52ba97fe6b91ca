package jemu.core.a64.simd;

/** URECPE and URSQRTE: the unsigned fixed-point estimates, lane by lane over 32-bit lanes. */
public final class Estimates {
    private Estimates() {}

    /** URECPE on both 32-bit lanes of x. */
    public static long urecpe(long x) {
        return unsignedRecipEstimate((int) x) & 0xffffffffL | (long) unsignedRecipEstimate((int) (x >>> 32)) << 32;
    }

    /** URSQRTE on both 32-bit lanes of x. */
    public static long ursqrte(long x) {
        return unsignedRSqrtEstimate((int) x) & 0xffffffffL | (long) unsignedRSqrtEstimate((int) (x >>> 32)) << 32;
    }

    /** UnsignedRecipEstimate(): for operands below 0.5 (bit 31 clear) the result is all ones. */
    static int unsignedRecipEstimate(int operand) {
        if (operand >= 0) {
            return -1;
        }
        return recipEstimate((operand >>> 23) & 0x1ff) << 23;
    }

    /** UnsignedRSqrtEstimate(): for operands below 0.25 (bits 31:30 clear) the result is all ones. */
    static int unsignedRSqrtEstimate(int operand) {
        if ((operand >>> 30) == 0) {
            return -1;
        }
        return RSqrtTable.ESTIMATE[(operand >>> 23) & 0x1ff] << 23;
    }

    /** RecipSqrtEstimate() of every 9-bit input, built the first time URSQRTE runs. */
    private static final class RSqrtTable {
        static final int[] ESTIMATE = new int[512];

        static {
            for (int a = 128; a < 512; a++) {
                ESTIMATE[a] = recipSqrtEstimate(a);
            }
        }
    }

    /** RecipEstimate(): 256 <= a < 512, a 9-bit estimate of 1/a. */
    static int recipEstimate(int a) {
        a = a * 2 + 1;
        int b = (1 << 19) / a;
        return (b + 1) >> 1;
    }

    /** RecipSqrtEstimate(): 128 <= a < 512, a 9-bit estimate of 1/sqrt(a). */
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
}
