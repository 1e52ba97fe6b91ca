package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.VRegs;

/**
 * LDR and LDUR of a SIMD&FP register (B, H, S, D, Q), one class per size and addressing mode. A
 * scalar load zeroes the rest of the 128-bit register. The Q forms read both halves before
 * writing the register, so a fault in the second half changes nothing.
 */
final class FpLoads {
    private FpLoads() {}

    static final class LdrBOffset extends Modes.Offset {
        LdrBOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read8(c.x[n] + imm));
        }
    }

    static final class LdrBIndexed extends Modes.Indexed {
        LdrBIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            VRegs.set64(c.v, t, c.mem.read8(base + pre));
            c.x[n] = base + post;
        }
    }

    static final class LdrBRegister extends Modes.Register {
        LdrBRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read8(address(c)));
        }
    }

    static final class LdrHOffset extends Modes.Offset {
        LdrHOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read16(c.x[n] + imm));
        }
    }

    static final class LdrHIndexed extends Modes.Indexed {
        LdrHIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            VRegs.set64(c.v, t, c.mem.read16(base + pre));
            c.x[n] = base + post;
        }
    }

    static final class LdrHRegister extends Modes.Register {
        LdrHRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read16(address(c)));
        }
    }

    static final class LdrSOffset extends Modes.Offset {
        LdrSOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read32(c.x[n] + imm) & 0xffffffffL);
        }
    }

    static final class LdrSIndexed extends Modes.Indexed {
        LdrSIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            VRegs.set64(c.v, t, c.mem.read32(base + pre) & 0xffffffffL);
            c.x[n] = base + post;
        }
    }

    static final class LdrSRegister extends Modes.Register {
        LdrSRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read32(address(c)) & 0xffffffffL);
        }
    }

    static final class LdrDOffset extends Modes.Offset {
        LdrDOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read64(c.x[n] + imm));
        }
    }

    static final class LdrDIndexed extends Modes.Indexed {
        LdrDIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            VRegs.set64(c.v, t, c.mem.read64(base + pre));
            c.x[n] = base + post;
        }
    }

    static final class LdrDRegister extends Modes.Register {
        LdrDRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            VRegs.set64(c.v, t, c.mem.read64(address(c)));
        }
    }


    static final class LdrQOffset extends Modes.Offset {
        LdrQOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            VRegs.set128(c.v, t, lo, hi);
        }
    }

    static final class LdrQIndexed extends Modes.Indexed {
        LdrQIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            VRegs.set128(c.v, t, lo, hi);
            c.x[n] = base + post;
        }
    }

    static final class LdrQRegister extends Modes.Register {
        LdrQRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = address(c);
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            VRegs.set128(c.v, t, lo, hi);
        }
    }
}
