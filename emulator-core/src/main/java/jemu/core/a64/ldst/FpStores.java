package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.VRegs;

/**
 * STR and STUR of a SIMD&FP register (B, H, S, D, Q), one class per size and addressing mode. A
 * Q store is two 64-bit stores, low half first, as qemu does it: when only the high half faults,
 * the low half has been written.
 */
final class FpStores {
    private FpStores() {}

    static final class StrBOffset extends Modes.Offset {
        StrBOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write8(c.x[n] + imm, (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrBIndexed extends Modes.Indexed {
        StrBIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write8(base + pre, (int) VRegs.lo(c.v, t));
            c.x[n] = base + post;
        }
    }

    static final class StrBRegister extends Modes.Register {
        StrBRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write8(address(c), (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrHOffset extends Modes.Offset {
        StrHOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write16(c.x[n] + imm, (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrHIndexed extends Modes.Indexed {
        StrHIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write16(base + pre, (int) VRegs.lo(c.v, t));
            c.x[n] = base + post;
        }
    }

    static final class StrHRegister extends Modes.Register {
        StrHRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write16(address(c), (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrSOffset extends Modes.Offset {
        StrSOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write32(c.x[n] + imm, (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrSIndexed extends Modes.Indexed {
        StrSIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write32(base + pre, (int) VRegs.lo(c.v, t));
            c.x[n] = base + post;
        }
    }

    static final class StrSRegister extends Modes.Register {
        StrSRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write32(address(c), (int) VRegs.lo(c.v, t));
        }
    }

    static final class StrDOffset extends Modes.Offset {
        StrDOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write64(c.x[n] + imm, VRegs.lo(c.v, t));
        }
    }

    static final class StrDIndexed extends Modes.Indexed {
        StrDIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            c.mem.write64(base + pre, VRegs.lo(c.v, t));
            c.x[n] = base + post;
        }
    }

    static final class StrDRegister extends Modes.Register {
        StrDRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            c.mem.write64(address(c), VRegs.lo(c.v, t));
        }
    }


    static final class StrQOffset extends Modes.Offset {
        StrQOffset(int t, int n, long imm) {
            super(t, n, imm);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n] + imm;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.hi(c.v, t));
        }
    }

    static final class StrQIndexed extends Modes.Indexed {
        StrQIndexed(int t, int n, long pre, long post) {
            super(t, n, pre, post);
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base + pre;
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.hi(c.v, t));
            c.x[n] = base + post;
        }
    }

    static final class StrQRegister extends Modes.Register {
        StrQRegister(int t, int n, int m, int option, int shift) {
            super(t, n, m, option, shift);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = address(c);
            c.mem.write64(a, VRegs.lo(c.v, t));
            c.mem.write64(a + 8, VRegs.hi(c.v, t));
        }
    }
}
