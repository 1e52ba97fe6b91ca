package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;

/**
 * LDRD and STRD (immediate, literal, register). The address must be word-aligned (qemu checks
 * each word with MO_ALIGN: a SIGBUS at the address). Both words are read before any register is
 * written, so a fault on the second leaves every register unchanged.
 *
 * <p>As in qemu: Rt then Rt2 are written, then the base (so writeback wins an overlap with the
 * base), and a post-indexed register offset is read after Rt and Rt2 are written (an overlap
 * with Rm is UNPREDICTABLE); a write to R15 is a BranchWritePC; a store reads Rt and Rt2 before the writeback and
 * stores the first word before the second is checked.
 */
final class Dual {
    private Dual() {}

    /** A register offset ({@code m >= 0}, A32 only) or an immediate one ({@code offset}, signed). */
    static final class Load extends A32Insn {
        private final int t, t2, n, m, offset;
        private final boolean add, index, wback, endsBlock;

        Load(int t, int t2, int n, int m, int offset, boolean add, boolean index, boolean wback) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
            this.m = m;
            this.offset = offset;
            this.add = add;
            this.index = index;
            this.wback = wback;
            this.endsBlock = t == A32Cpu.PC || t2 == A32Cpu.PC || wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int base = Access.base(c, n);
            int off = m < 0 ? offset : add ? c.r[m] : -c.r[m];
            int offsetAddr = base + off;
            int a = index ? offsetAddr : base;
            Access.checkAligned(A32Cpu.addr(a), 4, GuestFault.Access.READ);
            int v1 = c.mem.read32(A32Cpu.addr(a));
            int v2 = c.mem.read32(A32Cpu.addr(a + 4));
            Access.writeReg(c, t, v1);
            Access.writeReg(c, t2, v2);
            if (wback) {
                if (!index && m >= 0) {
                    offsetAddr = base + (add ? c.r[m] : -c.r[m]);
                }
                Access.writeReg(c, n, offsetAddr);
            }
        }

        @Override
        public boolean endsBlock() {
            return endsBlock;
        }
    }

    static final class Store extends A32Insn {
        private final int t, t2, n, m, offset;
        private final boolean add, index, wback, endsBlock;

        Store(int t, int t2, int n, int m, int offset, boolean add, boolean index, boolean wback) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
            this.m = m;
            this.offset = offset;
            this.add = add;
            this.index = index;
            this.wback = wback;
            this.endsBlock = wback && n == A32Cpu.PC;
        }

        @Override
        public void exec(A32Cpu c) {
            int base = Access.base(c, n);
            int off = m < 0 ? offset : add ? c.r[m] : -c.r[m];
            int offsetAddr = base + off;
            int a = index ? offsetAddr : base;
            int v1 = c.r[t];
            int v2 = c.r[t2];
            Access.checkAligned(A32Cpu.addr(a), 4, GuestFault.Access.WRITE);
            c.mem.write32(A32Cpu.addr(a), v1);
            c.mem.write32(A32Cpu.addr(a + 4), v2);
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
