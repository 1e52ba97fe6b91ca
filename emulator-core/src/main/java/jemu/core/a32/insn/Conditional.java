package jemu.core.a32.insn;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.Cond;

/**
 * An instruction executed only if ConditionPassed(): the A32 cond field, or the condition an IT
 * block gives a T32 instruction. When a block-ending instruction's condition fails, execution
 * goes on at the next instruction, which this wrapper then sets.
 */
public final class Conditional extends A32Insn {
    private final int cond;
    private final A32Insn insn;
    private final int next;
    private final boolean endsBlock;

    private Conditional(int cond, A32Insn insn, int next) {
        this.cond = cond;
        this.insn = insn;
        this.next = next;
        this.endsBlock = insn.endsBlock();
    }

    /**
     * {@code insn} under condition {@code cond}; {@code next} is the address of the following
     * instruction. AL (and the never-decoded NV) need no wrapper. An undefined encoding is wrapped
     * too: as in QEMU, one whose condition fails is skipped (the manual leaves it to the core).
     */
    public static A32Insn wrap(int cond, A32Insn insn, int next) {
        if (cond >= Cond.AL) {
            return insn;
        }
        return new Conditional(cond, insn, next);
    }

    @Override
    public void exec(A32Cpu c) {
        if (Cond.holds(cond, c.nzcv)) {
            insn.exec(c);
        } else if (endsBlock) {
            c.pc = next;
        }
    }

    @Override
    public boolean endsBlock() {
        return endsBlock;
    }
}
