package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.arm.fp.FPState;

/**
 * VMSR FPSCR, Rt. FZ16 is RES0 on a core without half-precision arithmetic (Cortex-A15, as
 * QEMU models it), so it is dropped here; the trap enables are dropped by {@link A32Cpu#setFpscr}.
 */
final class Vmsr extends A32Insn {
    private final int t;

    Vmsr(int t) {
        this.t = t;
    }

    @Override
    public void exec(A32Cpu c) {
        c.setFpscr(c.r[t] & ~FPState.FZ16);
    }
}
