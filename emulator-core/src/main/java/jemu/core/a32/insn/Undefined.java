package jemu.core.a32.insn;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.Stop;

/** An encoding that is UNDEFINED, or that jemu does not implement: the OS layer raises SIGILL. */
public final class Undefined extends A32Insn {
    private final int pc;
    /** The instruction (A32 word; T32 as {@code hw1 << 16 | hw2}, or the 16-bit halfword). */
    public final int word;

    public Undefined(int pc, int word) {
        this.pc = pc;
        this.word = word;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = pc;
        c.stopImmediate = word;
        c.stop = Stop.UNDEFINED;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
