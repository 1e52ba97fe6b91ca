package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * LDM and STM in their four addressing modes (IA, IB, DA, DB), with PUSH and POP, which are
 * STMDB SP! and LDMIA SP!. The lowest-numbered register goes to the lowest address. Every access
 * must be word-aligned (SIGBUS, as qemu's MO_ALIGN); all are aligned when the first is.
 *
 * <p>A load checks that both pages it touches are readable before writing any register (qemu
 * writes the registers as it loads; jemu leaves all of them unchanged on a fault, so the
 * instruction can be restarted). A store writes in order and updates the base only at the end,
 * so a fault leaves the registers unchanged and the words before it stored, as in qemu.
 * A loaded PC is LoadWritePC (interworking); a loaded base wins over writeback (the decoders
 * reject the encodings with both, except T16 LDM, which writes back only without it).
 */
final class Multiple {
    private Multiple() {}

    /** The offset of the lowest address from the base: IA 0, IB 4, DA -4(n-1), DB -4n. */
    static int startOffset(boolean increment, boolean before, int count) {
        if (increment) {
            return before ? 4 : 0;
        }
        return before ? -4 * count : -4 * (count - 1);
    }

    static final class Load extends A32Insn {
        private final int n, list, start, wbDelta, last;
        private final boolean wback, loadsPc;

        /** {@code list} the register mask; {@code increment}/{@code before} the mode. */
        Load(int n, int list, boolean increment, boolean before, boolean wback) {
            int count = Integer.bitCount(list);
            this.n = n;
            this.list = list;
            this.start = startOffset(increment, before, count);
            this.wbDelta = increment ? 4 * count : -4 * count;
            this.last = 4 * (count - 1);
            this.wback = wback;
            this.loadsPc = (list & (1 << A32Cpu.PC)) != 0;
        }

        @Override
        public void exec(A32Cpu c) {
            GuestMemory m = c.mem;
            int base = c.r[n];
            int a = base + start;
            Access.checkAligned(A32Cpu.addr(a), 4, GuestFault.Access.READ);
            long first = A32Cpu.addr(a);
            long end = A32Cpu.addr(a + last);
            if (((first ^ end) & ~GuestMemory.PAGE_MASK) != 0) {
                // The loads fault, if they do, at the first or at the first word of the second page.
                m.read32(first);
                m.read32(end & ~GuestMemory.PAGE_MASK);
            }
            int[] r = c.r;
            int loadedBase = 0;
            int pcValue = 0;
            for (int bits = list; bits != 0; bits &= bits - 1) {
                int i = Integer.numberOfTrailingZeros(bits);
                int v = m.read32(A32Cpu.addr(a));
                a += 4;
                if (i == n) {
                    loadedBase = v;
                } else if (i == A32Cpu.PC) {
                    pcValue = v;
                } else {
                    r[i] = v;
                }
            }
            if (wback) {
                r[n] = base + wbDelta;
            }
            if ((list & (1 << n)) != 0) {
                r[n] = loadedBase;
            }
            if (loadsPc) {
                c.loadWritePc(pcValue);
            }
        }

        @Override
        public boolean endsBlock() {
            return loadsPc;
        }
    }

    /** A stored R15 is the PC as the instruction reads it (address + 8 in A32, + 4 in T32), as qemu. */
    static final class Store extends A32Insn {
        private final int n, list, start, wbDelta;
        private final boolean wback;

        Store(int n, int list, boolean increment, boolean before, boolean wback) {
            int count = Integer.bitCount(list);
            this.n = n;
            this.list = list;
            this.start = startOffset(increment, before, count);
            this.wbDelta = increment ? 4 * count : -4 * count;
            this.wback = wback;
        }

        @Override
        public void exec(A32Cpu c) {
            GuestMemory m = c.mem;
            int[] r = c.r;
            int base = r[n];
            int a = base + start;
            Access.checkAligned(A32Cpu.addr(a), 4, GuestFault.Access.WRITE);
            for (int bits = list; bits != 0; bits &= bits - 1) {
                m.write32(A32Cpu.addr(a), r[Integer.numberOfTrailingZeros(bits)]);
                a += 4;
            }
            if (wback) {
                r[n] = base + wbDelta;
            }
        }
    }
}
