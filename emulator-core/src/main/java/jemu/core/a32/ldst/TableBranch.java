package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * TBB and TBH: a byte or halfword from the table at Rn (indexed by Rm, doubled for TBH; the
 * halfword may be unaligned), doubled, is the forward offset of the branch from the PC (the
 * instruction's address + 4). Rn may be R15: the table then follows the instruction.
 */
final class TableBranch extends A32Insn {
    private final int n, m;
    private final boolean half;

    TableBranch(int n, int m, boolean half) {
        this.n = n;
        this.m = m;
        this.half = half;
    }

    @Override
    public void exec(A32Cpu c) {
        int pc = c.r[A32Cpu.PC];
        int entry = half ? c.mem.read16(A32Cpu.addr(c.r[n] + (c.r[m] << 1))) : c.mem.read8(A32Cpu.addr(c.r[n] + c.r[m]));
        c.branchWritePc(pc + 2 * entry);
    }

    @Override
    public boolean endsBlock() {
        return true;
    }
}
