package jemu.core.arm;

/**
 * Integer arithmetic of the Arm ARM shared pseudocode, over values. NZCV is packed as PSTATE
 * reads through MRS: N in bit 31, Z 30, C 29, V 28.
 */
public final class Alu {
    private Alu() {}

    public static final int N = 1 << 31, Z = 1 << 30, C = 1 << 29, V = 1 << 28;

    /** NZCV of AddWithCarry(x, y, carryIn), 64-bit. The result is {@code x + y + carryIn}. */
    public static int nzcvAdd64(long x, long y, int carryIn) {
        long r = x + y + carryIn;
        int flags = (int) (r >>> 32) & N;
        if (r == 0) {
            flags |= Z;
        }
        // Unsigned carry out of bit 63.
        if (carryIn == 0 ? Long.compareUnsigned(r, x) < 0 : Long.compareUnsigned(r, x) <= 0) {
            flags |= C;
        }
        if (((x ^ r) & (y ^ r)) < 0) {
            flags |= V;
        }
        return flags;
    }

    /** NZCV of AddWithCarry(x, y, carryIn), 32-bit. The result is {@code x + y + carryIn}. */
    public static int nzcvAdd32(int x, int y, int carryIn) {
        int r = x + y + carryIn;
        int flags = r & N;
        if (r == 0) {
            flags |= Z;
        }
        if (carryIn == 0 ? Integer.compareUnsigned(r, x) < 0 : Integer.compareUnsigned(r, x) <= 0) {
            flags |= C;
        }
        if (((x ^ r) & (y ^ r)) < 0) {
            flags |= V;
        }
        return flags;
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
}
