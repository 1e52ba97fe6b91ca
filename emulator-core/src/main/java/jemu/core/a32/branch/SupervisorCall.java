package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.Stop;

/** SVC: stops for the OS layer with the PC at the next instruction and the immediate reported. */
final class SupervisorCall extends A32Insn {
    private final int imm;
    private final int next;

    SupervisorCall(int imm, int next) {
        this.imm = imm;
        this.next = next;
    }

    @Override
    public void exec(A32Cpu c) {
        c.pc = next;
        c.stopImmediate = imm;
        c.stop = Stop.SVC;
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
