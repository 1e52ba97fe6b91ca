package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/**
 * ADD, ADDS, SUB, SUBS (shifted register), and their aliases NEG, NEGS, CMP, CMN (shifted
 * register). As in the pseudocode, a subtraction is AddWithCarry(Xn, NOT(operand2), 1): the NOT
 * is an exclusive or with {@code invert} (0 or -1) and the carry in is {@code carryIn}.
 */
final class AddSubShiftedRegister {
    private AddSubShiftedRegister() {}

    /** sf op S 01011 shift 0 Rm imm6 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean sub = (insn & (1 << 30)) != 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int type = (insn >>> 22) & 3;
        int amount = (insn >>> 10) & 0x3f;
        if (type == Alu.ROR || (!sf && amount >= 32)) {
            return null;
        }
        int m = rz((insn >>> 16) & 31);
        int n = rz((insn >>> 5) & 31);
        int rd = insn & 31;
        int carryIn = sub ? 1 : 0;
        long invert = sub ? -1L : 0;
        if (!setFlags) {
            return sf ? new Add64(wz(rd), n, m, type, amount, invert, carryIn)
                    : new Add32(wz(rd), n, m, type, amount, (int) invert, carryIn);
        }
        if (rd == 31) {
            return sf ? new Cmp64(n, m, type, amount, invert, carryIn)
                    : new Cmp32(n, m, type, amount, (int) invert, carryIn);
        }
        return sf ? new Adds64(wz(rd), n, m, type, amount, invert, carryIn)
                : new Adds32(wz(rd), n, m, type, amount, (int) invert, carryIn);
    }

    abstract static class AddSub64 extends A64Insn {
        final int d, n, m, type, amount, carryIn;
        final long invert;

        AddSub64(int d, int n, int m, int type, int amount, long invert, int carryIn) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invert = invert;
            this.carryIn = carryIn;
        }

        final long operand2(A64Cpu c) {
            return Alu.shiftReg64(c.x[m], type, amount) ^ invert;
        }
    }

    abstract static class AddSub32 extends A64Insn {
        final int d, n, m, type, amount, invert, carryIn;

        AddSub32(int d, int n, int m, int type, int amount, int invert, int carryIn) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invert = invert;
            this.carryIn = carryIn;
        }

        final int operand2(A64Cpu c) {
            return Alu.shiftReg32((int) c.x[m], type, amount) ^ invert;
        }
    }

    static final class Add64 extends AddSub64 {
        Add64(int d, int n, int m, int type, int amount, long invert, int carryIn) {
            super(d, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry64(c.x[n], operand2(c), carryIn);
        }
    }

    static final class Add32 extends AddSub32 {
        Add32(int d, int n, int m, int type, int amount, int invert, int carryIn) {
            super(d, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry32((int) c.x[n], operand2(c), carryIn) & 0xffffffffL;
        }
    }

    static final class Adds64 extends AddSub64 {
        Adds64(int d, int n, int m, int type, int amount, long invert, int carryIn) {
            super(d, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            long x = c.x[n], y = operand2(c);
            c.nzcv = Alu.nzcvAdd64(x, y, carryIn);
            c.x[d] = Alu.addWithCarry64(x, y, carryIn);
        }
    }

    static final class Adds32 extends AddSub32 {
        Adds32(int d, int n, int m, int type, int amount, int invert, int carryIn) {
            super(d, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            int x = (int) c.x[n], y = operand2(c);
            c.nzcv = Alu.nzcvAdd32(x, y, carryIn);
            c.x[d] = Alu.addWithCarry32(x, y, carryIn) & 0xffffffffL;
        }
    }

    /** CMP, CMN (shifted register): the flags of SUBS, ADDS, no result. */
    static final class Cmp64 extends AddSub64 {
        Cmp64(int n, int m, int type, int amount, long invert, int carryIn) {
            super(A64Cpu.DISCARD, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvAdd64(c.x[n], operand2(c), carryIn);
        }
    }

    static final class Cmp32 extends AddSub32 {
        Cmp32(int n, int m, int type, int amount, int invert, int carryIn) {
            super(A64Cpu.DISCARD, n, m, type, amount, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvAdd32((int) c.x[n], operand2(c), carryIn);
        }
    }
}
