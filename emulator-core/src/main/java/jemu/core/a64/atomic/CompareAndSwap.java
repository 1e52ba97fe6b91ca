package jemu.core.a64.atomic;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.sp;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Compare and swap (FEAT_LSE), in the load/store exclusive class
 * {@code size 001000 o2 L o1 Rs o0 Rt2 Rn Rt}: CAS, CASA, CASL, CASAL (o2 = 1, o1 = 1; B, H, W, X
 * by size) and CASP, CASPA, CASPL, CASPAL (o2 = 0, o1 = 1, size 0x; W or X pairs). L and o0
 * choose the ordering, which changes nothing here (the host compare-and-swap is sequentially
 * consistent).
 *
 * <p>As the pseudocode says, Rs (and Rt) are read first, the compare-and-swap is one atomic
 * access that needs natural alignment (a pair: its total size), and Rs then receives the value
 * memory held, zero-extended, whether or not it matched. A failed compare still needs write
 * permission, as qemu's does (its host compare-and-swap always writes). Rs = 31 compares with
 * zero and discards the result.
 *
 * <p>Rt2 must be 11111 and, for a pair, Rs and Rt even: the Arm ARM makes other values CONSTRAINED
 * UNPREDICTABLE, and qemu treats them as unallocated, so jemu does too. A pair register 31 (Rs or
 * Rt = 30) is XZR.
 */
public final class CompareAndSwap {
    private CompareAndSwap() {}

    /**
     * Decodes a word of the load/store exclusive class whose o1 is 1 and that is not an STXP,
     * STLXP, LDXP or LDAXP (o2 = 0 with size 1x); null when unallocated.
     */
    public static A64Insn decode(int insn) {
        int size = insn >>> 30;
        boolean pair = (insn & (1 << 23)) == 0;
        int rs = (insn >>> 16) & 31;
        int rt2 = (insn >>> 10) & 31;
        int n = sp((insn >>> 5) & 31);
        int rt = insn & 31;
        if (rt2 != 31) {
            return null;
        }
        if (!pair) {
            int s = rz(rs), d = wz(rs), t = rz(rt);
            return switch (size) {
                case 0 -> new Cas8(s, d, t, n);
                case 1 -> new Cas16(s, d, t, n);
                case 2 -> new Cas32(s, d, t, n);
                default -> new Cas64(s, d, t, n);
            };
        }
        if (size >= 2 || ((rs | rt) & 1) != 0) {
            return null;
        }
        return size == 0
                ? new CaspW(rz(rs), rz(rs + 1), wz(rs), wz(rs + 1), rz(rt), rz(rt + 1), n)
                : new CaspX(rz(rs), rz(rs + 1), wz(rs), wz(rs + 1), rz(rt), rz(rt + 1), n);
    }

    /** {@code s} reads Rs, {@code d} writes it. */
    abstract static class Cas extends A64Insn {
        final int s, d, t, n;

        Cas(int s, int d, int t, int n) {
            this.s = s;
            this.d = d;
            this.t = t;
            this.n = n;
        }
    }

    static final class Cas8 extends Cas {
        Cas8(int s, int d, int t, int n) {
            super(s, d, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int compare = (int) c.x[s], value = (int) c.x[t];
            c.x[d] = c.mem.casSmall(c.x[n], 1, compare, value);
        }
    }

    static final class Cas16 extends Cas {
        Cas16(int s, int d, int t, int n) {
            super(s, d, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int compare = (int) c.x[s], value = (int) c.x[t];
            c.x[d] = c.mem.casSmall(c.x[n], 2, compare, value);
        }
    }

    static final class Cas32 extends Cas {
        Cas32(int s, int d, int t, int n) {
            super(s, d, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            int compare = (int) c.x[s], value = (int) c.x[t];
            c.x[d] = c.mem.cas32(c.x[n], compare, value) & 0xffffffffL;
        }
    }

    static final class Cas64 extends Cas {
        Cas64(int s, int d, int t, int n) {
            super(s, d, t, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long compare = c.x[s], value = c.x[t];
            c.x[d] = c.mem.cas64(c.x[n], compare, value);
        }
    }

    /** A pair: {@code s1, s2} read Rs and Rs+1, {@code d1, d2} write them, {@code t1, t2} read Rt, Rt+1. */
    abstract static class Casp extends A64Insn {
        final int s1, s2, d1, d2, t1, t2, n;

        Casp(int s1, int s2, int d1, int d2, int t1, int t2, int n) {
            this.s1 = s1;
            this.s2 = s2;
            this.d1 = d1;
            this.d2 = d2;
            this.t1 = t1;
            this.t2 = t2;
            this.n = n;
        }
    }

    /** CASP of W registers: one 64-bit compare-and-swap, the first register in the low half. */
    static final class CaspW extends Casp {
        CaspW(int s1, int s2, int d1, int d2, int t1, int t2, int n) {
            super(s1, s2, d1, d2, t1, t2, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long compare = c.x[s1] & 0xffffffffL | c.x[s2] << 32;
            long value = c.x[t1] & 0xffffffffL | c.x[t2] << 32;
            long old = c.mem.cas64(c.x[n], compare, value);
            c.x[d1] = old & 0xffffffffL;
            c.x[d2] = old >>> 32;
        }
    }

    /** CASP of X registers: a 128-bit compare-and-swap, aligned to 16. */
    static final class CaspX extends Casp {
        CaspX(int s1, int s2, int d1, int d2, int t1, int t2, int n) {
            super(s1, s2, d1, d2, t1, t2, n);
        }

        @Override
        public void exec(A64Cpu c) {
            long compareLo = c.x[s1], compareHi = c.x[s2], lo = c.x[t1], hi = c.x[t2];
            MemAtomic.compareAndSwap128(c.mem, c.x[n], compareLo, compareHi, lo, hi, c.x, d1, d2);
        }
    }
}
