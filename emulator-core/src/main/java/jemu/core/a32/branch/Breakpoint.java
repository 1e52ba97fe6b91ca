package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.Stop;

/** BKPT: a prefetch abort (debug event); the OS layer raises SIGTRAP with the PC at the instruction. */
final class Breakpoint extends A32Insn {
    private final int pc;
    private final int imm;

    Breakpoint(int pc, int imm) {
        this.pc = pc;
        this.imm = imm;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = pc;
        c.stopImmediate = imm;
        c.stop = Stop.BREAKPOINT;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
