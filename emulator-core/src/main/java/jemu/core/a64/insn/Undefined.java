package jemu.core.a64.insn;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Stop;

/** An encoding that is unallocated, or that jemu does not implement: the OS layer raises SIGILL. */
public final class Undefined extends A64Insn {
    private final long pc;
    /** The instruction word, for diagnostics. */
    public final int word;

    public Undefined(long pc, int word) {
        this.pc = pc;
        this.word = word;
    }

    @Override
    public void exec(A64Cpu c) {
        c.pc = pc;
        c.stop = Stop.UNDEFINED;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
