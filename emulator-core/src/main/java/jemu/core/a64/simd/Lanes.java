package jemu.core.a64.simd;

/**
 * Lane-parallel integer arithmetic on one 64-bit half of a vector register (SWAR): all the lanes
 * of {@code 8 << size} bits are computed together in one long, without a loop over lanes.
 * {@code size} is the Arm ARM's size field (0 = B, 1 = H, 2 = S, 3 = D); every method here is
 * exact for each lane, so the same code serves the 64-bit and the 128-bit forms (one call per half).
 */
public final class Lanes {
    private Lanes() {}

    /** Bit 0 of every lane. */
    static final long[] LSB = {0x0101010101010101L, 0x0001000100010001L, 0x0000000100000001L, 1L};
    /** The top bit of every lane. */
    static final long[] MSB = {0x8080808080808080L, 0x8000800080008000L, 0x8000000080000000L, 0x8000000000000000L};
    /** All the bits of one lane. */
    static final long[] LANE = {0xffL, 0xffffL, 0xffffffffL, -1L};

    /** Replicate(x, esize): the low lane of x in every lane. */
    public static long replicate(long x, int size) {
        return (x & LANE[size]) * LSB[size];
    }

    /**
     * Every lane whose top bit is set in {@code t} becomes all ones, the others zero; {@code t} has
     * no other bits. Per lane, 2^e - 1 = (t << 1) - (t >> (e - 1)), and the carries cancel.
     */
    static long spread(long t, int size) {
        return (t << 1) - (t >>> ((8 << size) - 1));
    }

    /** All ones in the negative lanes. */
    static long signs(long x, int size) {
        return spread(x & MSB[size], size);
    }

    /** The lanes of {@code a} where {@code mask} is set, of {@code b} elsewhere. */
    static long select(long mask, long a, long b) {
        return (a & mask) | (b & ~mask);
    }

    /** ADD (vector). */
    public static long add(long a, long b, int size) {
        long h = MSB[size];
        return ((a & ~h) + (b & ~h)) ^ ((a ^ b) & h);
    }

    /** SUB (vector): each lane's minuend has its top bit set, so no borrow crosses a lane. */
    public static long sub(long a, long b, int size) {
        long h = MSB[size];
        return ((a | h) - (b & ~h)) ^ ((a ^ ~b) & h);
    }

    public static long neg(long a, int size) {
        return sub(0, a, size);
    }

    /** ABS: the most negative value stays as it is. */
    public static long abs(long a, int size) {
        long s = signs(a, size);
        return sub(a ^ s, s, size);
    }

    /** The top bit of every lane of {@code x} that is not zero. */
    private static long nonZeroTop(long x, int size) {
        long h = MSB[size];
        return (((x & ~h) + ~h) | x) & h;
    }

    /** The top bit of every lane where a >= b, unsigned. */
    private static long hsTop(long a, long b, int size) {
        long h = MSB[size];
        long lowGe = (a | h) - (b & ~h);
        return ((a & ~b) | (~(a ^ b) & lowGe)) & h;
    }

    /** CMEQ (register). */
    public static long cmeq(long a, long b, int size) {
        return spread(nonZeroTop(a ^ b, size) ^ MSB[size], size);
    }

    /** CMTST. */
    public static long cmtst(long a, long b, int size) {
        return spread(nonZeroTop(a & b, size), size);
    }

    /** CMHS: a >= b, unsigned. */
    public static long cmhs(long a, long b, int size) {
        return spread(hsTop(a, b, size), size);
    }

    /** CMHI: a > b, unsigned. */
    public static long cmhi(long a, long b, int size) {
        return spread(hsTop(b, a, size) ^ MSB[size], size);
    }

    /** CMGE: a >= b, signed (flipping the sign bits makes it an unsigned comparison). */
    public static long cmge(long a, long b, int size) {
        long h = MSB[size];
        return cmhs(a ^ h, b ^ h, size);
    }

    /** CMGT: a > b, signed. */
    public static long cmgt(long a, long b, int size) {
        long h = MSB[size];
        return cmhi(a ^ h, b ^ h, size);
    }

    public static long umax(long a, long b, int size) {
        return select(cmhs(a, b, size), a, b);
    }

    public static long umin(long a, long b, int size) {
        return select(cmhs(a, b, size), b, a);
    }

    public static long smax(long a, long b, int size) {
        return select(cmge(a, b, size), a, b);
    }

    public static long smin(long a, long b, int size) {
        return select(cmge(a, b, size), b, a);
    }

    /** UABD: |a - b|, unsigned. */
    public static long uabd(long a, long b, int size) {
        return select(cmhs(a, b, size), sub(a, b, size), sub(b, a, size));
    }

    /** SABD: |a - b|, signed operands, unsigned result. */
    public static long sabd(long a, long b, int size) {
        return select(cmge(a, b, size), sub(a, b, size), sub(b, a, size));
    }

    private static long lsr1(long x, int size) {
        return (x >>> 1) & ~MSB[size];
    }

    private static long asr1(long x, int size) {
        long h = MSB[size];
        return ((x >>> 1) & ~h) | (x & h);
    }

    /** UHADD: (a + b) >> 1, from a + b = (a ^ b) + 2(a & b). */
    public static long uhadd(long a, long b, int size) {
        return add(a & b, lsr1(a ^ b, size), size);
    }

    public static long shadd(long a, long b, int size) {
        return add(a & b, asr1(a ^ b, size), size);
    }

    /** URHADD: (a + b + 1) >> 1, from a + b = 2(a | b) - (a ^ b). */
    public static long urhadd(long a, long b, int size) {
        return sub(a | b, lsr1(a ^ b, size), size);
    }

    public static long srhadd(long a, long b, int size) {
        return sub(a | b, asr1(a ^ b, size), size);
    }

    /** UHSUB: (a - b) >> 1, from a - b = (a ^ b) - 2(~a & b). */
    public static long uhsub(long a, long b, int size) {
        return sub(lsr1(a ^ b, size), ~a & b, size);
    }

    public static long shsub(long a, long b, int size) {
        return sub(asr1(a ^ b, size), ~a & b, size);
    }

    /** Each lane shifted left by {@code s}, 0 <= s < esize. */
    public static long shl(long x, int s, int size) {
        return (x << s) & ~(LSB[size] * ((1L << s) - 1));
    }

    /** Each lane shifted right logically by {@code s}, 0 <= s <= esize. */
    public static long lsr(long x, int s, int size) {
        if (s >= 8 << size) {
            return 0;
        }
        return (x >>> s) & replicate(LANE[size] >>> s, size);
    }

    /** Each lane shifted right arithmetically by {@code s}, 0 <= s <= esize. */
    public static long asr(long x, int s, int size) {
        long sign = signs(x, size);
        if (s >= 8 << size) {
            return sign;
        }
        long keep = replicate(LANE[size] >>> s, size);
        return ((x >>> s) & keep) | (sign & ~keep);
    }

    /** URSHR: (x + 2^(s-1)) >> s = (x >> s) + bit s-1 of x, 1 <= s <= esize; exact in the lane. */
    public static long urshr(long x, int s, int size) {
        return add(lsr(x, s, size), lsr(x, s - 1, size) & LSB[size], size);
    }

    /** SRSHR, 1 <= s <= esize. */
    public static long srshr(long x, int s, int size) {
        return add(asr(x, s, size), lsr(x, s - 1, size) & LSB[size], size);
    }

    /** SRI: the top s bits of each lane of d are kept, 1 <= s <= esize. */
    public static long sri(long d, long x, int s, int size) {
        if (s >= 8 << size) {
            return d;
        }
        long low = replicate(LANE[size] >>> s, size);
        return (d & ~low) | ((x >>> s) & low);
    }

    /** SLI: the low s bits of each lane of d are kept, 0 <= s < esize. */
    public static long sli(long d, long x, int s, int size) {
        long low = LSB[size] * ((1L << s) - 1);
        return (d & low) | ((x << s) & ~low);
    }

    /** CNT: population count of each byte. */
    public static long cnt8(long x) {
        x = x - ((x >>> 1) & 0x5555555555555555L);
        x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
        return (x + (x >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
    }

    /** RBIT (vector): the bits of each byte reversed. */
    public static long rbit8(long x) {
        return Long.reverseBytes(Long.reverse(x));
    }

    /**
     * REV16/REV32/REV64: the lanes of {@code 8 << size} bits reversed within each container of
     * {@code 8 << container} bits, by swapping ever smaller blocks.
     */
    public static long rev(long x, int size, int container) {
        for (int level = container - 1; level >= size; level--) {
            int w = 8 << level;
            long m = REV_MASK[level];
            x = ((x >>> w) & m) | ((x & m) << w);
        }
        return x;
    }

    private static final long[] REV_MASK = {0x00ff00ff00ff00ffL, 0x0000ffff0000ffffL, 0x00000000ffffffffL};

    /** CLZ (vector), lane by lane. */
    public static long clz(long x, int size) {
        int e = 8 << size;
        long r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            long lane = (x >>> sh) << (64 - e);
            r |= (long) Math.min(Long.numberOfLeadingZeros(lane), e) << sh;
        }
        return r;
    }

    /** CLS (vector): CountLeadingSignBits, the zeros of x<N-1:1> EOR x<N-2:0>. */
    public static long cls(long x, int size) {
        int e = 8 << size;
        long r = 0;
        for (int sh = 0; sh < 64; sh += e) {
            long lane = (x >>> sh) << (64 - e);
            r |= (long) Math.min(Long.numberOfLeadingZeros(lane ^ (lane << 1)), e - 1) << sh;
        }
        return r;
    }

    /**
     * The even lanes of {@code 8 << size} bits of x (size 0 to 2), packed into the low 32 bits:
     * the narrowing of XTN, and half of UZP1.
     */
    public static long pack(long x, int size) {
        switch (size) {
            case 0:
                x &= 0x00ff00ff00ff00ffL;
                x = (x | (x >>> 8)) & 0x0000ffff0000ffffL;
                return (x | (x >>> 16)) & 0xffffffffL;
            case 1:
                x &= 0x0000ffff0000ffffL;
                return (x | (x >>> 16)) & 0xffffffffL;
            default:
                return x & 0xffffffffL;
        }
    }

    /** The inverse of {@link #pack}: the lanes of the low 32 bits of x zero-extended to twice their size. */
    public static long unpack(long x, int size) {
        switch (size) {
            case 0:
                x &= 0xffffffffL;
                x = (x | (x << 16)) & 0x0000ffff0000ffffL;
                return (x | (x << 8)) & 0x00ff00ff00ff00ffL;
            case 1:
                x &= 0xffffffffL;
                return (x | (x << 16)) & 0x0000ffff0000ffffL;
            default:
                return x & 0xffffffffL;
        }
    }

    /** The lanes of the low 32 bits of x sign-extended to twice their size (size 0 to 2). */
    public static long unpackSigned(long x, int size) {
        long u = unpack(x, size);
        long top = MSB[size] & LANE_OF_WIDE[size];
        // top bit t of each narrow value times 2^(e+1) - 2 fills bits e..2e-1 of its wide lane.
        return u | ((u & top) * ((1L << ((8 << size) + 1)) - 2));
    }

    /** The low half of every lane of twice the size: where the values of {@link #unpack} sit. */
    private static final long[] LANE_OF_WIDE = {0x00ff00ff00ff00ffL, 0x0000ffff0000ffffL, 0x00000000ffffffffL};

    /** The lanes of the low 32 bits of x widened to twice their size, signed or unsigned. */
    public static long widen(long x, int size, boolean signed) {
        return signed ? unpackSigned(x, size) : unpack(x, size);
    }

    /** Sign-extends the low {@code e} bits of v. */
    static long sext(long v, int e) {
        return (v << (64 - e)) >> (64 - e);
    }
}
