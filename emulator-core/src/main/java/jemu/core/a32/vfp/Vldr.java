package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;

/** VLDR, single or double precision: [Rn, #+/-imm8*4], Align(PC, 4) for a literal; word alignment required. */
final class Vldr extends A32Insn {
    private final int d, rn, offset;
    private final boolean dbl;

    Vldr(int d, int rn, int offset, boolean dbl) {
        this.d = d;
        this.rn = rn;
        this.offset = offset;
        this.dbl = dbl;
    }

    @Override
    public void exec(A32Cpu c) {
        long a = A32Cpu.addr(Vldm.base(c, rn) + offset);
        Vldm.checkAligned(a, GuestFault.Access.READ);
        if (dbl) {
            c.d[d] = c.mem.read64(a);
        } else {
            VfpRegs.setS(c, d, c.mem.read32(a));
        }
    }
}
