package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;

/**
 * STRB, STRH, STR (32 and 64-bit), with their unscaled (STUR*) and unprivileged (STTR*) forms,
 * one class per size and addressing mode. A pre- or post-index store whose Rt is Rn (CONSTRAINED
 * UNPREDICTABLE) stores the register's value from before the write-back, as qemu does.
 */
final class IntStores {
    private IntStores() {}

    static final class StrbOffset extends Modes.Offset {
        StrbOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write8(c.x[n] + imm, (int) c.x[t]);
        }
    }

    static final class StrbIndexed extends Modes.Indexed {
        StrbIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write8(base + pre, (int) c.x[t]);
            c.x[n] = base + post;
        }
    }

    static final class StrbRegister extends Modes.Register {
        StrbRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write8(address(c), (int) c.x[t]);
        }
    }

    static final class StrhOffset extends Modes.Offset {
        StrhOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write16(c.x[n] + imm, (int) c.x[t]);
        }
    }

    static final class StrhIndexed extends Modes.Indexed {
        StrhIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write16(base + pre, (int) c.x[t]);
            c.x[n] = base + post;
        }
    }

    static final class StrhRegister extends Modes.Register {
        StrhRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write16(address(c), (int) c.x[t]);
        }
    }

    static final class StrWOffset extends Modes.Offset {
        StrWOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write32(c.x[n] + imm, (int) c.x[t]);
        }
    }

    static final class StrWIndexed extends Modes.Indexed {
        StrWIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write32(base + pre, (int) c.x[t]);
            c.x[n] = base + post;
        }
    }

    static final class StrWRegister extends Modes.Register {
        StrWRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write32(address(c), (int) c.x[t]);
        }
    }

    static final class StrXOffset extends Modes.Offset {
        StrXOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write64(c.x[n] + imm, c.x[t]);
        }
    }

    static final class StrXIndexed extends Modes.Indexed {
        StrXIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write64(base + pre, c.x[t]);
            c.x[n] = base + post;
        }
    }

    static final class StrXRegister extends Modes.Register {
        StrXRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write64(address(c), c.x[t]);
        }
    }

}
