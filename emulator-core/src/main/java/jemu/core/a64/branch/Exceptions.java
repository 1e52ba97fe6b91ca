package jemu.core.a64.branch;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Stop;

/** SVC, BRK, HLT: stop the engine and let the OS layer act. */
final class Exceptions {
    private Exceptions() {}

    abstract static class Trap extends A64Insn {
        private final int kind, imm16;
        private final long resumePc;

        Trap(int kind, int imm16, long resumePc) {
            this.kind = kind;
            this.imm16 = imm16;
            this.resumePc = resumePc;
        }

        @Override
        public final void exec(A64Cpu c) {
            c.pc = resumePc;
            c.stopImmediate = imm16;
            c.stop = kind;
        }

        @Override
        public final boolean endsBlock() {
            return true;
        }
    }

    /** SVC: the preferred return address is the next instruction. */
    static final class Svc extends Trap {
        Svc(int imm16, long next) {
            super(Stop.SVC, imm16, next);
        }
    }

    /** BRK: reported at the instruction itself. */
    static final class Brk extends Trap {
        Brk(int imm16, long pc) {
            super(Stop.BREAKPOINT, imm16, pc);
        }
    }

    /** HLT: reported at the instruction itself. */
    static final class Hlt extends Trap {
        Hlt(int imm16, long pc) {
            super(Stop.HALT, imm16, pc);
        }
    }
}
