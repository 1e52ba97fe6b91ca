package jemu.core.a32.neon;

import static jemu.core.a32.neon.NeonElements.vd;
import static jemu.core.a32.neon.NeonElements.vm;
import static jemu.core.a32.neon.NeonElements.vn;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Shuffle;

/** VEXT, VTBL, VTBX and VDUP (scalar): the byte-moving instructions of A7.4. */
final class Permute {
    private Permute() {}

    /** VEXT: {@code 1111 0010 1 D 11 Vn Vd imm4 N Q M 0 Vm}. */
    static A32Insn vext(int insn, int pc) {
        boolean q = (insn & (1 << 6)) != 0;
        int imm4 = (insn >>> 8) & 0xf;
        int d = vd(insn), n = vn(insn), m = vm(insn);
        if (q ? ((d | n | m) & 1) != 0 : imm4 >= 8) {
            return null;
        }
        return q ? new ExtQ(d, n, m, imm4) : new ExtD(d, n, m, imm4 * 8);
    }

    /** VTBL, VTBX: {@code 1111 0011 1 D 11 Vn Vd 10 len N op M 0 Vm}. */
    static A32Insn vtbl(int insn, int pc) {
        int len = (insn >>> 8) & 3;
        boolean tbx = (insn & (1 << 6)) != 0;
        int d = vd(insn), n = vn(insn), m = vm(insn);
        if (n + len + 1 > 32) {
            return null; // UNPREDICTABLE; UNDEFINED as in qemu
        }
        return new Table(d, n, m, len + 1, tbx);
    }

    /** VDUP (scalar): {@code 1111 0011 1 D 11 imm4 Vd 11000 Q M 0 Vm}. */
    static A32Insn vdupScalar(int insn, int pc) {
        boolean q = (insn & (1 << 6)) != 0;
        int imm4 = (insn >>> 16) & 0xf;
        int d = vd(insn), m = vm(insn);
        if ((imm4 & 7) == 0 || (q && (d & 1) != 0)) {
            return null;
        }
        int size = Integer.numberOfTrailingZeros(imm4);
        int index = imm4 >>> (size + 1);
        return new DupScalar(d, m, q, size, index * (8 << size));
    }

    /** VEXT of D registers: the 8 bytes of Dm:Dn from byte imm4. */
    static final class ExtD extends A32Insn {
        private final int d, n, m, shift;

        ExtD(int d, int n, int m, int shift) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.shift = shift;
        }

        @Override
        public void exec(A32Cpu c) {
            c.d[d] = Shuffle.funnel(c.d[n], c.d[m], shift);
        }
    }

    /** VEXT of Q registers: the 16 bytes of Qm:Qn from byte imm4. */
    static final class ExtQ extends A32Insn {
        private final int d, n, m, imm4;

        ExtQ(int d, int n, int m, int imm4) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.imm4 = imm4;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long n0 = r[n], n1 = r[n + 1], m0 = r[m], m1 = r[m + 1];
            int s = (imm4 & 7) * 8;
            if (imm4 < 8) {
                r[d] = Shuffle.funnel(n0, n1, s);
                r[d + 1] = Shuffle.funnel(n1, m0, s);
            } else {
                r[d] = Shuffle.funnel(n1, m0, s);
                r[d + 1] = Shuffle.funnel(m0, m1, s);
            }
        }
    }

    /**
     * VTBL, VTBX: each byte of Dm indexes the table of {@code count} D registers from Dn; an index
     * past the table gives zero (VTBL) or leaves Dd's byte (VTBX).
     */
    static final class Table extends A32Insn {
        private final int d, n, m, count;
        private final boolean tbx;

        Table(int d, int n, int m, int count, boolean tbx) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.count = count;
            this.tbx = tbx;
        }

        @Override
        public void exec(A32Cpu c) {
            long indices = c.d[m];
            long fallback = tbx ? c.d[d] : 0;
            int limit = count * 8;
            long r = 0;
            for (int sh = 0; sh < 64; sh += 8) {
                int i = (int) (indices >>> sh) & 0xff;
                long b = i < limit ? (c.d[n + (i >>> 3)] >>> ((i & 7) * 8)) & 0xff : (fallback >>> sh) & 0xff;
                r |= b << sh;
            }
            c.d[d] = r;
        }
    }

    /** VDUP (scalar): Dm[index] in every lane of Dd or Qd. */
    static final class DupScalar extends A32Insn {
        private final int d, m, size, shift;
        private final boolean q;

        DupScalar(int d, int m, boolean q, int size, int shift) {
            this.d = d;
            this.m = m;
            this.q = q;
            this.size = size;
            this.shift = shift;
        }

        @Override
        public void exec(A32Cpu c) {
            long v = Lanes.replicate(c.d[m] >>> shift, size);
            c.d[d] = v;
            if (q) {
                c.d[d + 1] = v;
            }
        }
    }
}
