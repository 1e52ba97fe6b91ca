package jemu.core.arm;

/**
 * Integer arithmetic of the Arm ARM shared pseudocode, over values. NZCV is packed as PSTATE
 * reads through MRS: N in bit 31, Z 30, C 29, V 28. A 32-bit operation takes and returns
 * {@code int}s; the caller zero-extends where the architecture does.
 */
public final class Alu {
    private Alu() {}

    public static final int N = 1 << 31, Z = 1 << 30, C = 1 << 29, V = 1 << 28;

    /** Shift types of ShiftReg(), as the shift field encodes them. */
    public static final int LSL = 0, LSR = 1, ASR = 2, ROR = 3;

    /** Extend types of ExtendReg(), as the option field encodes them. */
    public static final int UXTB = 0, UXTH = 1, UXTW = 2, UXTX = 3, SXTB = 4, SXTH = 5, SXTW = 6, SXTX = 7;

    // ---- AddWithCarry

    /** AddWithCarry(), shared pseudocode: the result; its flags are {@link #nzcvAdd64}. */
    public static long addWithCarry64(long x, long y, int carryIn) {
        return x + y + carryIn;
    }

    /** AddWithCarry(), shared pseudocode, 32-bit: the result; its flags are {@link #nzcvAdd32}. */
    public static int addWithCarry32(int x, int y, int carryIn) {
        return x + y + carryIn;
    }

    /** NZCV of AddWithCarry(x, y, carryIn), 64-bit. The result is {@code x + y + carryIn}. */
    public static int nzcvAdd64(long x, long y, int carryIn) {
        long r = x + y + carryIn;
        // Carry out of bit 63: both top bits set, or one set and no carry left in the result's top bit.
        long carry = (x & y) | ((x | y) & ~r);
        long overflow = (x ^ r) & (y ^ r);
        return ((int) (r >>> 32) & N) | (r == 0 ? Z : 0) | (int) (carry >>> 63) << 29 | (int) (overflow >>> 63) << 28;
    }

    /** NZCV of AddWithCarry(x, y, carryIn), 32-bit. The result is {@code x + y + carryIn}. */
    public static int nzcvAdd32(int x, int y, int carryIn) {
        int r = x + y + carryIn;
        int carry = (x & y) | ((x | y) & ~r);
        int overflow = (x ^ r) & (y ^ r);
        return (r & N) | (r == 0 ? Z : 0) | (carry >>> 31) << 29 | (overflow >>> 31) << 28;
    }

    /** NZCV of x - y (SUBS, CMP), 64-bit: AddWithCarry(x, NOT(y), 1). */
    public static int nzcvSub64(long x, long y) {
        return nzcvAdd64(x, ~y, 1);
    }

    /** NZCV of x - y (SUBS, CMP), 32-bit. */
    public static int nzcvSub32(int x, int y) {
        return nzcvAdd32(x, ~y, 1);
    }

    /** N and Z of a logical result (ANDS, TST, BICS): C and V are cleared. */
    public static int nzcvLogical64(long r) {
        return ((int) (r >>> 32) & N) | (r == 0 ? Z : 0);
    }

    public static int nzcvLogical32(int r) {
        return (r & N) | (r == 0 ? Z : 0);
    }

    /** The carry flag as 0 or 1. */
    public static int carry(int nzcv) {
        return (nzcv >>> 29) & 1;
    }

    // ---- Shifts and extensions

    /** ShiftReg() with an amount below the datasize (A64 shifts never reach it), 64-bit. */
    public static long shiftReg64(long x, int type, int amount) {
        return switch (type) {
            case LSL -> x << amount;
            case LSR -> x >>> amount;
            case ASR -> x >> amount;
            default -> Long.rotateRight(x, amount);
        };
    }

    /** ShiftReg() with an amount below the datasize, 32-bit. */
    public static int shiftReg32(int x, int type, int amount) {
        return switch (type) {
            case LSL -> x << amount;
            case LSR -> x >>> amount;
            case ASR -> x >> amount;
            default -> Integer.rotateRight(x, amount);
        };
    }

    /**
     * ExtendReg(): the low byte, halfword, word or doubleword of {@code x}, sign- or zero-extended,
     * then shifted left by {@code shift} (0-4). A 32-bit operation uses the low half of the result.
     */
    public static long extendReg64(long x, int type, int shift) {
        long v = switch (type) {
            case UXTB -> x & 0xffL;
            case UXTH -> x & 0xffffL;
            case UXTW -> x & 0xffffffffL;
            case SXTB -> (byte) x;
            case SXTH -> (short) x;
            case SXTW -> (int) x;
            default -> x;
        };
        return v << shift;
    }

    // ---- Bit and byte counts and reversals

    /** CountLeadingZeroBits(), 64-bit (CLZ). */
    public static int countLeadingZeroBits64(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    /** CountLeadingZeroBits(), 32-bit. */
    public static int countLeadingZeroBits32(int x) {
        return Integer.numberOfLeadingZeros(x);
    }

    /** CountLeadingSignBits(), 64-bit (CLS): CountLeadingZeroBits(x<63:1> EOR x<62:0>). */
    public static int countLeadingSignBits64(long x) {
        // Bits 63..1 of (x ^ x << 1) are the 63-bit operand; the 1 stops the count at 63.
        return Long.numberOfLeadingZeros((x ^ (x << 1)) | 1);
    }

    /** CountLeadingSignBits(), 32-bit. */
    public static int countLeadingSignBits32(int x) {
        return Integer.numberOfLeadingZeros((x ^ (x << 1)) | 1);
    }

    /** RBIT, 64-bit. */
    public static long reverseBits64(long x) {
        return Long.reverse(x);
    }

    /** RBIT, 32-bit. */
    public static int reverseBits32(int x) {
        return Integer.reverse(x);
    }

    /** REV16: the bytes of each halfword swapped. */
    public static long rev16x64(long x) {
        return ((x >>> 8) & 0x00ff00ff00ff00ffL) | ((x & 0x00ff00ff00ff00ffL) << 8);
    }

    /** REV16, 32-bit. */
    public static int rev16x32(int x) {
        return ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
    }

    /** REV32: the bytes of each word reversed. */
    public static long rev32x64(long x) {
        return Long.rotateLeft(Long.reverseBytes(x), 32);
    }

    /** REV, 64-bit: all eight bytes reversed. */
    public static long rev64(long x) {
        return Long.reverseBytes(x);
    }

    /** REV, 32-bit: all four bytes reversed. */
    public static int rev32(int x) {
        return Integer.reverseBytes(x);
    }

    // ---- Multiplication and division

    /** SMULH: the high 64 bits of the signed 128-bit product. */
    public static long smulh(long x, long y) {
        return Math.multiplyHigh(x, y);
    }

    /** UMULH: the high 64 bits of the unsigned 128-bit product. */
    public static long umulh(long x, long y) {
        return Math.unsignedMultiplyHigh(x, y);
    }

    /** UDIV: rounds toward zero; division by zero gives 0 (no trap in the A-profile). */
    public static long udiv64(long x, long y) {
        return y == 0 ? 0 : Long.divideUnsigned(x, y);
    }

    public static int udiv32(int x, int y) {
        return y == 0 ? 0 : Integer.divideUnsigned(x, y);
    }

    /**
     * SDIV: rounds toward zero; division by zero gives 0, and the one overflowing quotient,
     * MIN / -1, wraps to MIN (which Java's division already does).
     */
    public static long sdiv64(long x, long y) {
        return y == 0 ? 0 : x / y;
    }

    public static int sdiv32(int x, int y) {
        return y == 0 ? 0 : x / y;
    }

    // ---- CRC32 and CRC32C (no initial or final inversion: the instructions update a running value)

    /** The CRC32 instructions' update of {@code acc} by the low {@code bytes} bytes of {@code value}, polynomial 0x04C11DB7. */
    public static int crc32(int acc, long value, int bytes) {
        return crc(CrcTables.CRC32, acc, value, bytes);
    }

    /** The CRC32C instructions' update, Castagnoli polynomial 0x1EDC6F41. */
    public static int crc32c(int acc, long value, int bytes) {
        return crc(CrcTables.CRC32C, acc, value, bytes);
    }

    private static int crc(int[] table, int acc, long value, int bytes) {
        // The manual's BitReverse(acc:value) mod poly, done bit-reflected a byte at a time.
        for (int i = 0; i < bytes; i++) {
            acc = (acc >>> 8) ^ table[(acc ^ (int) value) & 0xff];
            value >>>= 8;
        }
        return acc;
    }

    /** Built on first use: most programs never run a CRC instruction. */
    private static final class CrcTables {
        static final int[] CRC32 = table(0xedb88320), CRC32C = table(0x82f63b78);

        private static int[] table(int reflectedPoly) {
            int[] t = new int[256];
            for (int i = 0; i < 256; i++) {
                int c = i;
                for (int k = 0; k < 8; k++) {
                    c = (c >>> 1) ^ (-(c & 1) & reflectedPoly);
                }
                t[i] = c;
            }
            return t;
        }
    }
}
