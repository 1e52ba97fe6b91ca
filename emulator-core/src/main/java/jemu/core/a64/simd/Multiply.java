package jemu.core.a64.simd;

import jemu.core.arm.fp.FPState;

/** Integer and polynomial multiplication, lane by lane over one 64-bit half. */
public final class Multiply {
    private Multiply() {}

    /** MUL (vector): the low esize bits of each lane's product. */
    public static long mul(long a, long b, int size) {
        switch (size) {
            case 0: {
                long r = 0;
                for (int sh = 0; sh < 64; sh += 8) {
                    r |= (((a >>> sh) * (b >>> sh)) & 0xff) << sh;
                }
                return r;
            }
            case 1: {
                long r = 0;
                for (int sh = 0; sh < 64; sh += 16) {
                    r |= (((a >>> sh) * (b >>> sh)) & 0xffff) << sh;
                }
                return r;
            }
            case 2:
                return ((int) a * (int) b & 0xffffffffL) | (long) ((int) (a >>> 32) * (int) (b >>> 32)) << 32;
            default:
                return a * b;
        }
    }

    /** PMUL: the low 8 bits of the carry-less product of each byte, one bit of b at a time. */
    public static long pmul8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            long take = ((b >>> i) & 0x0101010101010101L) * 0xff;
            r ^= Lanes.shl(a, i, 0) & take;
        }
        return r;
    }

    /**
     * PMULL (8-bit): the carry-less product of the bytes held zero-extended in the 16-bit lanes of
     * a and b (15 bits at most, so no bit leaves its lane).
     */
    public static long pmull8(long a, long b) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            long take = ((b >>> i) & 0x0001000100010001L) * 0xffff;
            r ^= (a << i) & take;
        }
        return r;
    }

    /**
     * SQDMULH and SQRDMULH (size 1 or 2): the high half of 2 * a * b, rounded if asked, saturated;
     * only (-2^(e-1))^2 overflows. (2p + 2^(e-1)) >> e is computed as (p + 2^(e-2)) >> (e-1).
     */
    public static long sqdmulh(long a, long b, int size, boolean round, FPState fp) {
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0, roundConst = round ? 1L << (e - 2) : 0;
        for (int sh = 0; sh < 64; sh += e) {
            long p = Lanes.sext(a >>> sh, e) * Lanes.sext(b >>> sh, e);
            r |= (Saturating.ssat((p + roundConst) >> (e - 1), e, fp) & m) << sh;
        }
        return r;
    }

    /**
     * SQDMULL on lanes of {@code 8 << size} bits (2 or 3) that hold sign-extended values of half
     * that size: the product is exact, and doubling it saturates only for the most negative squared.
     */
    public static long sqdmull(long a, long b, int size, FPState fp) {
        long p = mul(a, b, size);
        return Saturating.sqadd(p, p, size, fp);
    }

    /**
     * SQRDMLAH and SQRDMLSH (size 1 or 2, FEAT_RDM): acc + (or -) the rounded high half of 2 * a * b,
     * saturated. The manual's (acc << e) +- 2p + 2^(e-1), shifted right by e, is computed halved,
     * ((acc << (e-1)) +- p + 2^(e-2)) >> (e-1), which fits a long for 32-bit lanes.
     */
    public static long sqrdmlah(long a, long b, long acc, int size, boolean subtract, FPState fp) {
        int e = 8 << size;
        long m = Lanes.LANE[size], r = 0, roundConst = 1L << (e - 2);
        for (int sh = 0; sh < 64; sh += e) {
            long p = Lanes.sext(a >>> sh, e) * Lanes.sext(b >>> sh, e);
            long x = (Lanes.sext(acc >>> sh, e) << (e - 1)) + (subtract ? -p : p) + roundConst;
            r |= (Saturating.ssat(x >> (e - 1), e, fp) & m) << sh;
        }
        return r;
    }

    /**
     * SDOT and UDOT (FEAT_DotProd): each 32-bit lane of acc plus the four products of the bytes of
     * a and b in that lane, signed or unsigned, modulo 2^32.
     */
    public static long dot(long a, long b, long acc, boolean signed) {
        long r = 0;
        for (int sh = 0; sh < 64; sh += 32) {
            int sum = (int) (acc >>> sh);
            for (int i = sh; i < sh + 32; i += 8) {
                sum += signed ? (byte) (a >>> i) * (byte) (b >>> i) : ((int) (a >>> i) & 0xff) * ((int) (b >>> i) & 0xff);
            }
            r |= (sum & 0xffffffffL) << sh;
        }
        return r;
    }
}
