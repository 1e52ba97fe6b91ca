package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * VMOV between two ARM core registers and two single-precision registers (S{@code m},
 * S{@code m+1}) or one double-precision register. Rt (or Rt2) = 15 in the to-core direction is
 * UNPREDICTABLE; QEMU branches to the value, and so does jemu.
 */
final class Mov64 extends A32Insn {
    private final int m, t, t2;
    private final boolean toCore, dbl, writesPc;

    Mov64(int m, int t, int t2, boolean toCore, boolean dbl) {
        this.m = m;
        this.t = t;
        this.t2 = t2;
        this.toCore = toCore;
        this.dbl = dbl;
        this.writesPc = toCore && (t == 15 || t2 == 15);
    }

    @Override
    public void exec(A32Cpu c) {
        if (!toCore) {
            int lo = c.r[t], hi = c.r[t2];
            if (dbl) {
                c.d[m] = lo & 0xffffffffL | (long) hi << 32;
            } else {
                VfpRegs.setS(c, m, lo);
                VfpRegs.setS(c, m + 1, hi);
            }
            return;
        }
        int lo = dbl ? (int) c.d[m] : VfpRegs.s(c, m);
        int hi = dbl ? (int) (c.d[m] >>> 32) : VfpRegs.s(c, m + 1);
        if (!writesPc) {
            c.r[t] = lo;
            c.r[t2] = hi;
            return;
        }
        if (t != 15) {
            c.r[t] = lo;
        }
        if (t2 != 15) {
            c.r[t2] = hi;
        }
        c.branchWritePc(t2 == 15 ? hi : lo);
    }

    @Override
    public boolean endsBlock() {
        return writesPc;
    }
}
