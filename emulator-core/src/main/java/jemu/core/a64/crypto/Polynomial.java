package jemu.core.a64.crypto;

/** Polynomial multiplication over GF(2) of 64-bit elements: PMULL/PMULL2 (FEAT_PMULL). */
public final class Polynomial {
    private Polynomial() {}

    /**
     * PolynomialMult(a, b) for 64-bit operands: the 128-bit carry-less product, written to
     * {@code out[at]} (bits 63..0) and {@code out[at + 1]} (bits 127..64).
     */
    public static void pmull64(long a, long b, long[] out, int at) {
        long lo = 0, hi = 0;
        for (int i = 0; i < 64; i++) {
            long take = -((b >>> i) & 1);
            lo ^= (a << i) & take;
            // a >>> 64 would be a, not 0: bit 0 of b contributes nothing to the high half
            hi ^= ((a >>> 1) >>> (63 - i)) & take;
        }
        out[at] = lo;
        out[at + 1] = hi;
    }
}
