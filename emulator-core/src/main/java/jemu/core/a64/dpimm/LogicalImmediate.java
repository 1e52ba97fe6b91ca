package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/** AND, ORR, EOR, ANDS (immediate), and their aliases MOV (bitmask immediate), TST (immediate). */
final class LogicalImmediate {
    private LogicalImmediate() {}

    private static final int AND = 0, ORR = 1, EOR = 2, ANDS = 3;

    /** sf opc 100100 N immr imms Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int opc = (insn >>> 29) & 3;
        int immN = (insn >>> 22) & 1;
        if (!sf && immN != 0) {
            return null;
        }
        BitMasks masks = BitMasks.decode(immN, (insn >>> 10) & 0x3f, (insn >>> 16) & 0x3f, true, sf ? 64 : 32);
        if (masks == null) {
            return null;
        }
        long imm = masks.wmask();
        int rn = (insn >>> 5) & 31;
        int rd = insn & 31;
        if (opc == ANDS) {
            if (rd == 31) {
                return sf ? new TstImm64(rz(rn), imm) : new TstImm32(rz(rn), (int) imm);
            }
            return sf ? new AndsImm64(wz(rd), rz(rn), imm) : new AndsImm32(wz(rd), rz(rn), (int) imm);
        }
        int d = sp(rd);
        if (opc == ORR && rn == 31) {
            return new Moves.MovImm(d, imm);
        }
        int n = rz(rn);
        return switch (opc) {
            case AND -> new AndImm(d, n, imm); // a W immediate has zeros above bit 31: zero-extends by itself
            case ORR -> sf ? new OrrImm64(d, n, imm) : new OrrImm32(d, n, (int) imm);
            default -> sf ? new EorImm64(d, n, imm) : new EorImm32(d, n, (int) imm);
        };
    }

    static final class AndImm extends A64Insn {
        private final int d, n;
        private final long imm;

        AndImm(int d, int n, long imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] & imm;
        }
    }

    static final class OrrImm64 extends A64Insn {
        private final int d, n;
        private final long imm;

        OrrImm64(int d, int n, long imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] | imm;
        }
    }

    static final class OrrImm32 extends A64Insn {
        private final int d, n, imm;

        OrrImm32(int d, int n, int imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] | imm) & 0xffffffffL;
        }
    }

    static final class EorImm64 extends A64Insn {
        private final int d, n;
        private final long imm;

        EorImm64(int d, int n, long imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] ^ imm;
        }
    }

    static final class EorImm32 extends A64Insn {
        private final int d, n, imm;

        EorImm32(int d, int n, int imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] ^ imm) & 0xffffffffL;
        }
    }

    static final class AndsImm64 extends A64Insn {
        private final int d, n;
        private final long imm;

        AndsImm64(int d, int n, long imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            long r = c.x[n] & imm;
            c.nzcv = Alu.nzcvLogical64(r);
            c.x[d] = r;
        }
    }

    static final class AndsImm32 extends A64Insn {
        private final int d, n, imm;

        AndsImm32(int d, int n, int imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            int r = (int) c.x[n] & imm;
            c.nzcv = Alu.nzcvLogical32(r);
            c.x[d] = r & 0xffffffffL;
        }
    }

    /** TST (immediate): the flags of ANDS, no result. */
    static final class TstImm64 extends A64Insn {
        private final int n;
        private final long imm;

        TstImm64(int n, long imm) {
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvLogical64(c.x[n] & imm);
        }
    }

    static final class TstImm32 extends A64Insn {
        private final int n, imm;

        TstImm32(int n, int imm) {
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Alu.nzcvLogical32((int) c.x[n] & imm);
        }
    }
}
