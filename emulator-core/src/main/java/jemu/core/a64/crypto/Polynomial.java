package jemu.core.a64.crypto;

/** Polynomial multiplication over GF(2) of 64-bit elements: PMULL/PMULL2 (FEAT_PMULL). */
public final class Polynomial {
    private Polynomial() {}

    /**
     * PolynomialMult(a, b) for 64-bit operands: the 128-bit carry-less product, written to
     * {@code out[at]} (bits 63..0) and {@code out[at + 1]} (bits 127..64). The high half is the
     * low half of the product of the bit-reversed operands, reversed, shifted by one.
     */
    public static void pmull64(long a, long b, long[] out, int at) {
        long lo = clmulLow(a, b);
        long hi = Long.reverse(clmulLow(Long.reverse(a), Long.reverse(b))) >>> 1;
        out[at] = lo;
        out[at + 1] = hi;
    }

    private static final long M0 = 0x1111111111111111L, M1 = M0 << 1, M2 = M0 << 2, M3 = M0 << 3;

    /**
     * The low 64 bits of the carry-less product, by integer multiplications of the operands with
     * holes (every fourth bit kept, as in BearSSL's bmul64): a result position p below 60 sums
     * at most 15 one-bit products, which fit the 4 bits up to the next position of its class
     * (the top ones' carries leave the 64 bits), so bit p of the integer product is the parity of
     * those products.
     */
    static long clmulLow(long x, long y) {
        long x0 = x & M0, x1 = x & M1, x2 = x & M2, x3 = x & M3;
        long y0 = y & M0, y1 = y & M1, y2 = y & M2, y3 = y & M3;
        long z0 = (x0 * y0) ^ (x1 * y3) ^ (x2 * y2) ^ (x3 * y1);
        long z1 = (x0 * y1) ^ (x1 * y0) ^ (x2 * y3) ^ (x3 * y2);
        long z2 = (x0 * y2) ^ (x1 * y1) ^ (x2 * y0) ^ (x3 * y3);
        long z3 = (x0 * y3) ^ (x1 * y2) ^ (x2 * y1) ^ (x3 * y0);
        return (z0 & M0) | (z1 & M1) | (z2 & M2) | (z3 & M3);
    }
}
