package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** CBZ, CBNZ: branch when R[n] is zero (or non-zero), without touching the flags. */
final class CompareAndBranch extends A32Insn {
    private final int n;
    private final boolean nonZero;
    private final int target;
    private final int next;

    CompareAndBranch(int n, boolean nonZero, int target, int next) {
        this.n = n;
        this.nonZero = nonZero;
        this.target = target;
        this.next = next;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = (c.r[n] != 0) == nonZero ? target : next;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
