package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VMLA VMLS VNMLA VNMLS VMUL VNMUL VADD VSUB VDIV VFMA VFMS VFNMA VFNMS, double precision. */
final class Arith3D extends A32Insn {
    private final int op, d, n, m;

    Arith3D(int op, int d, int n, int m) {
        this.op = op;
        this.d = d;
        this.n = n;
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        long[] r = c.d;
        r[d] = VfpOps.op3(op, r[d], r[n], r[m], c.fp);
    }
}
