package jemu.core.a32.dp;

/**
 * The AArch32 shifter and the immediate expansions of the Arm ARM (ARMv7-A/R A8.4, A5.2.4,
 * A6.3.2). A carry is 0 or 1. Shift types are the encoded ones, plus {@link #RRX}.
 */
public final class Shifts {
    private Shifts() {}

    public static final int LSL = 0, LSR = 1, ASR = 2, ROR = 3, RRX = 4;

    /** DecodeImmShift(): the shift type, RRX for ROR #0. */
    public static int decodeImmShiftType(int type, int imm5) {
        return type == ROR && imm5 == 0 ? RRX : type;
    }

    /** DecodeImmShift(): the amount, 32 for LSR #0 and ASR #0, 1 for RRX. */
    public static int decodeImmShiftAmount(int type, int imm5) {
        if (imm5 == 0) {
            return switch (type) {
                case LSR, ASR -> 32;
                case ROR -> 1;
                default -> 0;
            };
        }
        return imm5;
    }

    /** Shift_C(), the result; any amount (register-controlled shifts reach 255). */
    public static int shift(int x, int type, int amount, int carryIn) {
        if (amount == 0) {
            return x;
        }
        return switch (type) {
            case LSL -> amount >= 32 ? 0 : x << amount;
            case LSR -> amount >= 32 ? 0 : x >>> amount;
            case ASR -> x >> Math.min(amount, 31);
            case ROR -> Integer.rotateRight(x, amount);
            default -> carryIn << 31 | x >>> 1;
        };
    }

    /** Shift_C(), the carry out (0 or 1). */
    public static int shiftCarry(int x, int type, int amount, int carryIn) {
        if (amount == 0) {
            return carryIn;
        }
        return switch (type) {
            case LSL -> amount > 32 ? 0 : (x >>> (32 - amount)) & 1;
            case LSR -> amount > 32 ? 0 : (x >>> (amount - 1)) & 1;
            case ASR -> (x >>> Math.min(amount - 1, 31)) & 1;
            case ROR -> Integer.rotateRight(x, amount) >>> 31;
            default -> x & 1;
        };
    }

    /** ARMExpandImm_C(), the value. */
    public static int armExpandImm(int imm12) {
        return Integer.rotateRight(imm12 & 0xff, (imm12 >>> 8 & 0xf) * 2);
    }

    /**
     * ARMExpandImm_C(), the carry out: bit 31 of the value, or -1 when it is the carry in
     * (no rotation), a case decided at decode time.
     */
    public static int armExpandImmCarry(int imm12) {
        return (imm12 & 0xf00) == 0 ? -1 : armExpandImm(imm12) >>> 31;
    }

    /** ThumbExpandImm_C(), the value (the UNPREDICTABLE zero imm8 forms give 0, as in QEMU). */
    public static int thumbExpandImm(int imm12) {
        int imm8 = imm12 & 0xff;
        if ((imm12 & 0xc00) == 0) {
            return switch (imm12 >>> 8 & 3) {
                case 0 -> imm8;
                case 1 -> imm8 << 16 | imm8;
                case 2 -> imm8 << 24 | imm8 << 8;
                default -> imm8 << 24 | imm8 << 16 | imm8 << 8 | imm8;
            };
        }
        return Integer.rotateRight(0x80 | imm12 & 0x7f, imm12 >>> 7 & 0x1f);
    }

    /** ThumbExpandImm_C(), the carry out, or -1 when it is the carry in. */
    public static int thumbExpandImmCarry(int imm12) {
        return (imm12 & 0xc00) == 0 ? -1 : thumbExpandImm(imm12) >>> 31;
    }
}
