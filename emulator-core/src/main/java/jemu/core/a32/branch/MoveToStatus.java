package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * MSR APSR_&lt;fields&gt;, register or immediate: user mode may write N Z C V Q (write_nzcvq) and
 * GE (write_g); writes to the other CPSR fields are ignored there.
 */
final class MoveToStatus extends A32Insn {
    private final int n;
    private final int imm;
    private final boolean nzcvq;
    private final boolean g;

    /** From register {@code n}, or from {@code imm} when {@code n} is -1. */
    MoveToStatus(int n, int imm, boolean nzcvq, boolean g) {
        this.n = n;
        this.imm = imm;
        this.nzcvq = nzcvq;
        this.g = g;
    }

    @Override
    public void exec(A32Cpu c) {
        int v = n < 0 ? imm : c.r[n];
        if (nzcvq) {
            c.nzcv = v & 0xf000_0000;
            c.q = (v >>> 27) & 1;
        }
        if (g) {
            c.ge = (v >>> 16) & 0xf;
        }
    }
}
