package jemu.core.a32.neon;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * Shared shapes of the two-register Advanced SIMD instructions of neon2's groups (shift by
 * immediate, two registers miscellaneous): the operation is a function of one 64-bit half of the
 * operand (and of the destination's half, for the accumulating forms), applied to D{@code m} or
 * to both halves of Q{@code m}. D registers are {@code c.d[n]}; Q{@code n/2} is
 * {@code c.d[n], c.d[n+1]} with n even (odd Q register numbers are UNDEFINED at decode time).
 */
final class NeonElements {
    private NeonElements() {}

    /** One 64-bit half: {@code d} the destination's old half, {@code m} the operand's. */
    @FunctionalInterface
    interface HalfOp {
        long apply(long d, long m, A32Cpu c);
    }

    /** One 32-bit lane (single-precision and word operations). */
    @FunctionalInterface
    interface WordOp {
        int apply(int x, A32Cpu c);
    }

    /** Applies {@code op} to both words of {@code x}. */
    static long words(long x, WordOp op, A32Cpu c) {
        int lo = op.apply((int) x, c);
        int hi = op.apply((int) (x >>> 32), c);
        return lo & 0xffffffffL | (long) hi << 32;
    }

    /** Dd = op(Dd, Dm), or both halves of Qd = op(Qd, Qm); the operands are read before any write. */
    static final class Vector extends A32Insn {
        private final int d, m;
        private final boolean q;
        private final HalfOp op;

        Vector(int d, int m, boolean q, HalfOp op) {
            this.d = d;
            this.m = m;
            this.q = q;
            this.op = op;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            if (q) {
                long m0 = r[m], m1 = r[m + 1], d0 = r[d], d1 = r[d + 1];
                r[d] = op.apply(d0, m0, c);
                r[d + 1] = op.apply(d1, m1, c);
            } else {
                r[d] = op.apply(r[d], r[m], c);
            }
        }
    }

    /** A vector instruction whose lanes are words: {@code op} on each 32-bit lane of Dm or Qm. */
    static A32Insn wordVector(int d, int m, boolean q, WordOp op) {
        return new Vector(d, m, q, (dd, x, c) -> words(x, op, c));
    }

    /** Dd = narrow(Qm): each half of Qm gives 32 bits of Dd ({@code op} returns them in the low word). */
    static final class Narrow extends A32Insn {
        private final int d, m;
        private final HalfOp op;

        Narrow(int d, int m, HalfOp op) {
            this.d = d;
            this.m = m;
            this.op = op;
        }

        @Override
        public void exec(A32Cpu c) {
            long m0 = c.d[m], m1 = c.d[m + 1];
            long lo = op.apply(0, m0, c) & 0xffffffffL;
            long hi = op.apply(0, m1, c) & 0xffffffffL;
            c.d[d] = lo | hi << 32;
        }
    }

    /** Qd = widen(Dm): each word of Dm gives one half of Qd ({@code op} reads the low word of m). */
    static final class Widen extends A32Insn {
        private final int d, m;
        private final HalfOp op;

        Widen(int d, int m, HalfOp op) {
            this.d = d;
            this.m = m;
            this.op = op;
        }

        @Override
        public void exec(A32Cpu c) {
            long x = c.d[m];
            c.d[d] = op.apply(0, x & 0xffffffffL, c);
            c.d[d + 1] = op.apply(0, x >>> 32, c);
        }
    }

    /** The D register number D:Vd (bit 22, bits 15..12). */
    static int vd(int insn) {
        return (insn >>> 18) & 0x10 | (insn >>> 12) & 0xf;
    }

    /** N:Vn (bit 7, bits 19..16). */
    static int vn(int insn) {
        return (insn >>> 3) & 0x10 | (insn >>> 16) & 0xf;
    }

    /** M:Vm (bit 5, bits 3..0). */
    static int vm(int insn) {
        return (insn >>> 1) & 0x10 | insn & 0xf;
    }
}
