package jemu.core.a32.ldst;

import java.lang.invoke.VarHandle;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;

/**
 * LDREX, LDREXB, LDREXH, LDREXD, STREX, STREXB, STREXH, STREXD. Every access needs natural
 * alignment (LDREXD/STREXD: 8), else SIGBUS, as qemu.
 *
 * <p>The monitor is qemu's (and {@code jemu.core.a64.ldst.Exclusive}'s): a load-exclusive records
 * its address and the value it read; a store-exclusive to another address fails without touching
 * memory, and one to that address succeeds only if a compare-and-swap from the recorded value does,
 * which makes it atomic against other guest threads. The monitor keeps no size: the comparison is
 * of the store's size against the recorded value truncated to 32 bits (64 for the D form), so a
 * narrower store after a wider load may store and still report failure, as in qemu. Either way
 * the monitor is cleared. The UNPREDICTABLE register choices qemu makes UNDEFINED are rejected by
 * the decoders.
 */
final class Exclusive {
    private Exclusive() {}

    /** LDREX (size 4, with T32's imm8 scaled into {@code offset}), LDREXB (1), LDREXH (2). */
    static final class Load extends A32Insn {
        private final int size, t, n, offset;

        Load(int size, int t, int n, int offset) {
            this.size = size;
            this.t = t;
            this.n = n;
            this.offset = offset;
        }

        @Override
        public void exec(A32Cpu c) {
            long a = A32Cpu.addr(c.r[n] + offset);
            Access.checkAligned(a, size, GuestFault.Access.READ);
            int v = switch (size) {
                case 4 -> c.mem.read32(a);
                case 2 -> c.mem.read16(a);
                default -> c.mem.read8(a);
            };
            VarHandle.acquireFence();
            c.exclusiveAddress = a;
            c.exclusiveValue = v & 0xffffffffL;
            c.r[t] = v;
        }
    }

    /** LDREXD: one 64-bit single-copy-atomic read, Rt from the lower address. */
    static final class LoadDual extends A32Insn {
        private final int t, t2, n;

        LoadDual(int t, int t2, int n) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
        }

        @Override
        public void exec(A32Cpu c) {
            long a = A32Cpu.addr(c.r[n]);
            Access.checkAligned(a, 8, GuestFault.Access.READ);
            long v = c.mem.read64(a);
            VarHandle.acquireFence();
            c.exclusiveAddress = a;
            c.exclusiveValue = v;
            c.r[t] = (int) v;
            c.r[t2] = (int) (v >>> 32);
        }
    }

    /** STREX, STREXB, STREXH: Rd is 0 when the store happened, 1 when it did not. */
    static final class Store extends A32Insn {
        private final int size, d, t, n, offset;

        Store(int size, int d, int t, int n, int offset) {
            this.size = size;
            this.d = d;
            this.t = t;
            this.n = n;
            this.offset = offset;
        }

        @Override
        public void exec(A32Cpu c) {
            long a = A32Cpu.addr(c.r[n] + offset);
            int status = 1;
            if (a == c.exclusiveAddress) {
                int expected = (int) c.exclusiveValue;
                int old = size == 4 ? c.mem.cas32(a, expected, c.r[t]) : c.mem.casSmall(a, size, expected, c.r[t]);
                status = old == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.r[d] = status;
        }
    }

    /** STREXD: one 64-bit compare-and-swap, Rt to the lower address. */
    static final class StoreDual extends A32Insn {
        private final int d, t, t2, n;

        StoreDual(int d, int t, int t2, int n) {
            this.d = d;
            this.t = t;
            this.t2 = t2;
            this.n = n;
        }

        @Override
        public void exec(A32Cpu c) {
            long a = A32Cpu.addr(c.r[n]);
            int status = 1;
            if (a == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                long desired = c.r[t] & 0xffffffffL | (long) c.r[t2] << 32;
                status = c.mem.cas64(a, expected, desired) == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.r[d] = status;
        }
    }
}
