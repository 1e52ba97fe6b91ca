package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * VMOV between an ARM core register and a single-precision register. The old FMRS form with
 * Rt = 15 copies bits 31..28 to the APSR flags, as QEMU does.
 */
final class MovCoreSingle extends A32Insn {
    private final int n, t;
    private final boolean toCore;

    MovCoreSingle(int n, int t, boolean toCore) {
        this.n = n;
        this.t = t;
        this.toCore = toCore;
    }

    @Override
    public void exec(A32Cpu c) {
        if (!toCore) {
            VfpRegs.setS(c, n, c.r[t]);
        } else if (t == 15) {
            c.nzcv = VfpRegs.s(c, n) & 0xf000_0000;
        } else {
            c.r[t] = VfpRegs.s(c, n);
        }
    }
}
