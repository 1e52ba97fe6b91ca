package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** CLREX: ClearExclusiveLocal(). */
final class ClearExclusive extends A32Insn {
    static final ClearExclusive INSTANCE = new ClearExclusive();

    private ClearExclusive() {}

    @Override
    public void exec(A32Cpu c) {
        c.exclusiveAddress = -1;
    }
}
