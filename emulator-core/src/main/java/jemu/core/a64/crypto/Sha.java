package jemu.core.a64.crypto;

/**
 * The SHA-1 and SHA-256 instructions' semantics (Arm ARM shared pseudocode: SHAchoose,
 * SHAparity, SHAmajority, SHAhashSIGMA0/1, SHA256hash). 128-bit operands are passed as two
 * longs (bits 63..0, bits 127..64); a four-round hash writes its 128-bit result to
 * {@code out[at]} and {@code out[at + 1]}, every operand having been read first.
 */
public final class Sha {
    private Sha() {}

    /** The SHA-1 round functions, as SHA1C, SHA1P and SHA1M pick them. */
    public static final int CHOOSE = 0, PARITY = 1, MAJORITY = 2;

    /** SHAchoose(). */
    static int choose(int x, int y, int z) {
        return ((y ^ z) & x) ^ z;
    }

    /** SHAparity(). */
    static int parity(int x, int y, int z) {
        return x ^ y ^ z;
    }

    /** SHAmajority(). */
    static int majority(int x, int y, int z) {
        return (x & y) | ((x | y) & z);
    }

    /**
     * SHA1C, SHA1P, SHA1M: four rounds of SHA-1 on the state X (hash words a..d) and Y (e), with
     * the four schedule words W; the result is the new X.
     */
    public static void sha1hash(int function, long xlo, long xhi, int y, long wlo, long whi, long[] out, int at) {
        int x0 = (int) xlo, x1 = (int) (xlo >>> 32), x2 = (int) xhi, x3 = (int) (xhi >>> 32);
        for (int e = 0; e < 4; e++) {
            int t = switch (function) {
                case CHOOSE -> choose(x1, x2, x3);
                case PARITY -> parity(x1, x2, x3);
                default -> majority(x1, x2, x3);
            };
            int w = (int) ((e < 2 ? wlo : whi) >>> ((e & 1) * 32));
            y += Integer.rotateLeft(x0, 5) + t + w;
            x1 = Integer.rotateLeft(x1, 30);
            // <Y, X> = ROL(Y : X, 32)
            int top = x3;
            x3 = x2;
            x2 = x1;
            x1 = x0;
            x0 = y;
            y = top;
        }
        out[at] = pack(x0, x1);
        out[at + 1] = pack(x2, x3);
    }

    /** SHA1H: ROL(x, 30). */
    public static int sha1h(int x) {
        return Integer.rotateLeft(x, 30);
    }

    /**
     * SHA1SU1 on one half: {@code t} is that half of (Vd EOR LSR(Vn, 32)); each word rotated left
     * by one, and the top word of the high half also takes ROL(word 0, 2), passed as
     * {@code t0rol2} (zero for the low half).
     */
    public static long sha1su1Half(long t, int t0rol2) {
        int a = Integer.rotateLeft((int) t, 1), b = Integer.rotateLeft((int) (t >>> 32), 1) ^ t0rol2;
        return pack(a, b);
    }

    /** SHAhashSIGMA0(). */
    static int hashSigma0(int x) {
        return Integer.rotateRight(x, 2) ^ Integer.rotateRight(x, 13) ^ Integer.rotateRight(x, 22);
    }

    /** SHAhashSIGMA1(). */
    static int hashSigma1(int x) {
        return Integer.rotateRight(x, 6) ^ Integer.rotateRight(x, 11) ^ Integer.rotateRight(x, 25);
    }

    /**
     * SHA256hash(X, Y, W, part1): four rounds of SHA-256 on the state X (a..d) and Y (e..h) with
     * the schedule words W; the result is the new X (SHA256H) or the new Y (SHA256H2).
     */
    public static void sha256hash(long xlo, long xhi, long ylo, long yhi, long wlo, long whi, boolean part1,
            long[] out, int at) {
        int x0 = (int) xlo, x1 = (int) (xlo >>> 32), x2 = (int) xhi, x3 = (int) (xhi >>> 32);
        int y0 = (int) ylo, y1 = (int) (ylo >>> 32), y2 = (int) yhi, y3 = (int) (yhi >>> 32);
        for (int e = 0; e < 4; e++) {
            int chs = choose(y0, y1, y2), maj = majority(x0, x1, x2);
            int w = (int) ((e < 2 ? wlo : whi) >>> ((e & 1) * 32));
            int t = y3 + hashSigma1(y0) + chs + w;
            x3 = t + x3;
            y3 = t + hashSigma0(x0) + maj;
            // <Y, X> = ROL(Y : X, 32)
            int xTop = x3;
            x3 = x2;
            x2 = x1;
            x1 = x0;
            x0 = y3;
            y3 = y2;
            y2 = y1;
            y1 = y0;
            y0 = xTop;
        }
        if (part1) {
            out[at] = pack(x0, x1);
            out[at + 1] = pack(x2, x3);
        } else {
            out[at] = pack(y0, y1);
            out[at + 1] = pack(y2, y3);
        }
    }

    /** The SHA-256 message schedule's sigma0 (ROR 7, ROR 18, LSR 3), as SHA256SU0 uses it. */
    static int sigma0(int x) {
        return Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
    }

    /** The SHA-256 message schedule's sigma1 (ROR 17, ROR 19, LSR 10), as SHA256SU1 uses it. */
    static int sigma1(int x) {
        return Integer.rotateRight(x, 17) ^ Integer.rotateRight(x, 19) ^ (x >>> 10);
    }

    /**
     * One half of SHA256SU0: each word of {@code t} (that half of Vn<31:0> : Vd<127:32>) through
     * sigma0, plus the word of {@code d} (that half of Vd).
     */
    public static long sha256su0Half(long t, long d) {
        return pack(sigma0((int) t) + (int) d, sigma0((int) (t >>> 32)) + (int) (d >>> 32));
    }

    /**
     * One half of SHA256SU1: word e is sigma1(word e of {@code t1}) + word e of {@code d} + word
     * e of {@code t0}. The low half takes {@code t1} = Vm<127:64>, the high half the low half's
     * result.
     */
    public static long sha256su1Half(long t1, long d, long t0) {
        int a = sigma1((int) t1) + (int) d + (int) t0;
        int b = sigma1((int) (t1 >>> 32)) + (int) (d >>> 32) + (int) (t0 >>> 32);
        return pack(a, b);
    }

    static long pack(int lo, int hi) {
        return (lo & 0xffffffffL) | (long) hi << 32;
    }
}
