package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPState;

/**
 * VCVT between single precision and fixed point in the same register (A8.8.308): to fixed
 * rounds toward zero, from fixed to nearest, whatever the FPSCR's mode (unlike VCVT from an
 * integer). A 16-bit fixed-point value sits in the low half, extended to 32 bits.
 */
final class FixedS extends A32Insn {
    private final int d, fbits;
    private final boolean toFixed, unsigned, size32;

    FixedS(int d, int fbits, boolean toFixed, boolean unsigned, boolean size32) {
        this.d = d;
        this.fbits = fbits;
        this.toFixed = toFixed;
        this.unsigned = unsigned;
        this.size32 = size32;
    }

    @Override
    public void exec(A32Cpu c) {
        int x = VfpRegs.s(c, d);
        int r;
        if (toFixed) {
            r = size32 ? (int) FP32.fpToFixed(x, fbits, unsigned, FPState.RZ, false, c.fp)
                    : VfpOps.fpToFixed16(x, fbits, unsigned, FPState.RZ, c.fp);
        } else {
            long v = size32 ? (unsigned ? x & 0xffffffffL : x) : (unsigned ? x & 0xffff : (short) x);
            r = FP32.fixedToFP(v, fbits, unsigned, FPState.RN, c.fp);
        }
        VfpRegs.setS(c, d, r);
    }
}
