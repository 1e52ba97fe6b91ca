package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

/**
 * Random starting states, biased toward the values where instructions go wrong: zero, all ones,
 * the signed and unsigned limits of each width, single bits; and for the FP/SIMD registers, the
 * special floating-point values of each size.
 */
public final class States {
    private States() {}

    private static final long[] EDGES = {
        0, 1, 2, -1, -2, 0x7fffffffffffffffL, 0x8000000000000000L, 0xffffffffL, 0x80000000L, 0x7fffffffL,
        0x100000000L, 0xffffffff80000000L, 0xffffL, 0x8000L, 0xffL, 0x80L, 0x7fL, 63, 64, 31, 32
    };

    /** An integer register value. */
    public static long value(RandomGenerator r) {
        return switch (r.nextInt(8)) {
            case 0, 1 -> EDGES[r.nextInt(EDGES.length)];
            case 2 -> 1L << r.nextInt(64);
            case 3 -> r.nextInt() & 0xffffffffL;
            case 4 -> r.nextInt();
            case 5 -> r.nextInt(512) - 256;
            default -> r.nextLong();
        };
    }

    private static final long[] DOUBLES = {
        0L, 0x8000000000000000L, 0x3ff0000000000000L, 0xbff0000000000000L, 0x7ff0000000000000L,
        0xfff0000000000000L, 0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L, 0x7ff4000000000000L,
        0xfff0000000000001L, 0x0000000000000001L, 0x000fffffffffffffL, 0x0010000000000000L, 0x7fefffffffffffffL,
        0x8000000000000001L, 0x4000000000000000L, 0x3fe0000000000000L, 0x43e0000000000000L, 0xc3e0000000000000L,
        0x41e0000000000000L, 0xc1e0000000000000L, 0x3ff8000000000000L, 0x4330000000000000L
    };

    private static final int[] FLOATS = {
        0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7f800001,
        0x7fa00000, 0xff800001, 0x00000001, 0x007fffff, 0x00800000, 0x7f7fffff, 0x80000001, 0x40000000,
        0x3f000000, 0x5f000000, 0xdf000000, 0x4f000000, 0xcf000000, 0x3fc00000, 0x4b000000
    };

    private static final short[] HALFS = {
        0, (short) 0x8000, 0x3c00, (short) 0xbc00, 0x7c00, (short) 0xfc00, 0x7e00, (short) 0xfe00, 0x7c01,
        0x0001, 0x03ff, 0x0400, 0x7bff, 0x4000, 0x3800
    };

    /** A double's bits: specials half of the time, otherwise a random finite value of moderate range. */
    public static long doubleBits(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> DOUBLES[r.nextInt(DOUBLES.length)];
            case 2 -> Double.doubleToRawLongBits((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(130) - 65));
            default -> r.nextLong();
        };
    }

    public static int floatBits(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> FLOATS[r.nextInt(FLOATS.length)];
            case 2 -> Float.floatToRawIntBits((float) ((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(70) - 35)));
            default -> r.nextInt();
        };
    }

    public static int halfBits(RandomGenerator r) {
        return r.nextBoolean() ? HALFS[r.nextInt(HALFS.length)] & 0xffff : r.nextInt() & 0xffff;
    }

    /** A 64-bit half of a vector register: integers, two floats, four halves or a double. */
    public static long vectorHalf(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> doubleBits(r);
            case 1 -> (floatBits(r) & 0xffffffffL) | (long) floatBits(r) << 32;
            case 2 -> halfBits(r) | (long) halfBits(r) << 16 | (long) halfBits(r) << 32 | (long) halfBits(r) << 48;
            case 3 -> value(r);
            default -> r.nextLong();
        };
    }

    /**
     * A whole random state: every X register, the vector registers, random NZCV; SP points into
     * the middle of the data page, 16-aligned, so SP-based accesses stay inside it. FPCR and FPSR
     * are zero (round to nearest, no flags): generators that test them set them.
     */
    public static ArchState random(RandomGenerator r) {
        ArchState s = new ArchState();
        for (int i = 0; i < 31; i++) {
            s.x[i] = value(r);
        }
        for (int i = 0; i < 64; i++) {
            s.v[i] = vectorHalf(r);
        }
        s.sp = HarnessLayout.DATA_ADDR + 2048;
        s.nzcv = (long) r.nextInt(16) << 28;
        return s;
    }

    /**
     * A random FPCR: rounding mode, FZ and DN at random (AHP and FZ16 are left clear: half-precision
     * arithmetic is not implemented).
     */
    public static long fpcr(RandomGenerator r) {
        return (long) r.nextInt(4) << 22 | (r.nextBoolean() ? 1L << 24 : 0) | (r.nextBoolean() ? 1L << 25 : 0);
    }

    /** An address in the data page, {@code margin} bytes from either end, aligned to {@code align}. */
    public static long dataAddress(RandomGenerator r, int margin, int align) {
        long a = HarnessLayout.DATA_ADDR + margin + r.nextInt(HarnessLayout.DATA_SIZE - 2 * margin);
        return a & -align;
    }
}
