package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** A two-register operation from a single-precision register to a double-precision one. */
final class UnarySD extends A32Insn {
    private final int op, d, m;

    UnarySD(int op, int d, int m) {
        this.op = op;
        this.d = d;
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        c.d[d] = Unary.s2d(op, VfpRegs.s(c, m), c.fp);
    }
}
