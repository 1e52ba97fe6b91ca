package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * MRS Rd, APSR (CPSR in user mode): the CPSR without its execution-state bits (T, IT, J), which
 * read as zero; checked against qemu-arm, which also shows the mode bits (USR, 0x10).
 */
final class MoveFromStatus extends A32Insn {
    /** CPSR.{IT<1:0>, J, IT<7:2>, T}. */
    private static final int EXECUTION_STATE = 3 << 25 | 1 << 24 | 0x3f << 10 | 1 << 5;
    private final int d;

    MoveFromStatus(int d) {
        this.d = d;
    }

    @Override
    public void exec(A32Cpu c) {
        c.r[d] = c.cpsr() & ~EXECUTION_STATE;
    }
}
