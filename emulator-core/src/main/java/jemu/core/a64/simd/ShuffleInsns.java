package jemu.core.a64.simd;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** UZP1/2, TRN1/2, ZIP1/2, EXT, TBL and TBX. */
final class ShuffleInsns {
    private ShuffleInsns() {}

    static final int UZP1 = 1, TRN1 = 2, ZIP1 = 3, UZP2 = 5, TRN2 = 6, ZIP2 = 7;

    /** The permutes, {@code kind} being the encoding's opcode field. */
    static final class Permute extends A64Insn {
        private final int kind, size, d, n, m;
        private final boolean q;

        Permute(int kind, int size, boolean q, int rd, int rn, int rm) {
            this.kind = kind;
            this.size = size;
            this.q = q;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long n0 = v[n], n1 = v[n + 1], m0 = v[m], m1 = v[m + 1];
            long lo, hi;
            boolean odd = kind >= 4;
            if (!q) {
                lo = switch (kind) {
                    case UZP1, UZP2 -> Shuffle.uzp(n0, m0, odd, size);
                    case TRN1, TRN2 -> Shuffle.trn(n0, m0, odd, size);
                    default -> odd ? Shuffle.zip(n0 >>> 32, m0 >>> 32, size) : Shuffle.zip(n0, m0, size);
                };
                hi = 0;
            } else if (kind == UZP1 || kind == UZP2) {
                lo = Shuffle.uzp(n0, n1, odd, size);
                hi = Shuffle.uzp(m0, m1, odd, size);
            } else if (size == 3) { // TRN and ZIP of doublewords are the same: [Vn[part], Vm[part]]
                lo = odd ? n1 : n0;
                hi = odd ? m1 : m0;
            } else if (kind == TRN1 || kind == TRN2) {
                lo = Shuffle.trn(n0, m0, odd, size);
                hi = Shuffle.trn(n1, m1, odd, size);
            } else {
                long x = odd ? n1 : n0, y = odd ? m1 : m0;
                lo = Shuffle.zip(x, y, size);
                hi = Shuffle.zip(x >>> 32, y >>> 32, size);
            }
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** EXT, 128-bit: bytes imm4 to imm4 + 15 of Vm:Vn. */
    static final class Ext128 extends A64Insn {
        private final int d, n, m, shift;
        private final boolean fromHigh;

        Ext128(int rd, int rn, int rm, int imm4) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
            this.fromHigh = imm4 >= 8;
            this.shift = (imm4 & 7) * 8;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long w0, w1, w2;
            if (fromHigh) {
                w0 = v[n + 1];
                w1 = v[m];
                w2 = v[m + 1];
            } else {
                w0 = v[n];
                w1 = v[n + 1];
                w2 = v[m];
            }
            v[d] = Shuffle.funnel(w0, w1, shift);
            v[d + 1] = Shuffle.funnel(w1, w2, shift);
        }
    }

    /** EXT, 64-bit: bytes imm4 to imm4 + 7 of Vm<63:0>:Vn<63:0>. */
    static final class Ext64 extends A64Insn {
        private final int d, n, m, shift;

        Ext64(int rd, int rn, int rm, int imm4) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
            this.shift = imm4 * 8;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Shuffle.funnel(v[n], v[m], shift);
            v[d + 1] = 0;
        }
    }

    /** TBL, TBX with 1 to 4 table registers. */
    static final class TableLookup extends A64Insn {
        private final int d, first, count, m;
        private final boolean q, extension;

        TableLookup(boolean extension, boolean q, int rd, int rn, int len, int rm) {
            this.extension = extension;
            this.q = q;
            this.d = 2 * rd;
            this.first = rn;
            this.count = len + 1;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long f0 = extension ? v[d] : 0, f1 = extension ? v[d + 1] : 0;
            long lo = Shuffle.tbl(v, first, count, v[m], f0);
            long hi = q ? Shuffle.tbl(v, first, count, v[m + 1], f1) : 0;
            v[d] = lo;
            v[d + 1] = hi;
        }
    }
}
