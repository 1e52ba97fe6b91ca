package jemu.core.a64.simd;

import static jemu.core.a64.simd.Ops.*;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * The vector operations that compiled code and glibc's string routines (memchr, strlen, strchr...)
 * run most, each with an {@code exec} of its own: no operation switch on the way (measured: the
 * general classes' switch costs more than the operation), and the 64-bit form's upper half cleared
 * by a mask rather than a branch. The low half of a lane-wise result depends only on the low
 * halves of the operands (even indices of {@link A64Cpu#v}), the high half only on the high ones
 * (odd indices), so writing the low half first is safe however the registers alias.
 */
final class CommonInsns {
    private CommonInsns() {}

    /** The lane-wise binary operation's own class, or null when it has none. */
    static A64Insn binary(int op, int size, boolean q, int rd, int rn, int rm) {
        return switch (op) {
            case ADD -> new Add(size, q, rd, rn, rm);
            case SUB -> new Sub(size, q, rd, rn, rm);
            case MUL -> new Mul(size, q, rd, rn, rm);
            case AND -> new And(size, q, rd, rn, rm);
            case BIC -> new Bic(size, q, rd, rn, rm);
            case ORR -> new Orr(size, q, rd, rn, rm);
            case ORN -> new Orn(size, q, rd, rn, rm);
            case EOR -> new Eor(size, q, rd, rn, rm);
            case BSL -> new Bsl(size, q, rd, rn, rm);
            case BIT -> new Bit(size, q, rd, rn, rm);
            case BIF -> new Bif(size, q, rd, rn, rm);
            case CMEQ -> new Cmeq(size, q, rd, rn, rm);
            case CMTST -> new Cmtst(size, q, rd, rn, rm);
            case CMHS -> new Cmhs(size, q, rd, rn, rm);
            case CMHI -> new Cmhi(size, q, rd, rn, rm);
            case CMGE -> new Cmge(size, q, rd, rn, rm);
            case CMGT -> new Cmgt(size, q, rd, rn, rm);
            case UMAX -> new Umax(size, q, rd, rn, rm);
            case UMIN -> new Umin(size, q, rd, rn, rm);
            case SMAX -> new Smax(size, q, rd, rn, rm);
            case SMIN -> new Smin(size, q, rd, rn, rm);
            default -> null;
        };
    }

    /** The pairwise operation's own class, or null when it has none. */
    static A64Insn pairwise(int op, int size, boolean q, int rd, int rn, int rm) {
        return switch (op) {
            case ADD -> new Addp(size, q, rd, rn, rm);
            case UMAX -> new Umaxp(size, q, rd, rn, rm);
            case UMIN -> new Uminp(size, q, rd, rn, rm);
            default -> null;
        };
    }

    /** Fields of a three-register vector operation; {@code hiMask} is zero in the 64-bit form. */
    abstract static class Binary extends A64Insn {
        final int size, d, n, m;
        final long hiMask;

        Binary(int size, boolean q, int rd, int rn, int rm) {
            this.size = size;
            this.hiMask = q ? -1L : 0;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }
    }

    /** ADD (vector). */
    static final class Add extends Binary {
        Add(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.add(v[n], v[m], size);
            v[d + 1] = Lanes.add(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** SUB (vector). */
    static final class Sub extends Binary {
        Sub(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.sub(v[n], v[m], size);
            v[d + 1] = Lanes.sub(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** MUL (vector). */
    static final class Mul extends Binary {
        Mul(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Multiply.mul(v[n], v[m], size);
            v[d + 1] = Multiply.mul(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** AND (vector). */
    static final class And extends Binary {
        And(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] & v[m];
            v[d + 1] = (v[n + 1] & v[m + 1]) & hiMask;
        }
    }

    /** BIC (vector, register). */
    static final class Bic extends Binary {
        Bic(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] & ~v[m];
            v[d + 1] = (v[n + 1] & ~v[m + 1]) & hiMask;
        }
    }

    /** ORR (vector, register), and MOV (vector) when Rn = Rm. */
    static final class Orr extends Binary {
        Orr(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] | v[m];
            v[d + 1] = (v[n + 1] | v[m + 1]) & hiMask;
        }
    }

    /** ORN (vector). */
    static final class Orn extends Binary {
        Orn(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] | ~v[m];
            v[d + 1] = (v[n + 1] | ~v[m + 1]) & hiMask;
        }
    }

    /** EOR (vector). */
    static final class Eor extends Binary {
        Eor(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = v[n] ^ v[m];
            v[d + 1] = (v[n + 1] ^ v[m + 1]) & hiMask;
        }
    }

    /** BSL: Vd selects between Vn (ones) and Vm (zeros). */
    static final class Bsl extends Binary {
        Bsl(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = (v[d] & v[n]) | (~v[d] & v[m]);
            v[d + 1] = ((v[d + 1] & v[n + 1]) | (~v[d + 1] & v[m + 1])) & hiMask;
        }
    }

    /** BIT: the bits of Vn where Vm is one. */
    static final class Bit extends Binary {
        Bit(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = (v[d] & ~v[m]) | (v[n] & v[m]);
            v[d + 1] = ((v[d + 1] & ~v[m + 1]) | (v[n + 1] & v[m + 1])) & hiMask;
        }
    }

    /** BIF: the bits of Vn where Vm is zero. */
    static final class Bif extends Binary {
        Bif(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = (v[d] & v[m]) | (v[n] & ~v[m]);
            v[d + 1] = ((v[d + 1] & v[m + 1]) | (v[n + 1] & ~v[m + 1])) & hiMask;
        }
    }

    /** CMEQ (register). */
    static final class Cmeq extends Binary {
        Cmeq(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmeq(v[n], v[m], size);
            v[d + 1] = Lanes.cmeq(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** CMTST. */
    static final class Cmtst extends Binary {
        Cmtst(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmtst(v[n], v[m], size);
            v[d + 1] = Lanes.cmtst(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** CMHS (register). */
    static final class Cmhs extends Binary {
        Cmhs(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmhs(v[n], v[m], size);
            v[d + 1] = Lanes.cmhs(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** CMHI (register). */
    static final class Cmhi extends Binary {
        Cmhi(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmhi(v[n], v[m], size);
            v[d + 1] = Lanes.cmhi(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** CMGE (register). */
    static final class Cmge extends Binary {
        Cmge(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmge(v[n], v[m], size);
            v[d + 1] = Lanes.cmge(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** CMGT (register). */
    static final class Cmgt extends Binary {
        Cmgt(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmgt(v[n], v[m], size);
            v[d + 1] = Lanes.cmgt(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** UMAX. */
    static final class Umax extends Binary {
        Umax(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.umax(v[n], v[m], size);
            v[d + 1] = Lanes.umax(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** UMIN. */
    static final class Umin extends Binary {
        Umin(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.umin(v[n], v[m], size);
            v[d + 1] = Lanes.umin(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** SMAX. */
    static final class Smax extends Binary {
        Smax(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.smax(v[n], v[m], size);
            v[d + 1] = Lanes.smax(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /** SMIN. */
    static final class Smin extends Binary {
        Smin(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.smin(v[n], v[m], size);
            v[d + 1] = Lanes.smin(v[n + 1], v[m + 1], size) & hiMask;
        }
    }

    /**
     * The pairwise operations: the 128-bit form reads both halves of Vn for its low half and of
     * Vm for its high half, so both are computed before either is written.
     */
    /** ADDP (vector). */
    static final class Addp extends Binary {
        private final boolean q;

        Addp(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            if (q) {
                long lo = Reduce.addp(v[n], v[n + 1], size);
                v[d + 1] = Reduce.addp(v[m], v[m + 1], size);
                v[d] = lo;
            } else {
                v[d] = Reduce.addp(v[n], v[m], size);
                v[d + 1] = 0;
            }
        }
    }

    /** UMAXP. */
    static final class Umaxp extends Binary {
        private final boolean q;

        Umaxp(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            if (q) {
                long lo = Reduce.umaxp(v[n], v[n + 1], size);
                v[d + 1] = Reduce.umaxp(v[m], v[m + 1], size);
                v[d] = lo;
            } else {
                v[d] = Reduce.umaxp(v[n], v[m], size);
                v[d + 1] = 0;
            }
        }
    }

    /** UMINP. */
    static final class Uminp extends Binary {
        private final boolean q;

        Uminp(int size, boolean q, int rd, int rn, int rm) {
            super(size, q, rd, rn, rm);
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            if (q) {
                long lo = Reduce.uminp(v[n], v[n + 1], size);
                v[d + 1] = Reduce.uminp(v[m], v[m + 1], size);
                v[d] = lo;
            } else {
                v[d] = Reduce.uminp(v[n], v[m], size);
                v[d + 1] = 0;
            }
        }
    }

    /** The two-register operation's own class, or null when it has none. */
    static A64Insn unary(int op, int size, boolean q, int rd, int rn) {
        return switch (op) {
            case CMEQ0 -> new Cmeq0(size, q, rd, rn);
            case NOT -> new Not(size, q, rd, rn);
            case CNT -> new Cnt(size, q, rd, rn);
            case NEG -> new Neg(size, q, rd, rn);
            case ABS -> new Abs(size, q, rd, rn);
            default -> null;
        };
    }

    /** The shift by immediate's own class, or null when it has none. */
    static A64Insn shift(int op, int size, int shift, boolean q, int rd, int rn) {
        return switch (op) {
            case SHL -> new Shl(size, shift, q, rd, rn);
            case USHR -> new Ushr(size, shift, q, rd, rn);
            case SSHR -> new Sshr(size, shift, q, rd, rn);
            default -> null;
        };
    }

    /** Fields of a two-register vector operation. */
    abstract static class Unary extends A64Insn {
        final int size, d, n;
        final long hiMask;

        Unary(int size, boolean q, int rd, int rn) {
            this.size = size;
            this.hiMask = q ? -1L : 0;
            this.d = 2 * rd;
            this.n = 2 * rn;
        }
    }

    /** CMEQ (zero): glibc's strlen and friends look for the NUL byte with it. */
    static final class Cmeq0 extends Unary {
        Cmeq0(int size, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cmeq(v[n], 0, size);
            v[d + 1] = Lanes.cmeq(v[n + 1], 0, size) & hiMask;
        }
    }

    /** NOT (MVN). */
    static final class Not extends Unary {
        Not(int size, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = ~v[n];
            v[d + 1] = ~v[n + 1] & hiMask;
        }
    }

    /** CNT. */
    static final class Cnt extends Unary {
        Cnt(int size, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.cnt8(v[n]);
            v[d + 1] = Lanes.cnt8(v[n + 1]) & hiMask;
        }
    }

    /** NEG (vector). */
    static final class Neg extends Unary {
        Neg(int size, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.neg(v[n], size);
            v[d + 1] = Lanes.neg(v[n + 1], size) & hiMask;
        }
    }

    /** ABS (vector). */
    static final class Abs extends Unary {
        Abs(int size, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.abs(v[n], size);
            v[d + 1] = Lanes.abs(v[n + 1], size) & hiMask;
        }
    }

    /** Fields of a shift by immediate. */
    abstract static class Shift extends Unary {
        final int shift;

        Shift(int size, int shift, boolean q, int rd, int rn) {
            super(size, q, rd, rn);
            this.shift = shift;
        }
    }

    /** SHL (immediate). */
    static final class Shl extends Shift {
        Shl(int size, int shift, boolean q, int rd, int rn) {
            super(size, shift, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.shl(v[n], shift, size);
            v[d + 1] = Lanes.shl(v[n + 1], shift, size) & hiMask;
        }
    }

    /** USHR. */
    static final class Ushr extends Shift {
        Ushr(int size, int shift, boolean q, int rd, int rn) {
            super(size, shift, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.lsr(v[n], shift, size);
            v[d + 1] = Lanes.lsr(v[n + 1], shift, size) & hiMask;
        }
    }

    /** SSHR. */
    static final class Sshr extends Shift {
        Sshr(int size, int shift, boolean q, int rd, int rn) {
            super(size, shift, q, rd, rn);
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Lanes.asr(v[n], shift, size);
            v[d + 1] = Lanes.asr(v[n + 1], shift, size) & hiMask;
        }
    }
}
