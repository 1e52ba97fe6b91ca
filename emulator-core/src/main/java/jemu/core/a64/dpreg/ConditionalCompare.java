package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;
import jemu.core.arm.Cond;

/**
 * CCMN, CCMP (register and immediate): if the condition holds, the flags of CMN or CMP;
 * otherwise the flags given by the nzcv field. CCMP is AddWithCarry(Xn, NOT(operand2), 1).
 */
final class ConditionalCompare {
    private ConditionalCompare() {}

    /** sf op S 11010010 Rm|imm5 cond x o2 Rn o3 nzcv; x (bit 11) is 1 for the immediate form. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean sub = (insn & (1 << 30)) != 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        boolean immediate = (insn & (1 << 11)) != 0;
        boolean o2 = (insn & (1 << 10)) != 0;
        boolean o3 = (insn & (1 << 4)) != 0;
        if (!setFlags || o2 || o3) {
            return null;
        }
        int field = (insn >>> 16) & 31;
        int cond = (insn >>> 12) & 15;
        int n = rz((insn >>> 5) & 31);
        int flags = (insn & 15) << 28;
        int carryIn = sub ? 1 : 0;
        long invert = sub ? -1L : 0;
        if (immediate) {
            long y = field ^ invert;
            return sf ? new CcmpImm64(n, y, carryIn, cond, flags) : new CcmpImm32(n, (int) y, carryIn, cond, flags);
        }
        int m = rz(field);
        return sf ? new CcmpReg64(n, m, invert, carryIn, cond, flags)
                : new CcmpReg32(n, m, (int) invert, carryIn, cond, flags);
    }

    static final class CcmpReg64 extends A64Insn {
        private final int n, m, carryIn, cond, flags;
        private final long invert;

        CcmpReg64(int n, int m, long invert, int carryIn, int cond, int flags) {
            this.n = n;
            this.m = m;
            this.invert = invert;
            this.carryIn = carryIn;
            this.cond = cond;
            this.flags = flags;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? Alu.nzcvAdd64(c.x[n], c.x[m] ^ invert, carryIn) : flags;
        }
    }

    static final class CcmpReg32 extends A64Insn {
        private final int n, m, invert, carryIn, cond, flags;

        CcmpReg32(int n, int m, int invert, int carryIn, int cond, int flags) {
            this.n = n;
            this.m = m;
            this.invert = invert;
            this.carryIn = carryIn;
            this.cond = cond;
            this.flags = flags;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? Alu.nzcvAdd32((int) c.x[n], (int) c.x[m] ^ invert, carryIn) : flags;
        }
    }

    /** {@code y} is the immediate, already NOT-ed for CCMP. */
    static final class CcmpImm64 extends A64Insn {
        private final int n, carryIn, cond, flags;
        private final long y;

        CcmpImm64(int n, long y, int carryIn, int cond, int flags) {
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
            this.cond = cond;
            this.flags = flags;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? Alu.nzcvAdd64(c.x[n], y, carryIn) : flags;
        }
    }

    static final class CcmpImm32 extends A64Insn {
        private final int n, y, carryIn, cond, flags;

        CcmpImm32(int n, int y, int carryIn, int cond, int flags) {
            this.n = n;
            this.y = y;
            this.carryIn = carryIn;
            this.cond = cond;
            this.flags = flags;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? Alu.nzcvAdd32((int) c.x[n], y, carryIn) : flags;
        }
    }
}
