package jemu.core.a64.dpimm;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * The moves that many encodings reduce to once decoded: a constant load (MOVZ, MOVN, MOV of a
 * bitmask immediate, ADR, ADRP) and a register copy (MOV to or from SP, MOV register, EXTR #0).
 */
public final class Moves {
    private Moves() {}

    /** Xd = a value known at decode time (a W result already zero-extended). */
    public static final class MovImm extends A64Insn {
        private final int d;
        private final long value;

        public MovImm(int d, long value) {
            this.d = d;
            this.value = value;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = value;
        }
    }

    /** Xd = Xn. */
    public static final class MovReg64 extends A64Insn {
        private final int d, n;

        public MovReg64(int d, int n) {
            this.d = d;
            this.n = n;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n];
        }
    }

    /** Wd = Wn, zero-extended. */
    public static final class MovReg32 extends A64Insn {
        private final int d, n;

        public MovReg32(int d, int n) {
            this.d = d;
            this.n = n;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] & 0xffffffffL;
        }
    }
}
