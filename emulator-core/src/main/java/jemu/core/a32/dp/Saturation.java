package jemu.core.a32.dp;

/** Saturation (Arm ARM A2.2.1, shared pseudocode): the value and, separately, whether it saturated. */
public final class Saturation {
    private Saturation() {}

    /** SignedSatQ(), the result: {@code x} clamped to {@code n} bits (1-32), as a 32-bit value. */
    public static int signedSat(long x, int n) {
        long max = (1L << (n - 1)) - 1;
        return (int) Math.max(-max - 1, Math.min(max, x));
    }

    /** SignedSatQ(), the saturated flag. */
    public static boolean signedSatQ(long x, int n) {
        return signedSat(x, n) != x;
    }

    /** UnsignedSatQ(), the result: {@code x} clamped to 0 .. 2^n - 1 ({@code n} 0-32). */
    public static int unsignedSat(long x, int n) {
        long max = (1L << n) - 1;
        return (int) Math.max(0, Math.min(max, x));
    }

    /** UnsignedSatQ(), the saturated flag. */
    public static boolean unsignedSatQ(long x, int n) {
        return (unsignedSat(x, n) & 0xffffffffL) != x;
    }

    /** The 32-bit signed saturating addition of QADD (and QDADD's doubling, {@code x + x}). */
    public static int qadd(int x, int y) {
        return signedSat((long) x + y, 32);
    }

    /** Whether {@link #qadd} saturates. */
    public static boolean qaddQ(int x, int y) {
        long r = (long) x + y;
        return r != (int) r;
    }

    public static int qsub(int x, int y) {
        return signedSat((long) x - y, 32);
    }

    public static boolean qsubQ(int x, int y) {
        long r = (long) x - y;
        return r != (int) r;
    }
}
