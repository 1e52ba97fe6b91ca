package jemu.core.a64.simd;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * The lane-wise shapes: each 64-bit half of the result depends only on the same half of the
 * operands. Register numbers are stored as indices into {@link A64Cpu#v} (2n for the low half);
 * every operand is read before the destination is written, so any register may alias another.
 */
final class LaneInsns {
    private LaneInsns() {}

    /** Vd = op(Vn, Vm): one of {@link CommonInsns}' own classes, or the general one. */
    static A64Insn vector(int op, int size, boolean q, int rd, int rn, int rm) {
        A64Insn common = CommonInsns.binary(op, size, q, rd, rn, rm);
        return common != null ? common : new Vector(op, size, q, rd, rn, rm);
    }

    /** Vd = op(Vn): one of {@link CommonInsns}' own classes, or the general one. */
    static A64Insn vectorUnary(int op, int size, boolean q, int rd, int rn) {
        A64Insn common = CommonInsns.unary(op, size, q, rd, rn);
        return common != null ? common : new VectorUnary(op, size, q, rd, rn);
    }

    /** A shift by immediate: one of {@link CommonInsns}' own classes, or the general one. */
    static A64Insn vectorShift(int op, int size, int shift, boolean q, int rd, int rn) {
        A64Insn common = CommonInsns.shift(op, size, shift, q, rd, rn);
        return common != null ? common : new VectorShift(op, size, shift, q, rd, rn);
    }

    /** Vd = op(Vn, Vm): three same (vector). */
    static final class Vector extends A64Insn {
        private final int op, size, d, n, m;
        private final boolean q;

        Vector(int op, int size, boolean q, int rd, int rn, int rm) {
            this.op = op;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Ops.binary(op, size, v[n], v[m], v[d], c.fp);
            long hi = q ? Ops.binary(op, size, v[n + 1], v[m + 1], v[d + 1], c.fp) : 0;
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** Vd = op(Vn, Replicate(Vm[index])): vector x indexed element. */
    static final class VectorByElement extends A64Insn {
        private final int op, size, d, n, elemWord, elemShift;
        private final boolean q;

        VectorByElement(int op, int size, boolean q, int rd, int rn, int rm, int index) {
            this.op = op;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
            int bit = index << (size + 3);
            this.elemWord = 2 * rm + (bit >>> 6);
            this.elemShift = bit & 63;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long b = Lanes.replicate(v[elemWord] >>> elemShift, size);
            long lo = Ops.binary(op, size, v[n], b, v[d], c.fp);
            long hi = q ? Ops.binary(op, size, v[n + 1], b, v[d + 1], c.fp) : 0;
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /**
     * The scalar form of a lane-wise operation: lane 0 only. The other lanes are cleared before the
     * operation, so they cannot saturate, and the result is written as a scalar.
     */
    static final class Scalar extends A64Insn {
        private final int op, size, d, n, m;
        private final long mask;

        Scalar(int op, int size, int rd, int rn, int rm) {
            this.op = op;
            this.size = size;
            this.mask = Lanes.LANE[size];
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Ops.binary(op, size, v[n] & mask, v[m] & mask, v[d] & mask, c.fp) & mask;
            v[d + 1] = 0;
        }
    }

    /** Scalar x indexed element. */
    static final class ScalarByElement extends A64Insn {
        private final int op, size, d, n, elemWord, elemShift;
        private final long mask;

        ScalarByElement(int op, int size, int rd, int rn, int rm, int index) {
            this.op = op;
            this.size = size;
            this.mask = Lanes.LANE[size];
            this.d = 2 * rd;
            this.n = 2 * rn;
            int bit = index << (size + 3);
            this.elemWord = 2 * rm + (bit >>> 6);
            this.elemShift = bit & 63;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long b = (v[elemWord] >>> elemShift) & mask;
            v[d] = Ops.binary(op, size, v[n] & mask, b, v[d] & mask, c.fp) & mask;
            v[d + 1] = 0;
        }
    }

    /** Vd = op(Vn): two-register miscellaneous (vector). */
    static final class VectorUnary extends A64Insn {
        private final int op, size, d, n;
        private final boolean q;

        VectorUnary(int op, int size, boolean q, int rd, int rn) {
            this.op = op;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Ops.unary(op, size, v[n], v[d], c.fp);
            long hi = q ? Ops.unary(op, size, v[n + 1], v[d + 1], c.fp) : 0;
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** Two-register miscellaneous (scalar). */
    static final class ScalarUnary extends A64Insn {
        private final int op, size, d, n;
        private final long mask;

        ScalarUnary(int op, int size, int rd, int rn) {
            this.op = op;
            this.size = size;
            this.mask = Lanes.LANE[size];
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Ops.unary(op, size, v[n] & mask, v[d] & mask, c.fp) & mask;
            v[d + 1] = 0;
        }
    }

    /** Shift by immediate (vector). */
    static final class VectorShift extends A64Insn {
        private final int op, size, shift, d, n;
        private final boolean q;

        VectorShift(int op, int size, int shift, boolean q, int rd, int rn) {
            this.op = op;
            this.size = size;
            this.shift = shift;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Ops.shift(op, size, v[n], shift, v[d], c.fp);
            long hi = q ? Ops.shift(op, size, v[n + 1], shift, v[d + 1], c.fp) : 0;
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** Shift by immediate (scalar). */
    static final class ScalarShift extends A64Insn {
        private final int op, size, shift, d, n;
        private final long mask;

        ScalarShift(int op, int size, int shift, int rd, int rn) {
            this.op = op;
            this.size = size;
            this.shift = shift;
            this.mask = Lanes.LANE[size];
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Ops.shift(op, size, v[n] & mask, shift, v[d] & mask, c.fp) & mask;
            v[d + 1] = 0;
        }
    }
}
