package jemu.core.a64.insn;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** Ends a block that stops for a reason other than a branch (page end, length limit). */
public final class Goto extends A64Insn {
    private final long target;

    public Goto(long target) {
        this.target = target;
    }

    @Override
    public void exec(A64Cpu c) {
        c.pc = target;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
