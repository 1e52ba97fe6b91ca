package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * LDR, LDRB, LDRSB, LDRH, LDRSH, STR, STRB, STRH (immediate, register, literal) and their
 * unprivileged forms, which in user mode are ordinary post-indexed accesses. These may be
 * unaligned (SCTLR.A is 0 for Linux user space).
 *
 * <p>The UNPREDICTABLE register overlaps behave as in qemu: a load with writeback to its own
 * Rt leaves the loaded value (the base is written first); a store with writeback stores Rt as it
 * was before; writeback to R15 (A32 only) is a BranchWritePC, overridden by a load to R15, which
 * is LoadWritePC (interworking) whatever the size.
 */
final class Single {
    private Single() {}

    /** A load with an immediate offset: {@code offset} is signed (U decided at decode time). */
    static final class LoadImm extends A32Insn {
        private final int type, t, n, offset;
        private final boolean index, wback, endsBlock;

        LoadImm(int type, int t, int n, int offset, boolean index, boolean wback) {
            this.type = type;
            this.t = t;
            this.n = n;
            this.offset = offset;
            this.index = index;
            this.wback = wback;
            this.endsBlock = t == A32Cpu.PC || wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int base = Access.base(c, n);
            int offsetAddr = base + offset;
            int v = Access.load(c.mem, A32Cpu.addr(index ? offsetAddr : base), type);
            if (wback) {
                Access.writeReg(c, n, offsetAddr);
            }
            if (t == A32Cpu.PC) {
                c.loadWritePc(v);
            } else {
                c.r[t] = v;
            }
        }

        @Override
        public boolean endsBlock() {
            return endsBlock;
        }
    }

    /** LDR Rt, [Rn, #offset] (Rt not the PC, no writeback): the common case, specialised. */
    static final class LoadWordOffset extends A32Insn {
        private final int t, n, offset;

        LoadWordOffset(int t, int n, int offset) {
            this.t = t;
            this.n = n;
            this.offset = offset;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[t] = c.mem.read32(A32Cpu.addr(c.r[n] + offset));
        }
    }

    /** STR Rt, [Rn, #offset] (no writeback): the common case, specialised. */
    static final class StoreWordOffset extends A32Insn {
        private final int t, n, offset;

        StoreWordOffset(int t, int n, int offset) {
            this.t = t;
            this.n = n;
            this.offset = offset;
        }

        @Override
        public void exec(A32Cpu c) {
            c.mem.write32(A32Cpu.addr(c.r[n] + offset), c.r[t]);
        }
    }

    /** A load from an address known at decode time (the literal forms, PC-relative without writeback). */
    static final class LoadLiteral extends A32Insn {
        private final int type, t, address;

        LoadLiteral(int type, int t, int address) {
            this.type = type;
            this.t = t;
            this.address = address;
        }

        @Override
        public void exec(A32Cpu c) {
            int v = Access.load(c.mem, A32Cpu.addr(address), type);
            if (t == A32Cpu.PC) {
                c.loadWritePc(v);
            } else {
                c.r[t] = v;
            }
        }

        @Override
        public boolean endsBlock() {
            return t == A32Cpu.PC;
        }
    }

    /** A load with a register offset, shifted by an immediate (DecodeImmShift). */
    static final class LoadReg extends A32Insn {
        private final int type, t, n, m, shiftType, imm5;
        private final boolean add, index, wback, endsBlock;

        LoadReg(int type, int t, int n, int m, int shiftType, int imm5, boolean add, boolean index, boolean wback) {
            this.type = type;
            this.t = t;
            this.n = n;
            this.m = m;
            this.shiftType = shiftType;
            this.imm5 = imm5;
            this.add = add;
            this.index = index;
            this.wback = wback;
            this.endsBlock = t == A32Cpu.PC || wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int offset = Access.shiftImm(c.r[m], shiftType, imm5, c.nzcv);
            int base = c.r[n];
            int offsetAddr = add ? base + offset : base - offset;
            int v = Access.load(c.mem, A32Cpu.addr(index ? offsetAddr : base), type);
            if (wback) {
                Access.writeReg(c, n, offsetAddr);
            }
            if (t == A32Cpu.PC) {
                c.loadWritePc(v);
            } else {
                c.r[t] = v;
            }
        }

        @Override
        public boolean endsBlock() {
            return endsBlock;
        }
    }

    /** A store of 1, 2 or 4 bytes with an immediate offset. */
    static final class StoreImm extends A32Insn {
        private final int size, t, n, offset;
        private final boolean index, wback, endsBlock;

        StoreImm(int size, int t, int n, int offset, boolean index, boolean wback) {
            this.size = size;
            this.t = t;
            this.n = n;
            this.offset = offset;
            this.index = index;
            this.wback = wback;
            this.endsBlock = wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int base = c.r[n];
            int offsetAddr = base + offset;
            Access.store(c.mem, A32Cpu.addr(index ? offsetAddr : base), size, c.r[t]);
            if (wback) {
                Access.writeReg(c, n, offsetAddr);
            }
        }

        @Override
        public boolean endsBlock() {
            return endsBlock;
        }
    }

    /** A store with a register offset, shifted by an immediate. */
    static final class StoreReg extends A32Insn {
        private final int size, t, n, m, shiftType, imm5;
        private final boolean add, index, wback, endsBlock;

        StoreReg(int size, int t, int n, int m, int shiftType, int imm5, boolean add, boolean index, boolean wback) {
            this.size = size;
            this.t = t;
            this.n = n;
            this.m = m;
            this.shiftType = shiftType;
            this.imm5 = imm5;
            this.add = add;
            this.index = index;
            this.wback = wback;
            this.endsBlock = wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int offset = Access.shiftImm(c.r[m], shiftType, imm5, c.nzcv);
            int base = c.r[n];
            int offsetAddr = add ? base + offset : base - offset;
            Access.store(c.mem, A32Cpu.addr(index ? offsetAddr : base), size, c.r[t]);
            if (wback) {
                Access.writeReg(c, n, offsetAddr);
            }
        }

        @Override
        public boolean endsBlock() {
            return endsBlock;
        }
    }
}
