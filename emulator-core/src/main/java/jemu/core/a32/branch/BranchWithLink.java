package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * BL and BLX (immediate): LR gets the return address (with bit 0 set when returning to T32),
 * and the branch goes to {@code target} in the instruction set {@code toThumb} names.
 */
final class BranchWithLink extends A32Insn {
    private final int target;
    private final int link;
    private final boolean toThumb;

    BranchWithLink(int target, int link, boolean toThumb) {
        this.target = target;
        this.link = link;
        this.toThumb = toThumb;
    }

    @Override
    public void exec(A32Cpu c) {
        c.r[A32Cpu.LR] = link;
        c.thumb = toThumb;
        c.pc = target;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
