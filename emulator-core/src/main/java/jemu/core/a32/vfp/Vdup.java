package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** VDUP (ARM core register): the low 8, 16 or 32 bits of Rt in every lane of D{@code d} or Q{@code d/2}. */
final class Vdup extends A32Insn {
    private final int d, t, esize;
    private final boolean q;

    Vdup(int d, int t, int esize, boolean q) {
        this.d = d;
        this.t = t;
        this.esize = esize;
        this.q = q;
    }

    /** Replicate() of the low {@code esize} bits of {@code v} to 64 bits. */
    static long replicate(int v, int esize) {
        long x = v & 0xffffffffL;
        if (esize == 8) {
            x = (x & 0xff) * 0x0101010101010101L;
        } else if (esize == 16) {
            x = (x & 0xffff) * 0x0001000100010001L;
        } else {
            x |= x << 32;
        }
        return x;
    }

    @Override
    public void exec(A32Cpu c) {
        long x = replicate(c.r[t], esize);
        c.d[d] = x;
        if (q) {
            c.d[d + 1] = x;
        }
    }
}
