package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.dpimm.Moves;
import jemu.core.arm.Alu;

/**
 * AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register), and their aliases MOV, MVN (register),
 * TST (shifted register). The N bit's NOT(operand2) is an exclusive or with {@code invert}, 0 or -1.
 */
final class LogicalShiftedRegister {
    private LogicalShiftedRegister() {}

    private static final int AND = 0, ORR = 1, EOR = 2;

    /** sf opc 01010 shift N Rm imm6 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int opc = (insn >>> 29) & 3;
        int type = (insn >>> 22) & 3;
        long invert = (insn & (1 << 21)) != 0 ? -1L : 0;
        int amount = (insn >>> 10) & 0x3f;
        if (!sf && amount >= 32) {
            return null;
        }
        int m = rz((insn >>> 16) & 31);
        int rn = (insn >>> 5) & 31;
        int rd = insn & 31;
        int n = rz(rn);
        if (opc == ORR && rn == 31 && invert == 0 && amount == 0) {
            return sf ? new Moves.MovReg64(wz(rd), m) : new Moves.MovReg32(wz(rd), m);
        }
        if (opc == AND) {
            return sf ? new And64(wz(rd), n, m, type, amount, invert) : new And32(wz(rd), n, m, type, amount, (int) invert);
        }
        if (opc == ORR) {
            return sf ? new Orr64(wz(rd), n, m, type, amount, invert) : new Orr32(wz(rd), n, m, type, amount, (int) invert);
        }
        if (opc == EOR) {
            return sf ? new Eor64(wz(rd), n, m, type, amount, invert) : new Eor32(wz(rd), n, m, type, amount, (int) invert);
        }
        if (rd == 31) {
            return sf ? new Tst64(n, m, type, amount, invert) : new Tst32(n, m, type, amount, (int) invert);
        }
        return sf ? new Ands64(wz(rd), n, m, type, amount, invert) : new Ands32(wz(rd), n, m, type, amount, (int) invert);
    }

    /** Fields shared by the 64-bit forms: operand2 is ShiftReg(Xm, type, amount) EOR invert. */
    abstract static class Logical64 extends A64Insn {
        final int d, n, m, type, amount;
        final long invert;

        Logical64(int d, int n, int m, int type, int amount, long invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invert = invert;
        }

        final long operand2(A64Cpu c) {
            return Alu.shiftReg64(c.x[m], type, amount) ^ invert;
        }
    }

    abstract static class Logical32 extends A64Insn {
        final int d, n, m, type, amount, invert;

        Logical32(int d, int n, int m, int type, int amount, int invert) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invert = invert;
        }

        final int operand2(A64Cpu c) {
            return Alu.shiftReg32((int) c.x[m], type, amount) ^ invert;
        }
    }

    static final class And64 extends Logical64 {
        And64(int d, int n, int m, int type, int amount, long invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] & operand2(c);
        }
    }

    static final class And32 extends Logical32 {
        And32(int d, int n, int m, int type, int amount, int invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] & operand2(c)) & 0xffffffffL;
        }
    }

    static final class Orr64 extends Logical64 {
        Orr64(int d, int n, int m, int type, int amount, long invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] | operand2(c);
        }
    }

    static final class Orr32 extends Logical32 {
        Orr32(int d, int n, int m, int type, int amount, int invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] | operand2(c)) & 0xffffffffL;
        }
    }

    static final class Eor64 extends Logical64 {
        Eor64(int d, int n, int m, int type, int amount, long invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] ^ operand2(c);
        }
    }

    static final class Eor32 extends Logical32 {
        Eor32(int d, int n, int m, int type, int amount, int invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] ^ operand2(c)) & 0xffffffffL;
        }
    }

    static final class Ands64 extends Logical64 {
        Ands64(int d, int n, int m, int type, int amount, long invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            long r = c.x[n] & operand2(c);
            c.nzcv = Alu.nzcvLogical64(r);
            c.x[d] = r;
        }
    }

    static final class Ands32 extends Logical32 {
        Ands32(int d, int n, int m, int type, int amount, int invert) {
            super(d, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            int r = (int) c.x[n] & operand2(c);
            c.nzcv = Alu.nzcvLogical32(r);
            c.x[d] = r & 0xffffffffL;
        }
    }

    /** TST (shifted register), and BICS to XZR: the flags of ANDS, no result. */
    static final class Tst64 extends Logical64 {
        Tst64(int n, int m, int type, int amount, long invert) {
            super(A64Cpu.DISCARD, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvLogical64(c.x[n] & operand2(c));
        }
    }

    static final class Tst32 extends Logical32 {
        Tst32(int n, int m, int type, int amount, int invert) {
            super(A64Cpu.DISCARD, n, m, type, amount, invert);
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvLogical32((int) c.x[n] & operand2(c));
        }
    }
}
