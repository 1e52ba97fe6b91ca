package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.fp.FP32;

/** VCMP, VCMPE (E: any NaN is Invalid Operation), single precision; with zero, m is -1. */
final class CompareS extends A32Insn {
    private final int d, m;
    private final boolean e;

    CompareS(int d, int m, boolean e) {
        this.d = d;
        this.m = m;
        this.e = e;
    }

    @Override
    public void exec(A32Cpu c) {
        int y = m < 0 ? 0 : VfpRegs.s(c, m);
        c.fpscrNzcv = FP32.fpCompare(VfpRegs.s(c, d), y, e, c.fp);
    }
}
