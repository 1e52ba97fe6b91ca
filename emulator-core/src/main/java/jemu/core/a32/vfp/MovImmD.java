package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VMOV (immediate), double precision. */
final class MovImmD extends A32Insn {
    private final int d;
    private final long imm;

    MovImmD(int d, long imm) {
        this.d = d;
        this.imm = imm;
    }

    @Override
    public void exec(A32Cpu c) {
        c.d[d] = imm;
    }
}
