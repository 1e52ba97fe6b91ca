package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Cond;

/**
 * CSEL, CSINC, CSINV, CSNEG (and CSET, CSETM, CINC, CINV, CNEG): Xn if the condition holds,
 * else {@code (Xm EOR invert) + increment}, which is Xm, Xm + 1, NOT(Xm) or -Xm.
 */
final class ConditionalSelect {
    private ConditionalSelect() {}

    /** sf op S 11010100 Rm cond op2 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean op = (insn & (1 << 30)) != 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int op2 = (insn >>> 10) & 3;
        if (setFlags || op2 > 1) {
            return null;
        }
        int m = rz((insn >>> 16) & 31);
        int cond = (insn >>> 12) & 15;
        int n = rz((insn >>> 5) & 31);
        int d = wz(insn & 31);
        long invert = op ? -1L : 0;
        int increment = op2;
        return sf ? new Csel64(d, n, m, cond, invert, increment) : new Csel32(d, n, m, cond, (int) invert, increment);
    }

    static final class Csel64 extends A64Insn {
        private final int d, n, m, cond, increment;
        private final long invert;

        Csel64(int d, int n, int m, int cond, long invert, int increment) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.cond = cond;
            this.invert = invert;
            this.increment = increment;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Cond.holds(cond, c.nzcv) ? c.x[n] : (c.x[m] ^ invert) + increment;
        }
    }

    static final class Csel32 extends A64Insn {
        private final int d, n, m, cond, invert, increment;

        Csel32(int d, int n, int m, int cond, int invert, int increment) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.cond = cond;
            this.invert = invert;
            this.increment = increment;
        }

        @Override
        public void exec(A64Cpu c) {
            int r = Cond.holds(cond, c.nzcv) ? (int) c.x[n] : ((int) c.x[m] ^ invert) + increment;
            c.x[d] = r & 0xffffffffL;
        }
    }
}
