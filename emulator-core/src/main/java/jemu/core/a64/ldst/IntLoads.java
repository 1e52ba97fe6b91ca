package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;

/**
 * LDRB, LDRH, LDR (32 and 64-bit), LDRSB, LDRSH, LDRSW, with their unscaled (LDUR*) and
 * unprivileged (LDTR*) forms: one class per size and addressing mode, so that {@code exec} is a
 * register read, an add, one memory read and a register write. Sign-extending loads to a W
 * register keep the low 32 bits through {@code width}. A pre- or post-index load whose Rt is Rn
 * (CONSTRAINED UNPREDICTABLE) leaves the written-back address in Rn, as qemu does.
 */
final class IntLoads {
    private IntLoads() {}

    static final class LdrbOffset extends Modes.Offset {
        LdrbOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read8(c.x[n] + imm);
        }
    }

    static final class LdrbIndexed extends Modes.Indexed {
        LdrbIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = c.mem.read8(base + pre);
            c.x[n] = base + post;
        }
    }

    static final class LdrbRegister extends Modes.Register {
        LdrbRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read8(address(c));
        }
    }

    static final class LdrhOffset extends Modes.Offset {
        LdrhOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read16(c.x[n] + imm);
        }
    }

    static final class LdrhIndexed extends Modes.Indexed {
        LdrhIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = c.mem.read16(base + pre);
            c.x[n] = base + post;
        }
    }

    static final class LdrhRegister extends Modes.Register {
        LdrhRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read16(address(c));
        }
    }

    static final class LdrWOffset extends Modes.Offset {
        LdrWOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read32(c.x[n] + imm) & 0xffffffffL;
        }
    }

    static final class LdrWIndexed extends Modes.Indexed {
        LdrWIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = c.mem.read32(base + pre) & 0xffffffffL;
            c.x[n] = base + post;
        }
    }

    static final class LdrWRegister extends Modes.Register {
        LdrWRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read32(address(c)) & 0xffffffffL;
        }
    }

    static final class LdrXOffset extends Modes.Offset {
        LdrXOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read64(c.x[n] + imm);
        }
    }

    static final class LdrXIndexed extends Modes.Indexed {
        LdrXIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = c.mem.read64(base + pre);
            c.x[n] = base + post;
        }
    }

    static final class LdrXRegister extends Modes.Register {
        LdrXRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = c.mem.read64(address(c));
        }
    }

    static final class LdrsbOffset extends Modes.Offset {
        private final long width;

        LdrsbOffset(int t, int n, long imm, long width) {
            super(t, n, imm);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (byte) c.mem.read8(c.x[n] + imm) & width;
        }
    }

    static final class LdrsbIndexed extends Modes.Indexed {
        private final long width;

        LdrsbIndexed(int t, int n, long pre, long post, long width) {
            super(t, n, pre, post);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = (byte) c.mem.read8(base + pre) & width;
            c.x[n] = base + post;
        }
    }

    static final class LdrsbRegister extends Modes.Register {
        private final long width;

        LdrsbRegister(int t, int n, int m, int option, int shift, long width) {
            super(t, n, m, option, shift);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (byte) c.mem.read8(address(c)) & width;
        }
    }

    static final class LdrshOffset extends Modes.Offset {
        private final long width;

        LdrshOffset(int t, int n, long imm, long width) {
            super(t, n, imm);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (short) c.mem.read16(c.x[n] + imm) & width;
        }
    }

    static final class LdrshIndexed extends Modes.Indexed {
        private final long width;

        LdrshIndexed(int t, int n, long pre, long post, long width) {
            super(t, n, pre, post);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = (short) c.mem.read16(base + pre) & width;
            c.x[n] = base + post;
        }
    }

    static final class LdrshRegister extends Modes.Register {
        private final long width;

        LdrshRegister(int t, int n, int m, int option, int shift, long width) {
            super(t, n, m, option, shift);
            this.width = width;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (short) c.mem.read16(address(c)) & width;
        }
    }

    static final class LdrswOffset extends Modes.Offset {
        LdrswOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (long) c.mem.read32(c.x[n] + imm);
        }
    }

    static final class LdrswIndexed extends Modes.Indexed {
        LdrswIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.x[t] = (long) c.mem.read32(base + pre);
            c.x[n] = base + post;
        }
    }

    static final class LdrswRegister extends Modes.Register {
        LdrswRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[t] = (long) c.mem.read32(address(c));
        }
    }

}
