package jemu.core.a32.vfp;

import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FP64;
import jemu.core.arm.fp.FPConvert;
import jemu.core.arm.fp.FPState;

/**
 * The two-register operations (A7.5 with opc1 = 1x11), each from one register shape to
 * another; the instruction classes {@link UnaryS}, {@link UnarySD}, {@link UnaryDS} and
 * {@link UnaryD} read the operand and write the result.
 */
final class Unary {
    private Unary() {}

    // S -> S
    static final int MOV = 0, ABS = 1, NEG = 2, SQRT = 3, F32_F16B = 4, F32_F16T = 5, F16B_F32 = 6, F16T_F32 = 7,
            F32_S32 = 8, F32_U32 = 9, S32_F32 = 10, U32_F32 = 11, S32_F32_RZ = 12, U32_F32_RZ = 13;
    // S -> D
    static final int F64_F32 = 14, F64_S32 = 15, F64_U32 = 16;
    // D -> S
    static final int F32_F64 = 17, S32_F64 = 18, U32_F64 = 19, S32_F64_RZ = 20, U32_F64_RZ = 21;

    private static int rmode(FPState st) {
        return st.roundingMode();
    }

    /** Single to single; {@code old} is the destination's old value (VCVTB/VCVTT keep its other half). */
    static int s2s(int op, int x, int old, FPState st) {
        return switch (op) {
            case MOV -> x;
            case ABS -> FP32.fpAbs(x);
            case NEG -> FP32.fpNeg(x);
            case SQRT -> FP32.fpSqrt(x, st);
            case F32_F16B -> FPConvert.halfToSingle(x & 0xffff, st);
            case F32_F16T -> FPConvert.halfToSingle(x >>> 16, st);
            case F16B_F32 -> old & 0xffff0000 | FPConvert.singleToHalf(x, st);
            case F16T_F32 -> old & 0xffff | FPConvert.singleToHalf(x, st) << 16;
            case F32_S32 -> FP32.fixedToFP(x, 0, false, rmode(st), st);
            case F32_U32 -> FP32.fixedToFP(x & 0xffffffffL, 0, true, rmode(st), st);
            case S32_F32 -> (int) FP32.fpToFixed(x, 0, false, rmode(st), false, st);
            case U32_F32 -> (int) FP32.fpToFixed(x, 0, true, rmode(st), false, st);
            case S32_F32_RZ -> (int) FP32.fpToFixed(x, 0, false, FPState.RZ, false, st);
            default -> (int) FP32.fpToFixed(x, 0, true, FPState.RZ, false, st); // U32_F32_RZ
        };
    }

    static long s2d(int op, int x, FPState st) {
        return switch (op) {
            case F64_F32 -> FPConvert.singleToDouble(x, st);
            case F64_S32 -> FP64.fixedToFP(x, 0, false, rmode(st), st);
            default -> FP64.fixedToFP(x & 0xffffffffL, 0, true, rmode(st), st); // F64_U32
        };
    }

    static int d2s(int op, long x, FPState st) {
        return switch (op) {
            case F32_F64 -> FPConvert.doubleToSingle(x, st);
            case S32_F64 -> (int) FP64.fpToFixed(x, 0, false, rmode(st), false, st);
            case U32_F64 -> (int) FP64.fpToFixed(x, 0, true, rmode(st), false, st);
            case S32_F64_RZ -> (int) FP64.fpToFixed(x, 0, false, FPState.RZ, false, st);
            default -> (int) FP64.fpToFixed(x, 0, true, FPState.RZ, false, st); // U32_F64_RZ
        };
    }

    static long d2d(int op, long x, FPState st) {
        return switch (op) {
            case MOV -> x;
            case ABS -> FP64.fpAbs(x);
            case NEG -> FP64.fpNeg(x);
            default -> FP64.fpSqrt(x, st); // SQRT
        };
    }
}
