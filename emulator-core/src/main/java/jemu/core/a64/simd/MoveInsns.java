package jemu.core.a64.simd;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** Element moves (DUP, INS, UMOV, SMOV) and the immediate moves (MOVI, MVNI, ORR, BIC, FMOV). */
final class MoveInsns {
    private MoveInsns() {}

    /** Where element {@code index} of {@code 8 << size} bits of V[r] sits: word of c.v, and bit. */
    static int word(int r, int index, int size) {
        return 2 * r + ((index << (size + 3)) >>> 6);
    }

    static int bit(int index, int size) {
        return (index << (size + 3)) & 63;
    }

    /** DUP (element), vector: the element in every lane. */
    static final class DupElement extends A64Insn {
        private final int size, d, word, bit;
        private final long hiMask;

        DupElement(int size, boolean q, int rd, int rn, int index) {
            this.size = size;
            this.hiMask = q ? -1L : 0;
            this.d = 2 * rd;
            this.word = word(rn, index, size);
            this.bit = bit(index, size);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long r = Lanes.replicate(v[word] >>> bit, size);
            v[d] = r;
            v[d + 1] = r & hiMask;
        }
    }

    /** DUP (element), scalar: the element as a scalar. */
    static final class ScalarDup extends A64Insn {
        private final int d, word, bit;
        private final long mask;

        ScalarDup(int size, int rd, int rn, int index) {
            this.mask = Lanes.LANE[size];
            this.d = 2 * rd;
            this.word = word(rn, index, size);
            this.bit = bit(index, size);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = (v[word] >>> bit) & mask;
            v[d + 1] = 0;
        }
    }

    /** DUP (general): the low lane of Xn in every lane. */
    static final class DupGeneral extends A64Insn {
        private final int size, d, n;
        private final long hiMask;

        DupGeneral(int size, boolean q, int rd, int xn) {
            this.size = size;
            this.hiMask = q ? -1L : 0;
            this.d = 2 * rd;
            this.n = xn;
        }

        @Override
        public void exec(A64Cpu c) {
            long r = Lanes.replicate(c.x[n], size);
            c.v[d] = r;
            c.v[d + 1] = r & hiMask;
        }
    }

    /** INS (element): one element of Vn into one of Vd, the others kept. */
    static final class InsElement extends A64Insn {
        private final int dWord, dBit, nWord, nBit;
        private final long mask;

        InsElement(int size, int rd, int dIndex, int rn, int nIndex) {
            this.mask = Lanes.LANE[size];
            this.dWord = word(rd, dIndex, size);
            this.dBit = bit(dIndex, size);
            this.nWord = word(rn, nIndex, size);
            this.nBit = bit(nIndex, size);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long e = (v[nWord] >>> nBit) & mask;
            v[dWord] = (v[dWord] & ~(mask << dBit)) | e << dBit;
        }
    }

    /** INS (general): the low lane of Xn into one element of Vd, the others kept. */
    static final class InsGeneral extends A64Insn {
        private final int dWord, dBit, n;
        private final long mask;

        InsGeneral(int size, int rd, int dIndex, int xn) {
            this.mask = Lanes.LANE[size];
            this.dWord = word(rd, dIndex, size);
            this.dBit = bit(dIndex, size);
            this.n = xn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[dWord] = (v[dWord] & ~(mask << dBit)) | (c.x[n] & mask) << dBit;
        }
    }

    /** UMOV: an element zero-extended into Wd or Xd. */
    static final class Umov extends A64Insn {
        private final int d, word, bit;
        private final long mask;

        Umov(int size, int xd, int rn, int index) {
            this.mask = Lanes.LANE[size];
            this.d = xd;
            this.word = word(rn, index, size);
            this.bit = bit(index, size);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = (c.v[word] >>> bit) & mask;
        }
    }

    /** SMOV: an element sign-extended into Wd (then zero-extended) or Xd. */
    static final class Smov extends A64Insn {
        private final int d, word, bit, left;
        private final long mask;

        Smov(int size, boolean x64, int xd, int rn, int index) {
            this.left = 64 - (8 << size);
            this.mask = x64 ? -1L : 0xffffffffL;
            this.d = xd;
            this.word = word(rn, index, size);
            this.bit = bit(index, size);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((c.v[word] >>> bit) << left >> left) & mask;
        }
    }

    /** MOVI, MVNI, FMOV (vector, immediate): a constant, the upper half cleared in the 64-bit forms. */
    static final class MoveImmediate extends A64Insn {
        private final int d;
        private final long lo, hi;

        MoveImmediate(int rd, long lo, long hi) {
            this.d = 2 * rd;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public void exec(A64Cpu c) {
            c.v[d] = lo;
            c.v[d + 1] = hi;
        }
    }

    /** ORR (vector, immediate), and BIC (vector, immediate) as an AND with the inverted constant. */
    static final class LogicalImmediate extends A64Insn {
        private final int d;
        private final long imm, hiMask;
        private final boolean and;

        LogicalImmediate(boolean and, long imm, boolean q, int rd) {
            this.and = and;
            this.imm = imm;
            this.hiMask = q ? -1L : 0;
            this.d = 2 * rd;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            if (and) {
                v[d] &= imm;
                v[d + 1] &= imm & hiMask;
            } else {
                v[d] |= imm;
                v[d + 1] = (v[d + 1] | imm) & hiMask;
            }
        }
    }
}
