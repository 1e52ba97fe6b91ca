package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** B: BranchWritePC(PC + imm32), in the current instruction set; the target is computed at decode time. */
final class Branch extends A32Insn {
    private final int target;

    Branch(int target) {
        this.target = target;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = target;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
