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
    static final int[] SBOX = new int[256], INV_SBOX = new int[256];

    /*
     * AESShiftRows: byte i of the result is byte SHIFT_ROWS[i] of the operand,
     * {0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11}; AESInvShiftRows takes
     * {0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3}.
     */

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
            SBOX[a] = s;
            INV_SBOX[s] = a;
        }
    }

    private static int xtime(int b) {
        return ((b << 1) ^ ((b >>> 7) * 0x1b)) & 0xff;
    }

    private static int rotl8(int b, int n) {
        return ((b << n) | (b >>> (8 - n))) & 0xff;
    }

    /**
     * One half of AESSubBytes(AESShiftRows(hi:lo)), the AESE step after the key's EOR. Byte i of
     * the result is S-box(byte SHIFT_ROWS[i]); the table is symmetric between the halves (the
     * high half reads the bytes the low half reads, from the other half), so one method takes
     * "this half" and "the other half".
     */
    public static long subBytesShiftRows(long lo, long hi, boolean high) {
        long a = high ? hi : lo, b = high ? lo : hi;
        // bytes 0, 5, 10, 15, 4, 9, 14, 3 of a:b (a's 0, 5, b's 2, 7, a's 4, b's 1, 6, a's 3)
        return sub(SBOX, a, 0) | sub(SBOX, a, 5) << 8 | sub(SBOX, b, 2) << 16 | sub(SBOX, b, 7) << 24
                | sub(SBOX, a, 4) << 32 | sub(SBOX, b, 1) << 40 | sub(SBOX, b, 6) << 48 | sub(SBOX, a, 3) << 56;
    }

    /** One half of AESInvSubBytes(AESInvShiftRows(hi:lo)), the AESD step after the key's EOR. */
    public static long invSubBytesShiftRows(long lo, long hi, boolean high) {
        long a = high ? hi : lo, b = high ? lo : hi;
        // bytes 0, 13, 10, 7, 4, 1, 14, 11 of a:b
        return sub(INV_SBOX, a, 0) | sub(INV_SBOX, b, 5) << 8 | sub(INV_SBOX, b, 2) << 16 | sub(INV_SBOX, a, 7) << 24
                | sub(INV_SBOX, a, 4) << 32 | sub(INV_SBOX, a, 1) << 40 | sub(INV_SBOX, b, 6) << 48
                | sub(INV_SBOX, b, 3) << 56;
    }

    /** box[byte i of x], zero-extended. */
    private static long sub(int[] box, long x, int i) {
        return box[(int) (x >>> (8 * i)) & 0xff];
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
