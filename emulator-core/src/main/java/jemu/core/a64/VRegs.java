package jemu.core.a64;

/**
 * Access to the SIMD&FP registers as the Arm ARM's {@code V[n]} and {@code Elem[]} see them.
 * {@link A64Cpu#v} holds V0-V31 as two longs each, little-endian: {@code v[2n]} is bits 63..0,
 * {@code v[2n+1]} bits 127..64, so element {@code i} of {@code esize} bits sits at bit
 * {@code i * esize} of that 128-bit value. Loads, stores, FP and AdvSIMD all go through here.
 */
public final class VRegs {
    private VRegs() {}

    /** Elem[V[n], i, esize], zero-extended; esize is 8, 16, 32 or 64. */
    public static long elem(long[] v, int n, int i, int esize) {
        int bit = i * esize;
        long half = v[2 * n + (bit >>> 6)];
        return esize == 64 ? half : (half >>> (bit & 63)) & ((1L << esize) - 1);
    }

    /** Elem[V[n], i, esize] = value (low esize bits); the other elements keep their values. */
    public static void setElem(long[] v, int n, int i, int esize, long value) {
        int bit = i * esize;
        int k = 2 * n + (bit >>> 6);
        if (esize == 64) {
            v[k] = value;
        } else {
            long mask = ((1L << esize) - 1) << (bit & 63);
            v[k] = (v[k] & ~mask) | ((value << (bit & 63)) & mask);
        }
    }

    /**
     * A scalar write, {@code V[n] = ZeroExtend(value)}: the low {@code esize} bits (8 to 64) are
     * set and every bit above, up to 127, is cleared, as every scalar FP/SIMD write does.
     */
    public static void setScalar(long[] v, int n, long value, int esize) {
        v[2 * n] = esize == 64 ? value : value & ((1L << esize) - 1);
        v[2 * n + 1] = 0;
    }

    /** A 64-bit vector write (the ".8B/.4H/.2S" forms): bits 127..64 are cleared. */
    public static void set64(long[] v, int n, long lo) {
        v[2 * n] = lo;
        v[2 * n + 1] = 0;
    }

    /** A 128-bit write. */
    public static void set128(long[] v, int n, long lo, long hi) {
        v[2 * n] = lo;
        v[2 * n + 1] = hi;
    }

    public static long lo(long[] v, int n) {
        return v[2 * n];
    }

    public static long hi(long[] v, int n) {
        return v[2 * n + 1];
    }
}
