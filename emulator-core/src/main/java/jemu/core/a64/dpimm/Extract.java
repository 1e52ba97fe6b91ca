package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** EXTR, and its alias ROR (immediate). */
public final class Extract {
    private Extract() {}

    /** sf op21 100111 N o0 Rm imms Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int op21 = (insn >>> 29) & 3;
        int immN = (insn >>> 22) & 1;
        int o0 = (insn >>> 21) & 1;
        int lsb = (insn >>> 10) & 0x3f;
        if (op21 != 0 || o0 != 0 || immN != (sf ? 1 : 0) || (!sf && lsb >= 32)) {
            return null;
        }
        int d = wz(insn & 31);
        int rn = (insn >>> 5) & 31;
        int rm = (insn >>> 16) & 31;
        if (lsb == 0) {
            // The low datasize bits of Xn:Xm are Xm itself.
            return sf ? new Moves.MovReg64(d, rz(rm)) : new Moves.MovReg32(d, rz(rm));
        }
        if (rn == rm) {
            return sf ? new RorImm64(d, rz(rn), lsb) : new RorImm32(d, rz(rn), lsb);
        }
        return sf ? new Extr64(d, rz(rn), rz(rm), lsb) : new Extr32(d, rz(rn), rz(rm), lsb);
    }

    /** EXTR: bits lsb+63..lsb of hi:lo, for lsb in 1..63. */
    public static long extr64(long hi, long lo, int lsb) {
        return (lo >>> lsb) | (hi << (64 - lsb));
    }

    /** EXTR, 32-bit: bits lsb+31..lsb of hi:lo, for lsb in 1..31. */
    public static int extr32(int hi, int lo, int lsb) {
        return (lo >>> lsb) | (hi << (32 - lsb));
    }

    static final class Extr64 extends A64Insn {
        private final int d, n, m, lsb;

        Extr64(int d, int n, int m, int lsb) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.lsb = lsb;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = extr64(c.x[n], c.x[m], lsb);
        }
    }

    static final class Extr32 extends A64Insn {
        private final int d, n, m, lsb;

        Extr32(int d, int n, int m, int lsb) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.lsb = lsb;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = extr32((int) c.x[n], (int) c.x[m], lsb) & 0xffffffffL;
        }
    }

    static final class RorImm64 extends A64Insn {
        private final int d, n, shift;

        RorImm64(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Long.rotateRight(c.x[n], shift);
        }
    }

    static final class RorImm32 extends A64Insn {
        private final int d, n, shift;

        RorImm32(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Integer.rotateRight((int) c.x[n], shift) & 0xffffffffL;
        }
    }
}
