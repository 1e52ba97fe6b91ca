package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** BX, BXJ (no Jazelle: the same as BX): BXWritePC(R[m]). */
final class BranchExchange extends A32Insn {
    private final int m;

    BranchExchange(int m) {
        this.m = m;
    }

    @Override
    public void exec(A32Cpu c) {
        c.bxWritePc(c.r[m]);
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
