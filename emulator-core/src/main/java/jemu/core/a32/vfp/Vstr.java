package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;

/** VSTR, single or double precision; see {@link Vldr}. */
final class Vstr extends A32Insn {
    private final int d, rn, offset;
    private final boolean dbl;

    Vstr(int d, int rn, int offset, boolean dbl) {
        this.d = d;
        this.rn = rn;
        this.offset = offset;
        this.dbl = dbl;
    }

    @Override
    public void exec(A32Cpu c) {
        long a = A32Cpu.addr(Vldm.base(c, rn) + offset);
        Vldm.checkAligned(a, GuestFault.Access.WRITE);
        if (dbl) {
            c.mem.write64(a, c.d[d]);
        } else {
            c.mem.write32(a, VfpRegs.s(c, d));
        }
    }
}
