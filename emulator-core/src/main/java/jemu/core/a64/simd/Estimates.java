package jemu.core.a64.simd;

import static jemu.core.arm.fp.Estimates.unsignedRSqrtEstimate;
import static jemu.core.arm.fp.Estimates.unsignedRecipEstimate;

/** URECPE and URSQRTE over the two 32-bit lanes of a 64-bit half; the estimates are the FP library's. */
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
}
