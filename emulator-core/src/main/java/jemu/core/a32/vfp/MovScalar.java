package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * VMOV (ARM core register to scalar) and VMOV (scalar to ARM core register): an 8-, 16- or
 * 32-bit lane of D{@code n}, sign- or zero-extended on the way out. Rt = 15 on the way out is
 * UNPREDICTABLE; QEMU branches to the value, and so does jemu.
 */
final class MovScalar extends A32Insn {
    private final int n, t, shift, bits;
    private final boolean toCore, unsigned;

    MovScalar(int n, int t, int esize, int index, boolean toCore, boolean unsigned) {
        this.n = n;
        this.t = t;
        this.shift = esize * index;
        this.bits = esize;
        this.toCore = toCore;
        this.unsigned = unsigned;
    }

    @Override
    public void exec(A32Cpu c) {
        long mask = bits == 32 ? 0xffffffffL : (1L << bits) - 1;
        if (!toCore) {
            c.d[n] = (c.d[n] & ~(mask << shift)) | (c.r[t] & mask) << shift;
            return;
        }
        long lane = (c.d[n] >>> shift) & mask;
        int v = unsigned ? (int) lane : (int) (lane << (64 - bits) >> (64 - bits));
        if (t == 15) {
            c.branchWritePc(v);
        } else {
            c.r[t] = v;
        }
    }

    @Override
    public boolean endsBlock() {
        return toCore && t == 15;
    }
}
