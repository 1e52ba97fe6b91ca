package jemu.core.a32.vfp;

import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FP64;
import jemu.core.arm.fp.FPState;

/**
 * The AArch32 VFP operations that are not a single shared FP function: the chained
 * multiply-accumulates (two roundings, A8.8.337 VMLA/VMLS and A8.8.353 VNMLA/VNMLS/VNMUL), the
 * fused ones with their negated operands (VFMA/VFMS/VFNMA/VFNMS), VFPExpandImm(), and FPToFixed()
 * to 16 bits, which the AArch64 code does not have. Operands are raw bit patterns.
 */
public final class VfpOps {
    private VfpOps() {}

    // Operation numbers of the three-register data-processing instructions.
    static final int VMLA = 0, VMLS = 1, VNMLS = 2, VNMLA = 3, VMUL = 4, VNMUL = 5, VADD = 6, VSUB = 7, VDIV = 8,
            VFNMS = 9, VFNMA = 10, VFMA = 11, VFMS = 12;

    /** Three-register operation {@code op} on singles: d is the old destination (the addend). */
    public static int op3(int op, int d, int n, int m, FPState st) {
        return switch (op) {
            case VMLA -> FP32.fpAdd(d, FP32.fpMul(n, m, st), st);
            case VMLS -> FP32.fpAdd(d, FP32.fpNeg(FP32.fpMul(n, m, st)), st);
            case VNMLS -> FP32.fpAdd(FP32.fpNeg(d), FP32.fpMul(n, m, st), st);
            case VNMLA -> FP32.fpAdd(FP32.fpNeg(d), FP32.fpNeg(FP32.fpMul(n, m, st)), st);
            case VMUL -> FP32.fpMul(n, m, st);
            case VNMUL -> FP32.fpNeg(FP32.fpMul(n, m, st));
            case VADD -> FP32.fpAdd(n, m, st);
            case VSUB -> FP32.fpSub(n, m, st);
            case VDIV -> FP32.fpDiv(n, m, st);
            case VFMA -> FP32.fpMulAdd(d, n, m, st);
            case VFMS -> FP32.fpMulAdd(d, FP32.fpNeg(n), m, st);
            case VFNMA -> FP32.fpMulAdd(FP32.fpNeg(d), FP32.fpNeg(n), m, st);
            default -> FP32.fpMulAdd(FP32.fpNeg(d), n, m, st); // VFNMS
        };
    }

    /** Three-register operation {@code op} on doubles. */
    public static long op3(int op, long d, long n, long m, FPState st) {
        return switch (op) {
            case VMLA -> FP64.fpAdd(d, FP64.fpMul(n, m, st), st);
            case VMLS -> FP64.fpAdd(d, FP64.fpNeg(FP64.fpMul(n, m, st)), st);
            case VNMLS -> FP64.fpAdd(FP64.fpNeg(d), FP64.fpMul(n, m, st), st);
            case VNMLA -> FP64.fpAdd(FP64.fpNeg(d), FP64.fpNeg(FP64.fpMul(n, m, st)), st);
            case VMUL -> FP64.fpMul(n, m, st);
            case VNMUL -> FP64.fpNeg(FP64.fpMul(n, m, st));
            case VADD -> FP64.fpAdd(n, m, st);
            case VSUB -> FP64.fpSub(n, m, st);
            case VDIV -> FP64.fpDiv(n, m, st);
            case VFMA -> FP64.fpMulAdd(d, n, m, st);
            case VFMS -> FP64.fpMulAdd(d, FP64.fpNeg(n), m, st);
            case VFNMA -> FP64.fpMulAdd(FP64.fpNeg(d), FP64.fpNeg(n), m, st);
            default -> FP64.fpMulAdd(FP64.fpNeg(d), n, m, st); // VFNMS
        };
    }

    /** VFPExpandImm() for single precision. */
    public static int vfpExpandImm32(int imm8) {
        return (imm8 & 0x80) << 24 | ((imm8 & 0x40) != 0 ? 0x3e00 << 16 : 0x4000 << 16) | (imm8 & 0x3f) << 19;
    }

    /** VFPExpandImm() for double precision. */
    public static long vfpExpandImm64(int imm8) {
        return (long) ((imm8 & 0x80) << 8 | ((imm8 & 0x40) != 0 ? 0x3fc0 : 0x4000) | (imm8 & 0x3f)) << 48;
    }

    /**
     * FPToFixed() of a single to a 16-bit integer (returned sign- or zero-extended to 32 bits):
     * an out-of-range value saturates with IOC alone, as QEMU's float32_to_int16_scalbn has it,
     * so the IXC a 32-bit conversion would raise on the way is not kept.
     */
    public static int fpToFixed16(int a, int fbits, boolean unsigned, int rounding, FPState st) {
        int before = st.fpsr;
        st.fpsr = 0;
        int r = (int) FP32.fpToFixed(a, fbits, unsigned, rounding, false, st);
        return saturate16(r, unsigned, before, st);
    }

    /** FPToFixed() of a double to a 16-bit integer; see {@link #fpToFixed16(int, int, boolean, int, FPState)}. */
    public static int fpToFixed16(long a, int fbits, boolean unsigned, int rounding, FPState st) {
        int before = st.fpsr;
        st.fpsr = 0;
        int r = (int) FP64.fpToFixed(a, fbits, unsigned, rounding, false, st);
        return saturate16(r, unsigned, before, st);
    }

    private static int saturate16(int r, boolean unsigned, int before, FPState st) {
        int flags = st.fpsr;
        int sat = unsigned ? (Integer.compareUnsigned(r, 0xffff) > 0 ? 0xffff : r)
                : Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
        if (sat != r) {
            flags = FPState.IOC | (flags & FPState.IDC);
        }
        st.fpsr = before | flags;
        return sat;
    }
}
