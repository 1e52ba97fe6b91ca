package jemu.core.a64.simd;

/** Reductions: the pairwise operations and the across-lanes ones. */
public final class Reduce {
    private Reduce() {}

    /** ADDP (vector): the sums of adjacent lanes of the 128-bit value y:x. */
    public static long addp(long x, long y, int size) {
        return Lanes.add(Shuffle.uzp(x, y, false, size), Shuffle.uzp(x, y, true, size), size);
    }

    public static long umaxp(long x, long y, int size) {
        return Lanes.umax(Shuffle.uzp(x, y, false, size), Shuffle.uzp(x, y, true, size), size);
    }

    public static long uminp(long x, long y, int size) {
        return Lanes.umin(Shuffle.uzp(x, y, false, size), Shuffle.uzp(x, y, true, size), size);
    }

    public static long smaxp(long x, long y, int size) {
        return Lanes.smax(Shuffle.uzp(x, y, false, size), Shuffle.uzp(x, y, true, size), size);
    }

    public static long sminp(long x, long y, int size) {
        return Lanes.smin(Shuffle.uzp(x, y, false, size), Shuffle.uzp(x, y, true, size), size);
    }

    /** The adjacent lanes of x added into lanes of twice the size (SADDLP, UADDLP), size 0 to 2. */
    public static long addlp(long x, int size, boolean signed) {
        int wide = size + 1, e = 8 << size;
        long even, odd;
        if (signed) {
            even = Lanes.asr(Lanes.shl(x, e, wide), e, wide);
            odd = Lanes.asr(x, e, wide);
        } else {
            even = x & Lanes.replicate(Lanes.LANE[size], wide);
            odd = Lanes.lsr(x, e, wide);
        }
        return Lanes.add(even, odd, wide);
    }

    /** ADDV: the sum of all lanes of x (the two halves already added), modulo 2^esize. */
    public static long addv(long x, int size) {
        for (int w = 32; w >= 8 << size; w >>= 1) {
            x = Lanes.add(x, x >>> w, size);
        }
        return x & Lanes.LANE[size];
    }

    public static long umaxv(long x, int size) {
        for (int w = 32; w >= 8 << size; w >>= 1) {
            x = Lanes.umax(x, x >>> w, size);
        }
        return x & Lanes.LANE[size];
    }

    public static long uminv(long x, int size) {
        for (int w = 32; w >= 8 << size; w >>= 1) {
            x = Lanes.umin(x, x >>> w, size);
        }
        return x & Lanes.LANE[size];
    }

    public static long smaxv(long x, int size) {
        for (int w = 32; w >= 8 << size; w >>= 1) {
            x = Lanes.smax(x, x >>> w, size);
        }
        return x & Lanes.LANE[size];
    }

    public static long sminv(long x, int size) {
        for (int w = 32; w >= 8 << size; w >>= 1) {
            x = Lanes.smin(x, x >>> w, size);
        }
        return x & Lanes.LANE[size];
    }
}
