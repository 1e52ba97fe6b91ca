package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** BLX (register): the target is read before LR is written, so {@code BLX LR} works. */
final class BranchLinkExchange extends A32Insn {
    private final int m;
    private final int link;

    BranchLinkExchange(int m, int link) {
        this.m = m;
        this.link = link;
    }

    @Override
    public void exec(A32Cpu c) {
        int target = c.r[m];
        c.r[A32Cpu.LR] = link;
        c.bxWritePc(target);
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
