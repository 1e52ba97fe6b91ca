package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.fp.FP64;
import jemu.core.arm.fp.FPState;

/** VCVT between double precision and fixed point in the same register; see {@link FixedS}. The integer is extended to 64 bits. */
final class FixedD extends A32Insn {
    private final int d, fbits;
    private final boolean toFixed, unsigned, size32;

    FixedD(int d, int fbits, boolean toFixed, boolean unsigned, boolean size32) {
        this.d = d;
        this.fbits = fbits;
        this.toFixed = toFixed;
        this.unsigned = unsigned;
        this.size32 = size32;
    }

    @Override
    public void exec(A32Cpu c) {
        long x = c.d[d];
        if (toFixed) {
            int r = size32 ? (int) FP64.fpToFixed(x, fbits, unsigned, FPState.RZ, false, c.fp)
                    : VfpOps.fpToFixed16(x, fbits, unsigned, FPState.RZ, c.fp);
            c.d[d] = unsigned ? r & 0xffffffffL : r;
        } else {
            int lo = (int) x;
            long v = size32 ? (unsigned ? lo & 0xffffffffL : lo) : (unsigned ? lo & 0xffff : (short) lo);
            c.d[d] = FP64.fixedToFP(v, fbits, unsigned, FPState.RN, c.fp);
        }
    }
}
