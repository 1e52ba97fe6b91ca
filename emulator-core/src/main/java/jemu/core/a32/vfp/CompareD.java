package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.fp.FP64;

/** VCMP, VCMPE, double precision; with zero, m is -1. */
final class CompareD extends A32Insn {
    private final int d, m;
    private final boolean e;

    CompareD(int d, int m, boolean e) {
        this.d = d;
        this.m = m;
        this.e = e;
    }

    @Override
    public void exec(A32Cpu c) {
        long y = m < 0 ? 0 : c.d[m];
        c.fpscrNzcv = FP64.fpCompare(c.d[d], y, e, c.fp);
    }
}
