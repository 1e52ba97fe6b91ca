package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VMRS Rt, FPSCR; with Rt = 15, VMRS APSR_nzcv, FPSCR (the FPSCR flags to the APSR). */
final class Vmrs extends A32Insn {
    private final int t;

    Vmrs(int t) {
        this.t = t;
    }

    @Override
    public void exec(A32Cpu c) {
        if (t == 15) {
            c.nzcv = c.fpscrNzcv;
        } else {
            c.r[t] = c.fpscr();
        }
    }
}
