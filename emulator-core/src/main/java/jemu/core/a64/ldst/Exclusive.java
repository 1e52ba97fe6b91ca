package jemu.core.a64.ldst;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import java.lang.invoke.VarHandle;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.atomic.CompareAndSwap;
import jemu.core.a64.atomic.MemAtomic;
import jemu.core.memory.GuestFault;

/**
 * Load/store exclusive and ordered (Arm ARM C4.1.4), {@code size 001000 o2 L o1 Rs o0 Rt2 Rn Rt}:
 * LDXR, LDAXR, STXR, STLXR (B, H, W, X), LDXP, LDAXP, STXP, STLXP (W, X), LDAR and STLR (B, H, W,
 * X). Every access needs natural alignment (a pair: its total size), else SIGBUS.
 *
 * <p>The exclusive monitor is qemu's: a load-exclusive records its address and the value it read;
 * a store-exclusive to another address fails without touching memory, and one to that address
 * succeeds only if a compare-and-swap from the recorded value does, which makes it atomic against
 * other guest threads. As in qemu, the monitor keeps no size: the compare is of the store's size,
 * and the status is 0 only when the memory held exactly the recorded (zero-extended) value, so a
 * narrower store after a wider load may store and still report failure.
 *
 * <p>CAS and CASP (FEAT_LSE), which share this class, are decoded by {@link CompareAndSwap}.
 * LDLAR and STLLR (FEAT_LOR) are a later extension, unallocated here.
 * The Rs and Rt2 fields that an encoding does not use are ignored, as qemu does. A store
 * exclusive whose Rs is Rt, Rt2 or Rn is CONSTRAINED UNPREDICTABLE; like qemu, it reads its
 * operands first and writes the status last. A pair load with Rt == Rt2 leaves the second value.
 */
final class Exclusive {
    private Exclusive() {}

    static A64Insn decode(int insn) {
        int size = insn >>> 30;
        int o2Lo1o0 = (insn >>> 21 & 7) << 1 | (insn >>> 15 & 1);
        int rt = insn & 31;
        int n = sp((insn >>> 5) & 31);
        int rt2 = (insn >>> 10) & 31;
        int rs = (insn >>> 16) & 31;
        return switch (o2Lo1o0) {
            case 0b0000, 0b0001 -> switch (size) { // STXR, STLXR
                case 0 -> new Stxr8(wz(rs), rz(rt), n);
                case 1 -> new Stxr16(wz(rs), rz(rt), n);
                case 2 -> new Stxr32(wz(rs), rz(rt), n);
                default -> new Stxr64(wz(rs), rz(rt), n);
            };
            case 0b0100, 0b0101 -> switch (size) { // LDXR, LDAXR
                case 0 -> new Ldxr8(wz(rt), n);
                case 1 -> new Ldxr16(wz(rt), n);
                case 2 -> new Ldxr32(wz(rt), n);
                default -> new Ldxr64(wz(rt), n);
            };
            case 0b0010, 0b0011 -> switch (size) { // STXP, STLXP; CASP, CASPL with size 0x
                case 2 -> new Stxp32(wz(rs), rz(rt), rz(rt2), n);
                case 3 -> new Stxp64(wz(rs), rz(rt), rz(rt2), n);
                default -> CompareAndSwap.decode(insn);
            };
            case 0b0110, 0b0111 -> switch (size) { // LDXP, LDAXP; CASPA, CASPAL with size 0x
                case 2 -> new Ldxp32(wz(rt), wz(rt2), n);
                case 3 -> new Ldxp64(wz(rt), wz(rt2), n);
                default -> CompareAndSwap.decode(insn);
            };
            case 0b1010, 0b1011, 0b1110, 0b1111 -> CompareAndSwap.decode(insn); // CAS, CASL, CASA, CASAL
            case 0b1001 -> switch (size) { // STLR (0b1000 is STLLR)
                case 0 -> new Stlr8(rz(rt), n);
                case 1 -> new Stlr16(rz(rt), n);
                case 2 -> new Stlr32(rz(rt), n);
                default -> new Stlr64(rz(rt), n);
            };
            case 0b1101 -> switch (size) { // LDAR (0b1100 is LDLAR)
                case 0 -> new Ldar8(wz(rt), n);
                case 1 -> new Ldar16(wz(rt), n);
                case 2 -> new Ldar32(wz(rt), n);
                default -> new Ldar64(wz(rt), n);
            };
            default -> null; // STLLR, LDLAR (FEAT_LOR)
        };
    }

    private static final GuestFault.Access READ = GuestFault.Access.READ, WRITE = GuestFault.Access.WRITE;

    // ------------------------------------------------------------ load-exclusive
    // Every load-exclusive has acquire ordering: on an x86-64 host an acquire fence costs no
    // instruction, so LDXR and LDAXR share a class.

    abstract static class LoadExclusive extends A64Insn {
        final int t, n;

        LoadExclusive(int t, int n) {
            this.t = t;
            this.n = n;
        }

        /** Arms the monitor and writes the register; the value is zero-extended. */
        final void finish(A64Cpu c, long a, long v) {
            VarHandle.acquireFence();
            c.exclusiveAddress = c.mem.untag(a);
            c.exclusiveValue = v;
            c.x[t] = v;
        }
    }

    static final class Ldxr8 extends LoadExclusive {
        Ldxr8(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            finish(c, a, c.mem.read8(a));
        }
    }

    static final class Ldxr16 extends LoadExclusive {
        Ldxr16(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 2, READ);
            finish(c, a, c.mem.read16(a));
        }
    }

    static final class Ldxr32 extends LoadExclusive {
        Ldxr32(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 4, READ);
            finish(c, a, c.mem.read32(a) & 0xffffffffL);
        }
    }

    static final class Ldxr64 extends LoadExclusive {
        Ldxr64(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 8, READ);
            finish(c, a, c.mem.read64(a));
        }
    }

    /** LDXP/LDAXP of two W registers: one 64-bit single-copy-atomic read, aligned to 8. */
    static final class Ldxp32 extends A64Insn {
        private final int t, t2, n;

        Ldxp32(int t, int t2, int n) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 8, READ);
            long v = c.mem.read64(a);
            VarHandle.acquireFence();
            c.exclusiveAddress = c.mem.untag(a);
            c.exclusiveValue = v;
            c.x[t] = v & 0xffffffffL;
            c.x[t2] = v >>> 32;
        }
    }

    /** LDXP/LDAXP of two X registers, aligned to 16. */
    static final class Ldxp64 extends A64Insn {
        private final int t, t2, n;

        Ldxp64(int t, int t2, int n) {
            this.t = t;
            this.t2 = t2;
            this.n = n;
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 16, READ);
            long lo = c.mem.read64(a);
            long hi = c.mem.read64(a + 8);
            VarHandle.acquireFence();
            c.exclusiveAddress = c.mem.untag(a);
            c.exclusiveValue = lo;
            c.exclusiveValue2 = hi;
            c.x[t] = lo;
            c.x[t2] = hi;
        }
    }

    // ------------------------------------------------------------ store-exclusive
    // The compare-and-swap is a full fence, which gives STLXR its release ordering too.

    abstract static class StoreExclusive extends A64Insn {
        final int s, t, n;

        StoreExclusive(int s, int t, int n) {
            this.s = s;
            this.t = t;
            this.n = n;
        }
    }

    static final class Stxr8 extends StoreExclusive {
        Stxr8(int s, int t, int n) {
            super(s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                status = c.mem.casSmall(a, 1, (int) expected, (int) c.x[t]) == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    static final class Stxr16 extends StoreExclusive {
        Stxr16(int s, int t, int n) {
            super(s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                status = c.mem.casSmall(a, 2, (int) expected, (int) c.x[t]) == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    static final class Stxr32 extends StoreExclusive {
        Stxr32(int s, int t, int n) {
            super(s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                long old = c.mem.cas32(a, (int) expected, (int) c.x[t]) & 0xffffffffL;
                status = old == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    static final class Stxr64 extends StoreExclusive {
        Stxr64(int s, int t, int n) {
            super(s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                status = c.mem.cas64(a, expected, c.x[t]) == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    /** STXP/STLXP of two W registers: one 64-bit compare-and-swap (Rt in the low half). */
    static final class Stxp32 extends StoreExclusive {
        private final int t2;

        Stxp32(int s, int t, int t2, int n) {
            super(s, t, n);
            this.t2 = t2;
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                long expected = c.exclusiveValue;
                long desired = c.x[t] & 0xffffffffL | c.x[t2] << 32;
                status = c.mem.cas64(a, expected, desired) == expected ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    /** STXP/STLXP of two X registers, aligned to 16. */
    static final class Stxp64 extends StoreExclusive {
        private final int t2;

        Stxp64(int s, int t, int t2, int n) {
            super(s, t, n);
            this.t2 = t2;
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            long status = 1;
            if (c.mem.untag(a) == c.exclusiveAddress) {
                Address.checkAligned(a, 16, WRITE);
                status = casPair(c, a, c.exclusiveValue, c.exclusiveValue2, c.x[t], c.x[t2]) ? 0 : 1;
            }
            c.exclusiveAddress = -1;
            c.x[s] = status;
        }
    }

    /**
     * A 128-bit compare-and-swap at the 16-aligned {@code a}, under the lock that CASP takes too
     * (see {@link MemAtomic#compareAndSwap128}).
     */
    static boolean casPair(A64Cpu c, long a, long expectedLo, long expectedHi, long lo, long hi) {
        return MemAtomic.compareAndSwap128(c.mem, a, expectedLo, expectedHi, lo, hi, c.x, A64Cpu.DISCARD,
                A64Cpu.DISCARD);
    }

    // ------------------------------------------------------------ load-acquire, store-release
    // LDAR is a load then an acquire fence; STLR a release fence, the store, then a full fence,
    // which keeps a later LDAR from passing it (ARMv8 acquire/release is sequentially consistent
    // between themselves, and an x86-64 host may otherwise move a load before an earlier store).

    abstract static class Ordered extends A64Insn {
        final int t, n;

        Ordered(int t, int n) {
            this.t = t;
            this.n = n;
        }
    }

    static final class Ldar8 extends Ordered {
        Ldar8(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long v = c.mem.read8(c.x[n]);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldar16 extends Ordered {
        Ldar16(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 2, READ);
            long v = c.mem.read16(a);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldar32 extends Ordered {
        Ldar32(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 4, READ);
            long v = c.mem.read32(a) & 0xffffffffL;
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldar64 extends Ordered {
        Ldar64(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 8, READ);
            long v = c.mem.read64(a);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Stlr8 extends Ordered {
        Stlr8(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            VarHandle.releaseFence();
            c.mem.write8(a, (int) c.x[t]);
            VarHandle.fullFence();
        }
    }

    static final class Stlr16 extends Ordered {
        Stlr16(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 2, WRITE);
            VarHandle.releaseFence();
            c.mem.write16(a, (int) c.x[t]);
            VarHandle.fullFence();
        }
    }

    static final class Stlr32 extends Ordered {
        Stlr32(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 4, WRITE);
            VarHandle.releaseFence();
            c.mem.write32(a, (int) c.x[t]);
            VarHandle.fullFence();
        }
    }

    static final class Stlr64 extends Ordered {
        Stlr64(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.x[n];
            Address.checkAligned(a, 8, WRITE);
            VarHandle.releaseFence();
            c.mem.write64(a, c.x[t]);
            VarHandle.fullFence();
        }
    }
}
