package jemu.core.a64.fp;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.FpOps.Cvt;
import jemu.core.a64.fp.FpOps.Op1D;
import jemu.core.a64.fp.FpOps.Op1S;
import jemu.core.a64.fp.FpOps.Op2D;
import jemu.core.a64.fp.FpOps.Op2S;
import jemu.core.a64.fp.FpOps.Op3D;
import jemu.core.a64.fp.FpOps.Op3S;
import jemu.core.arm.fp.FPState;

/**
 * Advanced SIMD floating-point instructions, vector and scalar: an operation applied to 1, 2 or
 * 4 single-precision lanes or 1 or 2 double-precision lanes. One lane is the scalar form. Lanes
 * are read before any is written (Vd may be a source), and the result is written whole:
 * lanes beyond {@code lanes} are zero, which is what both the 64-bit vector forms and the
 * scalar forms require.
 */
final class VectorFp {
    private VectorFp() {}

    static int lane32(long[] v, int n, int i) {
        return (int) (v[2 * n + (i >>> 1)] >>> ((i & 1) << 5));
    }

    /** Writes four 32-bit lanes (r0 lowest) to Vd. */
    static void write32(long[] v, int d, int r0, int r1, int r2, int r3) {
        v[2 * d] = (r0 & 0xffffffffL) | (long) r1 << 32;
        v[2 * d + 1] = (r2 & 0xffffffffL) | (long) r3 << 32;
    }

    /** Lane-wise one-operand operation on singles (FABS, FNEG, FSQRT, FRINT*, FCVT*, FRECPE...). */
    static final class Unary32 extends A64Insn {
        private final int rd, rn, lanes;
        private final Op1S op;

        Unary32(int rd, int rn, int lanes, Op1S op) {
            this.rd = rd;
            this.rn = rn;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            FPState st = c.fp;
            int r0 = op.apply(lane32(v, rn, 0), st);
            int r1 = lanes > 1 ? op.apply(lane32(v, rn, 1), st) : 0;
            int r2 = lanes > 2 ? op.apply(lane32(v, rn, 2), st) : 0;
            int r3 = lanes > 2 ? op.apply(lane32(v, rn, 3), st) : 0;
            write32(v, rd, r0, r1, r2, r3);
        }
    }

    static final class Unary64 extends A64Insn {
        private final int rd, rn, lanes;
        private final Op1D op;

        Unary64(int rd, int rn, int lanes, Op1D op) {
            this.rd = rd;
            this.rn = rn;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r0 = op.apply(v[2 * rn], c.fp);
            long r1 = lanes > 1 ? op.apply(v[2 * rn + 1], c.fp) : 0;
            v[2 * rd] = r0;
            v[2 * rd + 1] = r1;
        }
    }

    /** Lane-wise two-operand operation on singles (FADD, FMUL, FCMEQ, FRECPS, FABD...). */
    static final class Binary32 extends A64Insn {
        private final int rd, rn, rm, lanes;
        private final Op2S op;

        Binary32(int rd, int rn, int rm, int lanes, Op2S op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            FPState st = c.fp;
            int r0 = op.apply(lane32(v, rn, 0), lane32(v, rm, 0), st);
            int r1 = lanes > 1 ? op.apply(lane32(v, rn, 1), lane32(v, rm, 1), st) : 0;
            int r2 = lanes > 2 ? op.apply(lane32(v, rn, 2), lane32(v, rm, 2), st) : 0;
            int r3 = lanes > 2 ? op.apply(lane32(v, rn, 3), lane32(v, rm, 3), st) : 0;
            write32(v, rd, r0, r1, r2, r3);
        }
    }

    static final class Binary64 extends A64Insn {
        private final int rd, rn, rm, lanes;
        private final Op2D op;

        Binary64(int rd, int rn, int rm, int lanes, Op2D op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r0 = op.apply(v[2 * rn], v[2 * rm], c.fp);
            long r1 = lanes > 1 ? op.apply(v[2 * rn + 1], v[2 * rm + 1], c.fp) : 0;
            v[2 * rd] = r0;
            v[2 * rd + 1] = r1;
        }
    }

    /** Lane-wise {@code op(Vd, Vn, Vm)}: FMLA, FMLS. */
    static final class Accumulate32 extends A64Insn {
        private final int rd, rn, rm, lanes;
        private final Op3S op;

        Accumulate32(int rd, int rn, int rm, int lanes, Op3S op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            FPState st = c.fp;
            int r0 = op.apply(lane32(v, rd, 0), lane32(v, rn, 0), lane32(v, rm, 0), st);
            int r1 = lanes > 1 ? op.apply(lane32(v, rd, 1), lane32(v, rn, 1), lane32(v, rm, 1), st) : 0;
            int r2 = lanes > 2 ? op.apply(lane32(v, rd, 2), lane32(v, rn, 2), lane32(v, rm, 2), st) : 0;
            int r3 = lanes > 2 ? op.apply(lane32(v, rd, 3), lane32(v, rn, 3), lane32(v, rm, 3), st) : 0;
            write32(v, rd, r0, r1, r2, r3);
        }
    }

    static final class Accumulate64 extends A64Insn {
        private final int rd, rn, rm, lanes;
        private final Op3D op;

        Accumulate64(int rd, int rn, int rm, int lanes, Op3D op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r0 = op.apply(v[2 * rd], v[2 * rn], v[2 * rm], c.fp);
            long r1 = lanes > 1 ? op.apply(v[2 * rd + 1], v[2 * rn + 1], v[2 * rm + 1], c.fp) : 0;
            v[2 * rd] = r0;
            v[2 * rd + 1] = r1;
        }
    }

    /**
     * By element: lane-wise {@code op(Vn[i], Vm[index])}, or with {@code acc}
     * {@code acc(Vd[i], Vn[i], Vm[index])}. FMUL, FMULX, FMLA, FMLS.
     */
    static final class ByElement32 extends A64Insn {
        private final int rd, rn, rm, index, lanes;
        private final Op2S op;
        private final Op3S acc;

        ByElement32(int rd, int rn, int rm, int index, int lanes, Op2S op, Op3S acc) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.index = index;
            this.lanes = lanes;
            this.op = op;
            this.acc = acc;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int m = lane32(v, rm, index);
            int r0 = lane(v, 0, m, c.fp);
            int r1 = lanes > 1 ? lane(v, 1, m, c.fp) : 0;
            int r2 = lanes > 2 ? lane(v, 2, m, c.fp) : 0;
            int r3 = lanes > 2 ? lane(v, 3, m, c.fp) : 0;
            write32(v, rd, r0, r1, r2, r3);
        }

        private int lane(long[] v, int i, int m, FPState st) {
            return acc != null ? acc.apply(lane32(v, rd, i), lane32(v, rn, i), m, st) : op.apply(lane32(v, rn, i), m, st);
        }
    }

    static final class ByElement64 extends A64Insn {
        private final int rd, rn, rm, index, lanes;
        private final Op2D op;
        private final Op3D acc;

        ByElement64(int rd, int rn, int rm, int index, int lanes, Op2D op, Op3D acc) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.index = index;
            this.lanes = lanes;
            this.op = op;
            this.acc = acc;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long m = v[2 * rm + index];
            long r0, r1 = 0;
            if (acc != null) {
                r0 = acc.apply(v[2 * rd], v[2 * rn], m, c.fp);
                if (lanes > 1) {
                    r1 = acc.apply(v[2 * rd + 1], v[2 * rn + 1], m, c.fp);
                }
            } else {
                r0 = op.apply(v[2 * rn], m, c.fp);
                if (lanes > 1) {
                    r1 = op.apply(v[2 * rn + 1], m, c.fp);
                }
            }
            v[2 * rd] = r0;
            v[2 * rd + 1] = r1;
        }
    }

    /**
     * Pairwise over the concatenation Vm:Vn (Vn's lanes first): FADDP, FMAXP, FMAXNMP... With
     * {@code rm} < 0 it is the scalar form, one pair from Vn.
     */
    static final class Pairwise32 extends A64Insn {
        private final int rd, rn, rm, lanes;
        private final Op2S op;

        Pairwise32(int rd, int rn, int rm, int lanes, Op2S op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.lanes = lanes;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            FPState st = c.fp;
            if (rm < 0) {
                write32(v, rd, op.apply(lane32(v, rn, 0), lane32(v, rn, 1), st), 0, 0, 0);
            } else if (lanes == 2) {
                int r0 = op.apply(lane32(v, rn, 0), lane32(v, rn, 1), st);
                int r1 = op.apply(lane32(v, rm, 0), lane32(v, rm, 1), st);
                write32(v, rd, r0, r1, 0, 0);
            } else {
                int r0 = op.apply(lane32(v, rn, 0), lane32(v, rn, 1), st);
                int r1 = op.apply(lane32(v, rn, 2), lane32(v, rn, 3), st);
                int r2 = op.apply(lane32(v, rm, 0), lane32(v, rm, 1), st);
                int r3 = op.apply(lane32(v, rm, 2), lane32(v, rm, 3), st);
                write32(v, rd, r0, r1, r2, r3);
            }
        }
    }

    static final class Pairwise64 extends A64Insn {
        private final int rd, rn, rm;
        private final Op2D op;

        Pairwise64(int rd, int rn, int rm, Op2D op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r0 = op.apply(v[2 * rn], v[2 * rn + 1], c.fp);
            long r1 = rm < 0 ? 0 : op.apply(v[2 * rm], v[2 * rm + 1], c.fp);
            v[2 * rd] = r0;
            v[2 * rd + 1] = r1;
        }
    }

    /** Reduce() over the four single lanes of Vn, as a tree (FMAXV, FMINV, FMAXNMV, FMINNMV). */
    static final class Reduce32 extends A64Insn {
        private final int rd, rn;
        private final Op2S op;

        Reduce32(int rd, int rn, Op2S op) {
            this.rd = rd;
            this.rn = rn;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int lo = op.apply(lane32(v, rn, 0), lane32(v, rn, 1), c.fp);
            int hi = op.apply(lane32(v, rn, 2), lane32(v, rn, 3), c.fp);
            v[2 * rd] = op.apply(lo, hi, c.fp) & 0xffffffffL;
            v[2 * rd + 1] = 0;
        }
    }

    /**
     * Narrowing conversion (FCVTN, FCVTXN): {@code lanes} wide lanes of Vn into the lower half
     * of Vd (upper cleared), or into the upper half keeping the lower ({@code upper}, the "2"
     * forms). The scalar FCVTXN is one lane into the lower half with the rest cleared.
     */
    static final class Narrow extends A64Insn {
        private final int rd, rn, lanes, srcBits, dstBits;
        private final boolean upper, scalar;
        private final Cvt op;

        Narrow(int rd, int rn, int srcBits, boolean upper, boolean scalar, Cvt op) {
            this.rd = rd;
            this.rn = rn;
            this.srcBits = srcBits;
            this.dstBits = srcBits / 2;
            this.lanes = scalar ? 1 : 128 / srcBits;
            this.upper = upper;
            this.scalar = scalar;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long srcMask = srcBits == 64 ? -1L : (1L << srcBits) - 1, dstMask = (1L << dstBits) - 1;
            long result = 0;
            for (int i = 0; i < lanes; i++) {
                int bit = i * srcBits;
                long a = (v[2 * rn + (bit >>> 6)] >>> (bit & 63)) & srcMask;
                result |= (op.apply(a, c.fp) & dstMask) << (i * dstBits);
            }
            if (upper) {
                v[2 * rd + 1] = result;
            } else {
                v[2 * rd] = result;
                v[2 * rd + 1] = 0;
            }
        }
    }

    /** Widening conversion (FCVTL, FCVTL2): the lower or upper half of Vn into all of Vd. */
    static final class Widen extends A64Insn {
        private final int rd, rn, srcBits, dstBits;
        private final boolean upper;
        private final Cvt op;

        Widen(int rd, int rn, int srcBits, boolean upper, Cvt op) {
            this.rd = rd;
            this.rn = rn;
            this.srcBits = srcBits;
            this.dstBits = srcBits * 2;
            this.upper = upper;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long src = v[2 * rn + (upper ? 1 : 0)];
            long srcMask = (1L << srcBits) - 1, dstMask = dstBits == 64 ? -1L : (1L << dstBits) - 1;
            int lanes = 64 / srcBits;
            long lo = 0, hi = 0;
            for (int i = 0; i < lanes; i++) {
                long r = op.apply((src >>> (i * srcBits)) & srcMask, c.fp) & dstMask;
                int bit = i * dstBits;
                if (bit < 64) {
                    lo |= r << bit;
                } else {
                    hi |= r << (bit - 64);
                }
            }
            v[2 * rd] = lo;
            v[2 * rd + 1] = hi;
        }
    }
}
