package jemu.core.a64.simd;

/** Rearrangements of lanes: UZP, ZIP, TRN, EXT, TBL/TBX. */
public final class Shuffle {
    private Shuffle() {}

    /**
     * One half of UZP1 ({@code odd} false) or UZP2: the even or odd lanes of the 128-bit value
     * y:x, in order. Also the two operands of every pairwise operation.
     */
    public static long uzp(long x, long y, boolean odd, int size) {
        if (size == 3) {
            return odd ? y : x;
        }
        int e = odd ? 8 << size : 0;
        return Lanes.pack(x >>> e, size) | Lanes.pack(y >>> e, size) << 32;
    }

    /** One half of ZIP1/ZIP2: the lanes of the low 32 bits of x and y interleaved (size 0 to 2). */
    public static long zip(long x, long y, int size) {
        return Lanes.unpack(x, size) | Lanes.unpack(y, size) << (8 << size);
    }

    /** One half of TRN1 ({@code odd} false) or TRN2 (size 0 to 2). */
    public static long trn(long x, long y, boolean odd, int size) {
        int e = 8 << size;
        long even = Lanes.replicate(Lanes.LANE[size], size + 1);
        return odd ? ((x >>> e) & even) | (y & ~even) : (x & even) | ((y << e) & ~even);
    }

    /** The 64 bits of y:x from bit {@code s} (0 to 63). */
    public static long funnel(long x, long y, int s) {
        return s == 0 ? x : (x >>> s) | (y << (64 - s));
    }

    /**
     * TBL/TBX: each byte of {@code indices} selects a byte of the table, {@code count} registers
     * (1 to 4) from V[first], wrapping at V31; an index past the table gives the byte of
     * {@code fallback} (zero for TBL, the destination's for TBX).
     */
    public static long tbl(long[] v, int first, int count, long indices, long fallback) {
        long r = 0;
        int limit = count * 16;
        for (int sh = 0; sh < 64; sh += 8) {
            int i = (int) (indices >>> sh) & 0xff;
            long b;
            if (i < limit) {
                int reg = (first + (i >>> 4)) & 31;
                b = (v[2 * reg + ((i >>> 3) & 1)] >>> ((i & 7) * 8)) & 0xff;
            } else {
                b = (fallback >>> sh) & 0xff;
            }
            r |= b << sh;
        }
        return r;
    }
}
