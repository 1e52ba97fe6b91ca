package jemu.core.a32.dp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * An instruction of this package whose destination is R15. The instruction computes into
 * {@code r[15]} as into any register; this wrapper takes the value, puts back the PC the next
 * instruction would have read, and branches: ALUWritePC() for the data-processing operations
 * (interworking in A32), BranchWritePC() for the rest (UNPREDICTABLE forms that QEMU executes by
 * writing the PC without interworking).
 */
final class WritePc extends A32Insn {
    private final A32Insn insn;
    private final boolean alu;

    private WritePc(A32Insn insn, boolean alu) {
        this.insn = insn;
        this.alu = alu;
    }

    /** {@code insn} as it is, or wrapped if its destination {@code d} is the PC. */
    static A32Insn wrap(A32Insn insn, int d, boolean alu) {
        return insn == null || d != 15 ? insn : new WritePc(insn, alu);
    }

    @Override
    public void exec(A32Cpu c) {
        int pcRead = c.r[15];
        insn.exec(c);
        int v = c.r[15];
        c.r[15] = pcRead;
        if (alu) {
            c.aluWritePc(v);
        } else {
            c.branchWritePc(v);
        }
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
