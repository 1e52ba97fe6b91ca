package jemu.core.a64.atomic;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import java.lang.invoke.VarHandle;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Atomic memory operations (Arm ARM C4.1.4), {@code size 111 V 00 A R 1 Rs o3 opc 00 Rn Rt}:
 * LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN and SWP (FEAT_LSE) in every size and
 * ordering, with their ST* aliases (Rt = XZR: the same operation, the old value discarded), and
 * LDAPR, LDAPRB, LDAPRH (FEAT_LRCPC). Every access but LDAPR's needs natural alignment, else
 * SIGBUS. The A and R bits change nothing: every atomic here is sequentially consistent.
 *
 * <p>The register operand is read before the memory access and Rt written after it, so Rs = Rt
 * (or either equal to Rn) behaves as the pseudocode says.
 */
public final class AtomicMemoryOps {
    private AtomicMemoryOps() {}

    /** {@code o3:opc} of LDAPR. */
    private static final int LDAPR = 0b1100;

    /** Decodes a word of the atomic memory operations class; null when unallocated. */
    public static A64Insn decode(int insn) {
        if ((insn & (1 << 26)) != 0) {
            return null; // V = 1
        }
        int size = insn >>> 30;
        boolean a = (insn & (1 << 23)) != 0, r = (insn & (1 << 22)) != 0;
        int rs = (insn >>> 16) & 31;
        int op = (insn >>> 12) & 15;
        int n = sp((insn >>> 5) & 31);
        int t = wz(insn & 31);
        if (op <= MemAtomic.SWP) {
            int s = rz(rs);
            return switch (size) {
                case 0 -> new Atomic8(op, s, t, n);
                case 1 -> new Atomic16(op, s, t, n);
                case 2 -> new Atomic32(op, s, t, n);
                default -> new Atomic64(op, s, t, n);
            };
        }
        if (op == LDAPR && a && !r && rs == 31) {
            return switch (size) {
                case 0 -> new Ldapr8(t, n);
                case 1 -> new Ldapr16(t, n);
                case 2 -> new Ldapr32(t, n);
                default -> new Ldapr64(t, n);
            };
        }
        return null;
    }

    abstract static class Atomic extends A64Insn {
        final int op, s, t, n;

        Atomic(int op, int s, int t, int n) {
            this.op = op;
            this.s = s;
            this.t = t;
            this.n = n;
        }
    }

    static final class Atomic8 extends Atomic {
        Atomic8(int op, int s, int t, int n) {
            super(op, s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int value = (int) c.x[s];
            c.x[t] = MemAtomic.memAtomic8(c.mem, c.x[n], op, value);
        }
    }

    static final class Atomic16 extends Atomic {
        Atomic16(int op, int s, int t, int n) {
            super(op, s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int value = (int) c.x[s];
            c.x[t] = MemAtomic.memAtomic16(c.mem, c.x[n], op, value);
        }
    }

    static final class Atomic32 extends Atomic {
        Atomic32(int op, int s, int t, int n) {
            super(op, s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int value = (int) c.x[s];
            c.x[t] = MemAtomic.memAtomic32(c.mem, c.x[n], op, value) & 0xffffffffL;
        }
    }

    static final class Atomic64 extends Atomic {
        Atomic64(int op, int s, int t, int n) {
            super(op, s, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long value = c.x[s];
            c.x[t] = MemAtomic.memAtomic64(c.mem, c.x[n], op, value);
        }
    }

    // ------------------------------------------------------------ LDAPR
    // Load-acquire RCpc: a load then an acquire fence, as LDAR. qemu 7.2 checks no alignment for
    // these (it does for LDAR), and neither does jemu; an ARMv8.3 core without FEAT_LSE2 would
    // raise an alignment fault.

    abstract static class Ldapr extends A64Insn {
        final int t, n;

        Ldapr(int t, int n) {
            this.t = t;
            this.n = n;
        }
    }

    static final class Ldapr8 extends Ldapr {
        Ldapr8(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long v = c.mem.read8(c.x[n]);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldapr16 extends Ldapr {
        Ldapr16(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long v = c.mem.read16(c.x[n]);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldapr32 extends Ldapr {
        Ldapr32(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long v = c.mem.read32(c.x[n]) & 0xffffffffL;
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }

    static final class Ldapr64 extends Ldapr {
        Ldapr64(int t, int n) {
            super(t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long v = c.mem.read64(c.x[n]);
            VarHandle.acquireFence();
            c.x[t] = v;
        }
    }
}
