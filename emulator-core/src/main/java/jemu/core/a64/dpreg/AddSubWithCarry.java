package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/** ADC, ADCS, SBC, SBCS (and NGC, NGCS): AddWithCarry(Xn, Xm or NOT(Xm), PSTATE.C). */
final class AddSubWithCarry {
    private AddSubWithCarry() {}

    /** sf op S 11010000 Rm 000000 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        long invert = (insn & (1 << 30)) != 0 ? -1L : 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int m = rz((insn >>> 16) & 31);
        int n = rz((insn >>> 5) & 31);
        int d = wz(insn & 31);
        if (setFlags) {
            return sf ? new Adcs64(d, n, m, invert) : new Adcs32(d, n, m, (int) invert);
        }
        return sf ? new Adc64(d, n, m, invert) : new Adc32(d, n, m, (int) invert);
    }

    static final class Adc64 extends A64Insn {
        private final int d, n, m;
        private final long invert;

        Adc64(int d, int n, int m, long invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.invert = invert;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry64(c.x[n], c.x[m] ^ invert, Alu.carry(c.nzcv));
        }
    }

    static final class Adc32 extends A64Insn {
        private final int d, n, m, invert;

        Adc32(int d, int n, int m, int invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.invert = invert;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry32((int) c.x[n], (int) c.x[m] ^ invert, Alu.carry(c.nzcv)) & 0xffffffffL;
        }
    }

    static final class Adcs64 extends A64Insn {
        private final int d, n, m;
        private final long invert;

        Adcs64(int d, int n, int m, long invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.invert = invert;
        }

        @Override
        public void exec(A64Cpu c) {
            long x = c.x[n], y = c.x[m] ^ invert;
            int carryIn = Alu.carry(c.nzcv);
            c.nzcv = Alu.nzcvAdd64(x, y, carryIn);
            c.x[d] = Alu.addWithCarry64(x, y, carryIn);
        }
    }

    static final class Adcs32 extends A64Insn {
        private final int d, n, m, invert;

        Adcs32(int d, int n, int m, int invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.invert = invert;
        }

        @Override
        public void exec(A64Cpu c) {
            int x = (int) c.x[n], y = (int) c.x[m] ^ invert;
            int carryIn = Alu.carry(c.nzcv);
            c.nzcv = Alu.nzcvAdd32(x, y, carryIn);
            c.x[d] = Alu.addWithCarry32(x, y, carryIn) & 0xffffffffL;
        }
    }
}
