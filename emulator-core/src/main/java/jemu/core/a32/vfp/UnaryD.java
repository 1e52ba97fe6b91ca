package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** A two-register operation from a double-precision register to one. */
final class UnaryD extends A32Insn {
    private final int op, d, m;

    UnaryD(int op, int d, int m) {
        this.op = op;
        this.d = d;
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        c.d[d] = Unary.d2d(op, c.d[m], c.fp);
    }
}
