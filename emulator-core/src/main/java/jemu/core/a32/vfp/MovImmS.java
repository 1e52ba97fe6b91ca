package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VMOV (immediate), single precision: the VFPExpandImm() constant, expanded at decode time. */
final class MovImmS extends A32Insn {
    private final int d, imm;

    MovImmS(int d, int imm) {
        this.d = d;
        this.imm = imm;
    }

    @Override
    public void exec(A32Cpu c) {
        VfpRegs.setS(c, d, imm);
    }
}
