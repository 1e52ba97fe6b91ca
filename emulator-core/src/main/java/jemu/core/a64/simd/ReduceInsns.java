package jemu.core.a64.simd;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** The pairwise operations (ADDP, SMAXP...) and the across-lanes reductions. */
final class ReduceInsns {
    private ReduceInsns() {}

    /** A pairwise operation: one of {@link CommonInsns}' own classes, or the general one. */
    static A64Insn pairwise(int op, int size, boolean q, int rd, int rn, int rm) {
        A64Insn common = CommonInsns.pairwise(op, size, q, rd, rn, rm);
        return common != null ? common : new Pairwise(op, size, q, rd, rn, rm);
    }

    /**
     * ADDP, SMAXP, UMAXP, SMINP, UMINP (vector): op applied to the even and the odd lanes of the
     * concatenation Vm:Vn; the 128-bit form takes the pairs of Vn into the low half and those of
     * Vm into the high one.
     */
    static final class Pairwise extends A64Insn {
        private final int op, size, d, n, m;
        private final boolean q;

        Pairwise(int op, int size, boolean q, int rd, int rn, int rm) {
            this.op = op;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        private long pairs(long x, long y) {
            if (size == 3) {
                return Ops.binary(op, size, x, y, 0, null);
            }
            return Reduce.unzip(Ops.binary(op, size, Reduce.evens(x, y, size), Reduce.odds(x, y, size), 0, null), size);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            if (q) {
                long lo = pairs(v[n], v[n + 1]);
                v[d + 1] = pairs(v[m], v[m + 1]);
                v[d] = lo;
            } else {
                v[d] = pairs(v[n], v[m]);
                v[d + 1] = 0;
            }
        }
    }

    /** ADDP (scalar): the sum of the two doublewords of Vn. */
    static final class ScalarAddp extends A64Insn {
        private final int d, n;

        ScalarAddp(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] + v[n + 1];
            v[d + 1] = 0;
        }
    }

    static final int ADDV = 0, SADDLV = 1, UADDLV = 2, SMAXV = 3, UMAXV = 4, SMINV = 5, UMINV = 6;

    /** The across-lanes reductions, into a scalar. */
    static final class AcrossLanes extends A64Insn {
        private final int op, size, d, n;
        private final boolean q;

        AcrossLanes(int op, int size, boolean q, int rd, int rn) {
            this.op = op;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long x = v[n], y = v[n + 1];
            long r = switch (op) {
                case ADDV -> Reduce.addv(q ? Lanes.add(x, y, size) : x, size);
                case SADDLV, UADDLV -> {
                    boolean signed = op == SADDLV;
                    long w = Reduce.addlp(x, size, signed);
                    if (q) {
                        w = Lanes.add(w, Reduce.addlp(y, size, signed), size + 1);
                    }
                    yield Reduce.addv(w, size + 1);
                }
                case SMAXV -> Reduce.smaxv(q ? Lanes.smax(x, y, size) : x, size);
                case UMAXV -> Reduce.umaxv(q ? Lanes.umax(x, y, size) : x, size);
                case SMINV -> Reduce.sminv(q ? Lanes.smin(x, y, size) : x, size);
                default -> Reduce.uminv(q ? Lanes.umin(x, y, size) : x, size);
            };
            v[d] = r;
            v[d + 1] = 0;
        }
    }
}
