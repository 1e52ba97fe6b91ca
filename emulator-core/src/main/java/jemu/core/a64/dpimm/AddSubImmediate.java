package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/** ADD, ADDS, SUB, SUBS (immediate), and their aliases MOV (to/from SP), CMP, CMN (immediate). */
final class AddSubImmediate {
    private AddSubImmediate() {}

    /** sf op S 100010 sh imm12 Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean sub = (insn & (1 << 30)) != 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        long imm = (long) ((insn >>> 10) & 0xfff) << ((insn & (1 << 22)) != 0 ? 12 : 0);
        int n = sp((insn >>> 5) & 31);
        int rd = insn & 31;
        if (!setFlags) {
            int d = sp(rd);
            if (imm == 0) {
                return sf ? new Moves.MovReg64(d, n) : new Moves.MovReg32(d, n);
            }
            long addend = sub ? -imm : imm;
            return sf ? new AddImm64(d, n, addend) : new AddImm32(d, n, (int) addend);
        }
        // The pseudocode's operand2 = NOT(imm) and carry_in = 1 for a subtraction.
        long y = sub ? ~imm : imm;
        int carryIn = sub ? 1 : 0;
        if (rd == 31) {
            return sf ? new CmpImm64(n, y, carryIn) : new CmpImm32(n, (int) y, carryIn);
        }
        int d = wz(rd);
        return sf ? new AddsImm64(d, n, y, carryIn) : new AddsImm32(d, n, (int) y, carryIn);
    }

    /** ADD/SUB: Xd = Xn + imm, with a subtraction's immediate negated at decode time. */
    static final class AddImm64 extends A64Insn {
        private final int d, n;
        private final long imm;

        AddImm64(int d, int n, long imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] + imm;
        }
    }

    static final class AddImm32 extends A64Insn {
        private final int d, n, imm;

        AddImm32(int d, int n, int imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] + imm) & 0xffffffffL;
        }
    }

    /** ADDS/SUBS: AddWithCarry(Xn, y, carryIn) with y and carryIn decided at decode time. */
    static final class AddsImm64 extends A64Insn {
        private final int d, n, carryIn;
        private final long y;

        AddsImm64(int d, int n, long y, int carryIn) {
            this.d = d;
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
        }

        @Override
        public void exec(A64Cpu c) {
            long x = c.x[n];
            c.nzcv = Alu.nzcvAdd64(x, y, carryIn);
            c.x[d] = Alu.addWithCarry64(x, y, carryIn);
        }
    }

    static final class AddsImm32 extends A64Insn {
        private final int d, n, y, carryIn;

        AddsImm32(int d, int n, int y, int carryIn) {
            this.d = d;
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
        }

        @Override
        public void exec(A64Cpu c) {
            int x = (int) c.x[n];
            c.nzcv = Alu.nzcvAdd32(x, y, carryIn);
            c.x[d] = Alu.addWithCarry32(x, y, carryIn) & 0xffffffffL;
        }
    }

    /** CMP/CMN (immediate): the flags of ADDS/SUBS, no result. */
    static final class CmpImm64 extends A64Insn {
        private final int n, carryIn;
        private final long y;

        CmpImm64(int n, long y, int carryIn) {
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvAdd64(c.x[n], y, carryIn);
        }
    }

    static final class CmpImm32 extends A64Insn {
        private final int n, y, carryIn;

        CmpImm32(int n, int y, int carryIn) {
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvAdd32((int) c.x[n], y, carryIn);
        }
    }
}
