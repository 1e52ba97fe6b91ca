package jemu.core.a64.ldst;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.VRegs;

/**
 * Load/store register pair (Arm ARM C4.1.4): LDP, STP (W, X, S, D, Q), LDPSW and the no-allocate
 * LDNP/STNP, in the offset, pre-index and post-index forms:
 * {@code opc 101 V 0 idx L imm7 Rt2 Rn Rt}.
 *
 * <p>Loads read everything before writing a register, so a fault in the second half changes
 * nothing (a pair of W or S registers is one 64-bit read: it faults where the two 32-bit reads
 * would). Stores are two accesses, first register first, as qemu does them: when only the second
 * faults, the first has been written. Where the manual leaves the outcome CONSTRAINED
 * UNPREDICTABLE, the result is qemu's: a load with Rt == Rt2 leaves the first value in a general
 * register and the second in a SIMD&FP one; a write-back load whose Rt or Rt2 is Rn leaves the
 * written-back address in Rn; a write-back store of Rn stores its value from before.
 */
final class Pairs {
    private Pairs() {}

    static A64Insn decode(int insn) {
        int opc = insn >>> 30;
        boolean vector = (insn & (1 << 26)) != 0;
        int index = (insn >>> 23) & 3;
        boolean load = (insn & (1 << 22)) != 0;
        int rt = insn & 31;
        int rn = sp((insn >>> 5) & 31);
        int rt2 = (insn >>> 10) & 31;
        if (opc == 3) {
            return null;
        }
        int scale;
        int kind; // 0 W, 1 LDPSW, 2 X, 3 S, 4 D, 5 Q
        if (vector) {
            scale = 2 + opc;
            kind = 3 + opc;
        } else {
            if (opc == 1 && (!load || index == 0)) {
                return null; // STGP (MTE), and LDPSW has no no-allocate form
            }
            scale = opc == 2 ? 3 : 2;
            kind = opc;
        }
        long imm = ((long) (insn << 10) >> 25) << scale;
        if (!vector) {
            rt = load ? wz(rt) : rz(rt);
            rt2 = load ? wz(rt2) : rz(rt2);
        }
        return switch (index) {
            case 0b00, 0b10 -> offset(kind, load, rt, rt2, rn, imm);
            case 0b01 -> indexed(kind, load, rt, rt2, rn, 0, imm);
            default -> indexed(kind, load, rt, rt2, rn, imm, imm);
        };
    }

    private static A64Insn offset(int kind, boolean load, int t, int t2, int n, long imm) {
        return switch (kind) {
            case 0 -> load ? new LdpWOffset(t, t2, n, imm) : new StpWOffset(t, t2, n, imm);
            case 1 -> new LdpswOffset(t, t2, n, imm);
            case 2 -> load ? new LdpXOffset(t, t2, n, imm) : new StpXOffset(t, t2, n, imm);
            case 3 -> load ? new LdpSOffset(t, t2, n, imm) : new StpSOffset(t, t2, n, imm);
            case 4 -> load ? new LdpDOffset(t, t2, n, imm) : new StpDOffset(t, t2, n, imm);
            default -> load ? new LdpQOffset(t, t2, n, imm) : new StpQOffset(t, t2, n, imm);
        };
    }

    private static A64Insn indexed(int kind, boolean load, int t, int t2, int n, long pre, long post) {
        return switch (kind) {
            case 0 -> load ? new LdpWIndexed(t, t2, n, pre, post) : new StpWIndexed(t, t2, n, pre, post);
            case 1 -> new LdpswIndexed(t, t2, n, pre, post);
            case 2 -> load ? new LdpXIndexed(t, t2, n, pre, post) : new StpXIndexed(t, t2, n, pre, post);
            case 3 -> load ? new LdpSIndexed(t, t2, n, pre, post) : new StpSIndexed(t, t2, n, pre, post);
            case 4 -> load ? new LdpDIndexed(t, t2, n, pre, post) : new StpDIndexed(t, t2, n, pre, post);
            default -> load ? new LdpQIndexed(t, t2, n, pre, post) : new StpQIndexed(t, t2, n, pre, post);
        };
    }

    /** Base plus a scaled imm7 (signed offset and no-allocate forms). */
    abstract static class Offset extends A64Insn {
        final int t, t2, n;
        final long imm;

        Offset(int t, int t2, int n, long imm) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
            this.imm = imm;
        }
    }

    /** Pre-index ({@code pre == post}) or post-index ({@code pre == 0}). */
    abstract static class Indexed extends A64Insn {
        final int t, t2, n;
        final long pre, post;

        Indexed(int t, int t2, int n, long pre, long post) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
            this.pre = pre;
            this.post = post;
        }
    }

    static final class LdpWOffset extends Offset {
        LdpWOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long v = c.mem.read64(a);
            c.x[t2] = v >>> 32;
            c.x[t] = v & 0xffffffffL;
        }
    }

    static final class LdpWIndexed extends Indexed {
        LdpWIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long v = c.mem.read64(a);
            c.x[t2] = v >>> 32;
            c.x[t] = v & 0xffffffffL;
            c.x[n] = base + post;
        }
    }

    static final class LdpswOffset extends Offset {
        LdpswOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long v = c.mem.read64(a);
            c.x[t2] = v >> 32;
            c.x[t] = (int) v;
        }
    }

    static final class LdpswIndexed extends Indexed {
        LdpswIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long v = c.mem.read64(a);
            c.x[t2] = v >> 32;
            c.x[t] = (int) v;
            c.x[n] = base + post;
        }
    }

    static final class LdpXOffset extends Offset {
        LdpXOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long v = c.mem.read64(a);
            long v2 = c.mem.read64(a + 8);
            c.x[t2] = v2;
            c.x[t] = v;
        }
    }

    static final class LdpXIndexed extends Indexed {
        LdpXIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long v = c.mem.read64(a);
            long v2 = c.mem.read64(a + 8);
            c.x[t2] = v2;
            c.x[t] = v;
            c.x[n] = base + post;
        }
    }

    static final class StpWOffset extends Offset {
        StpWOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write32(a, (int) c.x[t]);
            c.mem.write32(a + 4, (int) c.x[t2]);
        }
    }

    static final class StpWIndexed extends Indexed {
        StpWIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write32(a, (int) c.x[t]);
            c.mem.write32(a + 4, (int) c.x[t2]);
            c.x[n] = base + post;
        }
    }

    static final class StpXOffset extends Offset {
        StpXOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write64(a, c.x[t]);
            c.mem.write64(a + 8, c.x[t2]);
        }
    }

    static final class StpXIndexed extends Indexed {
        StpXIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write64(a, c.x[t]);
            c.mem.write64(a + 8, c.x[t2]);
            c.x[n] = base + post;
        }
    }

    static final class LdpSOffset extends Offset {
        LdpSOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long v = c.mem.read64(a);
            VRegs.set64(c.v, t, v & 0xffffffffL);
            VRegs.set64(c.v, t2, v >>> 32);
        }
    }

    static final class LdpSIndexed extends Indexed {
        LdpSIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long v = c.mem.read64(a);
            VRegs.set64(c.v, t, v & 0xffffffffL);
            VRegs.set64(c.v, t2, v >>> 32);
            c.x[n] = base + post;
        }
    }

    static final class LdpDOffset extends Offset {
        LdpDOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long v = c.mem.read64(a);
            long v2 = c.mem.read64(a + 8);
            VRegs.set64(c.v, t, v);
            VRegs.set64(c.v, t2, v2);
        }
    }

    static final class LdpDIndexed extends Indexed {
        LdpDIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long v = c.mem.read64(a);
            long v2 = c.mem.read64(a + 8);
            VRegs.set64(c.v, t, v);
            VRegs.set64(c.v, t2, v2);
            c.x[n] = base + post;
        }
    }

    static final class LdpQOffset extends Offset {
        LdpQOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            long lo2 = c.mem.read64(a + 16);
            long hi2 = c.mem.read64(a + 24);
            VRegs.set128(c.v, t, lo, hi);
            VRegs.set128(c.v, t2, lo2, hi2);
        }
    }

    static final class LdpQIndexed extends Indexed {
        LdpQIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            long lo2 = c.mem.read64(a + 16);
            long hi2 = c.mem.read64(a + 24);
            VRegs.set128(c.v, t, lo, hi);
            VRegs.set128(c.v, t2, lo2, hi2);
            c.x[n] = base + post;
        }
    }

    static final class StpSOffset extends Offset {
        StpSOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write32(a, (int) VRegs.lo(c.v, t));
            c.mem.write32(a + 4, (int) VRegs.lo(c.v, t2));
        }
    }

    static final class StpSIndexed extends Indexed {
        StpSIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write32(a, (int) VRegs.lo(c.v, t));
            c.mem.write32(a + 4, (int) VRegs.lo(c.v, t2));
            c.x[n] = base + post;
        }
    }

    static final class StpDOffset extends Offset {
        StpDOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.lo(c.v, t2));
        }
    }

    static final class StpDIndexed extends Indexed {
        StpDIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.lo(c.v, t2));
            c.x[n] = base + post;
        }
    }

    static final class StpQOffset extends Offset {
        StpQOffset(int t, int t2, int n, long imm) {
            super(t, t2, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.hi(c.v, t));
            c.mem.write64(a + 16, VRegs.lo(c.v, t2));
            c.mem.write64(a + 24, VRegs.hi(c.v, t2));
        }
    }

    static final class StpQIndexed extends Indexed {
        StpQIndexed(int t, int t2, int n, long pre, long post) {
            super(t, t2, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.hi(c.v, t));
            c.mem.write64(a + 16, VRegs.lo(c.v, t2));
            c.mem.write64(a + 24, VRegs.hi(c.v, t2));
            c.x[n] = base + post;
        }
    }

}
