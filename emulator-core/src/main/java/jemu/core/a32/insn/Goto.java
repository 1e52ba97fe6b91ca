package jemu.core.a32.insn;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** Ends a block that stops for a reason other than a branch (page end, length limit). */
public final class Goto extends A32Insn {
    private final int target;
    private final boolean thumb;

    public Goto(int target, boolean thumb) {
        this.target = target;
        this.thumb = thumb;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = target;
        c.thumb = thumb;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
