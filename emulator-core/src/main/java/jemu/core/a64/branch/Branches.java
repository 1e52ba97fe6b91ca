package jemu.core.a64.branch;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Cond;

/** B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR, RET. */
final class Branches {
    private Branches() {}

    abstract static class Branch extends A64Insn {
        @Override
        public final boolean endsBlock() {
            return true;
        }
    }

    static final class B extends Branch {
        private final long target;

        B(long target) {
            this.target = target;
        }

        @Override
        public void exec(A64Cpu c) {
            c.pc = target;
        }
    }

    static final class BL extends Branch {
        private final long target, link;

        BL(long target, long link) {
            this.target = target;
            this.link = link;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[30] = link;
            c.pc = target;
        }
    }

    static final class BCond extends Branch {
        private final int cond;
        private final long target, next;

        BCond(int cond, long target, long next) {
            this.cond = cond;
            this.target = target;
            this.next = next;
        }

        @Override
        public void exec(A64Cpu c) {
            c.pc = Cond.holds(cond, c.nzcv) ? target : next;
        }
    }

    static final class CompareBranch extends Branch {
        private final int rt;
        private final long mask, target, next;
        private final boolean nonZero;

        CompareBranch(int rt, boolean sf, boolean nonZero, long target, long next) {
            this.rt = rt;
            this.mask = sf ? -1L : 0xffffffffL;
            this.nonZero = nonZero;
            this.target = target;
            this.next = next;
        }

        @Override
        public void exec(A64Cpu c) {
            boolean zero = (c.x[rt] & mask) == 0;
            c.pc = zero != nonZero ? target : next;
        }
    }

    static final class TestBranch extends Branch {
        private final int rt, bit;
        private final long target, next;
        private final boolean nonZero;

        TestBranch(int rt, int bit, boolean nonZero, long target, long next) {
            this.rt = rt;
            this.bit = bit;
            this.nonZero = nonZero;
            this.target = target;
            this.next = next;
        }

        @Override
        public void exec(A64Cpu c) {
            boolean set = (c.x[rt] >>> bit & 1) != 0;
            c.pc = set == nonZero ? target : next;
        }
    }

    /**
     * AArch64.BranchAddr(), shared pseudocode, at EL0 with TCR_EL1.TBI0 set and TBI1 clear (as
     * Linux sets them, and TBID0 clear): a target whose bit 55 is clear loses its top byte (the
     * tag); one whose bit 55 is set is kept whole.
     */
    static long branchAddr(long target) {
        return target & (target << 8 >> 8);
    }

    static final class BR extends Branch {
        private final int rn;

        BR(int rn) {
            this.rn = rn;
        }

        @Override
        public void exec(A64Cpu c) {
            c.pc = branchAddr(c.x[rn]);
        }
    }

    static final class BLR extends Branch {
        private final int rn;
        private final long link;

        BLR(int rn, long link) {
            this.rn = rn;
            this.link = link;
        }

        @Override
        public void exec(A64Cpu c) {
            long target = branchAddr(c.x[rn]);
            c.x[30] = link;
            c.pc = target;
        }
    }
}
