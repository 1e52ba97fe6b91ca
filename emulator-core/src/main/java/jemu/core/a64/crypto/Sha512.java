package jemu.core.a64.crypto;

/**
 * The SHA-512 instructions (FEAT_SHA512) and the SHA-3 ones (FEAT_SHA3: EOR3, BCAX, RAX1, XAR),
 * on 64-bit halves, as the Arm ARM's pseudocode for each instruction writes them.
 */
public final class Sha512 {
    private Sha512() {}

    /** The SHA-512 round's Sigma1 (ROR 14, 18, 41). */
    static long sigma1(long x) {
        return Long.rotateRight(x, 14) ^ Long.rotateRight(x, 18) ^ Long.rotateRight(x, 41);
    }

    /** The SHA-512 round's Sigma0 (ROR 28, 34, 39). */
    static long sigma0(long x) {
        return Long.rotateRight(x, 28) ^ Long.rotateRight(x, 34) ^ Long.rotateRight(x, 39);
    }

    /**
     * SHA512H, Vd = hash part 1 of X = Vn, Y = Vm, W = Vd: two rounds' T1 (choose and Sigma1 of
     * e..h, plus the schedule words). Writes {@code out[at..at+1]} after reading every operand.
     */
    public static void sha512h(long xlo, long xhi, long ylo, long yhi, long wlo, long whi, long[] out, int at) {
        long hi = ((yhi & xlo) ^ (~yhi & xhi)) + sigma1(yhi) + whi;
        long tmp = hi + ylo;
        long lo = ((tmp & yhi) ^ (~tmp & xlo)) + sigma1(tmp) + wlo;
        out[at] = lo;
        out[at + 1] = hi;
    }

    /** SHA512H2, Vd = hash part 2 of X = Vn, Y = Vm, W = Vd: majority and Sigma0 of a..d. */
    public static void sha512h2(long xlo, long ylo, long yhi, long wlo, long whi, long[] out, int at) {
        long hi = ((xlo & yhi) ^ (xlo & ylo) ^ (yhi & ylo)) + sigma0(ylo) + whi;
        long lo = ((hi & ylo) ^ (hi & yhi) ^ (yhi & ylo)) + sigma0(hi) + wlo;
        out[at] = lo;
        out[at + 1] = hi;
    }

    /** The SHA-512 message schedule's sigma0 (ROR 1, ROR 8, LSR 7). */
    public static long scheduleSigma0(long x) {
        return Long.rotateRight(x, 1) ^ Long.rotateRight(x, 8) ^ (x >>> 7);
    }

    /** The SHA-512 message schedule's sigma1 (ROR 19, ROR 61, LSR 6). */
    public static long scheduleSigma1(long x) {
        return Long.rotateRight(x, 19) ^ Long.rotateRight(x, 61) ^ (x >>> 6);
    }

    /** EOR3: a EOR b EOR c. */
    public static long eor3(long a, long b, long c) {
        return a ^ b ^ c;
    }

    /** BCAX: n EOR (m AND NOT a). */
    public static long bcax(long n, long m, long a) {
        return n ^ (m & ~a);
    }

    /** RAX1: n EOR ROL(m, 1). */
    public static long rax1(long n, long m) {
        return n ^ Long.rotateLeft(m, 1);
    }

    /** XAR: ROR(n EOR m, imm6). */
    public static long xar(long n, long m, int imm6) {
        return Long.rotateRight(n ^ m, imm6);
    }
}
