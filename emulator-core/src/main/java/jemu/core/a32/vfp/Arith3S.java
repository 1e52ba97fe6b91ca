package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VMLA VMLS VNMLA VNMLS VMUL VNMUL VADD VSUB VDIV VFMA VFMS VFNMA VFNMS, single precision. */
final class Arith3S extends A32Insn {
    private final int op, d, n, m;

    Arith3S(int op, int d, int n, int m) {
        this.op = op;
        this.d = d;
        this.n = n;
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        VfpRegs.setS(c, d, VfpOps.op3(op, VfpRegs.s(c, d), VfpRegs.s(c, n), VfpRegs.s(c, m), c.fp));
    }
}
