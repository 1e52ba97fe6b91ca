package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** A two-register operation from a single-precision register to one. */
final class UnaryS extends A32Insn {
    private final int op, d, m;

    UnaryS(int op, int d, int m) {
        this.op = op;
        this.d = d;
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        VfpRegs.setS(c, d, Unary.s2s(op, VfpRegs.s(c, m), VfpRegs.s(c, d), c.fp));
    }
}
