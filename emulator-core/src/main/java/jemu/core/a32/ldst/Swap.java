package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * SWP and SWPB (deprecated in ARMv7, but qemu-arm's ARMv7 cores execute them): an atomic
 * exchange of Rt2 with memory, the old value to Rt. SWP needs word alignment (SIGBUS, qemu's
 * MO_ALIGN). Rt is written as qemu's store_reg does (R15: BranchWritePC).
 */
final class Swap extends A32Insn {
    private final int t, t2, n;
    private final boolean byteSize;

    Swap(int t, int t2, int n, boolean byteSize) {
        this.t = t;
        this.t2 = t2;
        this.n = n;
        this.byteSize = byteSize;
    }

    @Override
    public void exec(A32Cpu c) {
        long a = A32Cpu.addr(c.r[n]);
        int v = c.r[t2];
        int old = byteSize ? exchange8(c.mem, a, v) : exchange32(c.mem, a, v);
        Access.writeReg(c, t, old);
    }

    /** An atomic exchange of the aligned word at {@code a}; returns the old value. */
    static int exchange32(GuestMemory m, long a, int v) {
        Access.checkAligned(a, 4, GuestFault.Access.WRITE);
        int old = m.read32(a);
        while (true) {
            int seen = m.cas32(a, old, v);
            if (seen == old) {
                return old;
            }
            old = seen;
        }
    }

    /** An atomic exchange of the byte at {@code a}; returns the old value, zero-extended. */
    static int exchange8(GuestMemory m, long a, int v) {
        int old = m.read8(a);
        while (true) {
            int seen = m.casSmall(a, 1, old, v);
            if (seen == old) {
                return old;
            }
            old = seen;
        }
    }

    @Override
    public boolean endsBlock() {
        return t == A32Cpu.PC;
    }
}
