package jemu.core.a64.simd;

/** Reductions: the pairwise operations and the across-lanes ones. */
public final class Reduce {
    private Reduce() {}

    /**
     * The operands of a pairwise operation on the 128-bit value y:x, arranged so that one
     * lane-wise operation does all the pairs: the even lanes of x and y interleaved (TRN1), and
     * the odd ones (TRN2). Lane 2i of the result is then the pair i of x, lane 2i+1 that of y,
     * which {@link #unzip} puts in order. Size 0 to 2.
     */
    static long evens(long x, long y, int size) {
        return Shuffle.trn(x, y, false, size);
    }

    static long odds(long x, long y, int size) {
        return Shuffle.trn(x, y, true, size);
    }

    static long unzip(long r, int size) {
        return Lanes.pack(r, size) | Lanes.pack(r >>> (8 << size), size) << 32;
    }

    /** ADDP (vector): the sums of adjacent lanes of the 128-bit value y:x. */
    public static long addp(long x, long y, int size) {
        if (size == 3) {
            return x + y;
        }
        return unzip(Lanes.add(evens(x, y, size), odds(x, y, size), size), size);
    }

    public static long umaxp(long x, long y, int size) {
        return unzip(Lanes.umax(evens(x, y, size), odds(x, y, size), size), size);
    }

    public static long uminp(long x, long y, int size) {
        return unzip(Lanes.umin(evens(x, y, size), odds(x, y, size), size), size);
    }

    public static long smaxp(long x, long y, int size) {
        return unzip(Lanes.smax(evens(x, y, size), odds(x, y, size), size), size);
    }

    public static long sminp(long x, long y, int size) {
        return unzip(Lanes.smin(evens(x, y, size), odds(x, y, size), size), size);
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
