package jemu.core.a64.crypto;

/**
 * The AES helpers of the Arm ARM's shared pseudocode (AESSubBytes, AESShiftRows, AESMixColumns
 * and their inverses) on a 128-bit state held as two longs. The state is FIPS-197's, column by
 * column: byte {@code i} of the register is row {@code i % 4} of column {@code i / 4}. Every
 * method computes one 64-bit half of the result (two columns), so an instruction needs no
 * temporary array.
 */
public final class Aes {
    private Aes() {}

    /** AES S-box (FIPS-197 5.1.1), and its inverse. */
    static final byte[] SBOX = new byte[256], INV_SBOX = new byte[256];

    /** AESShiftRows: byte {@code i} of the result is byte {@code SHIFT_ROWS[i]} of the operand. */
    private static final int[] SHIFT_ROWS = {0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11};
    /** AESInvShiftRows, likewise. */
    private static final int[] INV_SHIFT_ROWS = {0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3};

    static {
        // The S-box is the multiplicative inverse in GF(2^8) (0 for 0) under FIPS-197's affine
        // map; inverses come from walking the powers of the generator 3.
        int[] exp = new int[255], log = new int[256];
        int x = 1;
        for (int i = 0; i < 255; i++) {
            exp[i] = x;
            log[x] = i;
            x ^= xtime(x); // x * 3
        }
        for (int a = 0; a < 256; a++) {
            int inv = a == 0 ? 0 : exp[(255 - log[a]) % 255];
            int s = inv ^ rotl8(inv, 1) ^ rotl8(inv, 2) ^ rotl8(inv, 3) ^ rotl8(inv, 4) ^ 0x63;
            SBOX[a] = (byte) s;
            INV_SBOX[s] = (byte) a;
        }
    }

    private static int xtime(int b) {
        return ((b << 1) ^ ((b >>> 7) * 0x1b)) & 0xff;
    }

    private static int rotl8(int b, int n) {
        return ((b << n) | (b >>> (8 - n))) & 0xff;
    }

    /** One half of AESSubBytes(AESShiftRows(hi:lo)): the AESE step after the key's EOR. */
    public static long subBytesShiftRows(long lo, long hi, boolean high) {
        return permuteSubstitute(lo, hi, high ? 8 : 0, SHIFT_ROWS, SBOX);
    }

    /** One half of AESInvSubBytes(AESInvShiftRows(hi:lo)): the AESD step after the key's EOR. */
    public static long invSubBytesShiftRows(long lo, long hi, boolean high) {
        return permuteSubstitute(lo, hi, high ? 8 : 0, INV_SHIFT_ROWS, INV_SBOX);
    }

    private static long permuteSubstitute(long lo, long hi, int first, int[] perm, byte[] box) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int src = perm[first + i];
            int b = (int) ((src < 8 ? lo : hi) >>> ((src & 7) * 8)) & 0xff;
            r |= (box[b] & 0xffL) << (i * 8);
        }
        return r;
    }

    /** Each byte times x in GF(2^8) (FIPS-197 xtime), eight bytes at once. */
    private static long xtimes(long x) {
        return ((x & 0x7f7f7f7f7f7f7f7fL) << 1) ^ (((x >>> 7) & 0x0101010101010101L) * 0x1b);
    }

    /** Each 32-bit column rotated right by 8 bits: byte i of a column takes byte i+1 (mod 4). */
    private static long ror8(long x) {
        return ((x >>> 8) & 0x00ffffff00ffffffL) | ((x << 24) & 0xff000000ff000000L);
    }

    private static long ror16(long x) {
        return ((x >>> 16) & 0x0000ffff0000ffffL) | ((x << 16) & 0xffff0000ffff0000L);
    }

    private static long ror24(long x) {
        return ((x >>> 24) & 0x000000ff000000ffL) | ((x << 8) & 0xffffff00ffffff00L);
    }

    /**
     * AESMixColumns on the two columns of one half: b[i] = 2a[i] ^ 3a[i+1] ^ a[i+2] ^ a[i+3].
     */
    public static long mixColumns(long x) {
        long r1 = ror8(x);
        return xtimes(x ^ r1) ^ r1 ^ ror16(x) ^ ror24(x);
    }

    /**
     * AESInvMixColumns on the two columns of one half. The inverse matrix (0e 0b 0d 09) is the
     * forward one times (05 00 04 00), so this is MixColumns of a[i] ^ 4(a[i] ^ a[i+2]).
     */
    public static long invMixColumns(long x) {
        return mixColumns(x ^ xtimes(xtimes(x ^ ror16(x))));
    }
}
