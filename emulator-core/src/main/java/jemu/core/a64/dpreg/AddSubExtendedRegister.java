package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/**
 * ADD, ADDS, SUB, SUBS (extended register), and CMP, CMN (extended register). Rn is SP where
 * it is 31, and so is Rd of ADD and SUB; operand2 is ExtendReg(Rm, option, imm3), NOT-ed for a
 * subtraction as in {@link AddSubShiftedRegister}.
 */
final class AddSubExtendedRegister {
    private AddSubExtendedRegister() {}

    /** sf op S 01011 opt 1 Rm option imm3 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean sub = (insn & (1 << 30)) != 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int opt = (insn >>> 22) & 3;
        int option = (insn >>> 13) & 7;
        int shift = (insn >>> 10) & 7;
        if (opt != 0 || shift > 4) {
            return null;
        }
        int m = rz((insn >>> 16) & 31);
        int n = sp((insn >>> 5) & 31);
        int rd = insn & 31;
        int carryIn = sub ? 1 : 0;
        long invert = sub ? -1L : 0;
        if (!setFlags) {
            return sf ? new AddExt64(sp(rd), n, m, option, shift, invert, carryIn)
                    : new AddExt32(sp(rd), n, m, option, shift, invert, carryIn);
        }
        return sf ? new AddsExt64(wz(rd), n, m, option, shift, invert, carryIn)
                : new AddsExt32(wz(rd), n, m, option, shift, invert, carryIn);
    }

    abstract static class AddSubExt extends A64Insn {
        final int d, n, m, option, shift, carryIn;
        final long invert;

        AddSubExt(int d, int n, int m, int option, int shift, long invert, int carryIn) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.option = option;
            this.shift = shift;
            this.invert = invert;
            this.carryIn = carryIn;
        }

        /** For a 32-bit operation, the low half is the operand. */
        final long operand2(A64Cpu c) {
            return Alu.extendReg64(c.x[m], option, shift) ^ invert;
        }
    }

    static final class AddExt64 extends AddSubExt {
        AddExt64(int d, int n, int m, int option, int shift, long invert, int carryIn) {
            super(d, n, m, option, shift, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry64(c.x[n], operand2(c), carryIn);
        }
    }

    static final class AddExt32 extends AddSubExt {
        AddExt32(int d, int n, int m, int option, int shift, long invert, int carryIn) {
            super(d, n, m, option, shift, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.addWithCarry32((int) c.x[n], (int) operand2(c), carryIn) & 0xffffffffL;
        }
    }

    static final class AddsExt64 extends AddSubExt {
        AddsExt64(int d, int n, int m, int option, int shift, long invert, int carryIn) {
            super(d, n, m, option, shift, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            long x = c.x[n], y = operand2(c);
            c.nzcv = Alu.nzcvAdd64(x, y, carryIn);
            c.x[d] = Alu.addWithCarry64(x, y, carryIn);
        }
    }

    static final class AddsExt32 extends AddSubExt {
        AddsExt32(int d, int n, int m, int option, int shift, long invert, int carryIn) {
            super(d, n, m, option, shift, invert, carryIn);
        }

        @Override
        public void exec(A64Cpu c) {
            int x = (int) c.x[n], y = (int) operand2(c);
            c.nzcv = Alu.nzcvAdd32(x, y, carryIn);
            c.x[d] = Alu.addWithCarry32(x, y, carryIn) & 0xffffffffL;
        }
    }
}
