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
import jemu.core.arm.Cond;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FP64;

/**
 * Scalar floating-point instructions on S and D registers: every write of a scalar clears the
 * register above it. Register numbers are V indices; general registers are already mapped.
 */
final class ScalarFp {
    private ScalarFp() {}

    /** One source, single precision: FMOV, FABS, FNEG, FSQRT, FRINT*. */
    static final class Unary32 extends A64Insn {
        private final int rd, rn;
        private final Op1S op;

        Unary32(int rd, int rn, Op1S op) {
            this.rd = rd;
            this.rn = rn;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply((int) v[2 * rn], c.fp) & 0xffffffffL;
            v[2 * rd + 1] = 0;
        }
    }

    static final class Unary64 extends A64Insn {
        private final int rd, rn;
        private final Op1D op;

        Unary64(int rd, int rn, Op1D op) {
            this.rd = rd;
            this.rn = rn;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply(v[2 * rn], c.fp);
            v[2 * rd + 1] = 0;
        }
    }

    /** FCVT between precisions: the source's low {@code srcBits}, a result of {@code dstBits}. */
    static final class Convert extends A64Insn {
        private final int rd, rn;
        private final long srcMask, dstMask;
        private final Cvt op;

        Convert(int rd, int rn, int srcBits, int dstBits, Cvt op) {
            this.rd = rd;
            this.rn = rn;
            this.srcMask = srcBits == 64 ? -1L : (1L << srcBits) - 1;
            this.dstMask = dstBits == 64 ? -1L : (1L << dstBits) - 1;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply(v[2 * rn] & srcMask, c.fp) & dstMask;
            v[2 * rd + 1] = 0;
        }
    }

    /** Two sources: FADD, FSUB, FMUL, FDIV, FMAX(NM), FMIN(NM), FNMUL. */
    static final class Binary32 extends A64Insn {
        private final int rd, rn, rm;
        private final Op2S op;

        Binary32(int rd, int rn, int rm, Op2S op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply((int) v[2 * rn], (int) v[2 * rm], c.fp) & 0xffffffffL;
            v[2 * rd + 1] = 0;
        }
    }

    static final class Binary64 extends A64Insn {
        private final int rd, rn, rm;
        private final Op2D op;

        Binary64(int rd, int rn, int rm, Op2D op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply(v[2 * rn], v[2 * rm], c.fp);
            v[2 * rd + 1] = 0;
        }
    }

    /** Three sources, {@code op(Ra, Rn, Rm)}: FMADD, FMSUB, FNMADD, FNMSUB. */
    static final class Ternary32 extends A64Insn {
        private final int rd, rn, rm, ra;
        private final Op3S op;

        Ternary32(int rd, int rn, int rm, int ra, Op3S op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.ra = ra;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply((int) v[2 * ra], (int) v[2 * rn], (int) v[2 * rm], c.fp) & 0xffffffffL;
            v[2 * rd + 1] = 0;
        }
    }

    static final class Ternary64 extends A64Insn {
        private final int rd, rn, rm, ra;
        private final Op3D op;

        Ternary64(int rd, int rn, int rm, int ra, Op3D op) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.ra = ra;
            this.op = op;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = op.apply(v[2 * ra], v[2 * rn], v[2 * rm], c.fp);
            v[2 * rd + 1] = 0;
        }
    }

    /** FCMP, FCMPE (register, or #0.0 when {@code zero}). */
    static final class Compare32 extends A64Insn {
        private final int rn, rm;
        private final boolean zero, signal;

        Compare32(int rn, int rm, boolean zero, boolean signal) {
            this.rn = rn;
            this.rm = rm;
            this.zero = zero;
            this.signal = signal;
        }

        @Override
        public void exec(A64Cpu c) {
            int b = zero ? 0 : (int) c.v[2 * rm];
            c.nzcv = FP32.fpCompare((int) c.v[2 * rn], b, signal, c.fp);
        }
    }

    static final class Compare64 extends A64Insn {
        private final int rn, rm;
        private final boolean zero, signal;

        Compare64(int rn, int rm, boolean zero, boolean signal) {
            this.rn = rn;
            this.rm = rm;
            this.zero = zero;
            this.signal = signal;
        }

        @Override
        public void exec(A64Cpu c) {
            long b = zero ? 0 : c.v[2 * rm];
            c.nzcv = FP64.fpCompare(c.v[2 * rn], b, signal, c.fp);
        }
    }

    /** FCCMP, FCCMPE: compare if {@code cond} holds, else set NZCV to the immediate. */
    static final class CondCompare32 extends A64Insn {
        private final int rn, rm, cond, nzcv;
        private final boolean signal;

        CondCompare32(int rn, int rm, int cond, int nzcv, boolean signal) {
            this.rn = rn;
            this.rm = rm;
            this.cond = cond;
            this.nzcv = nzcv << 28;
            this.signal = signal;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? FP32.fpCompare((int) c.v[2 * rn], (int) c.v[2 * rm], signal, c.fp) : nzcv;
        }
    }

    static final class CondCompare64 extends A64Insn {
        private final int rn, rm, cond, nzcv;
        private final boolean signal;

        CondCompare64(int rn, int rm, int cond, int nzcv, boolean signal) {
            this.rn = rn;
            this.rm = rm;
            this.cond = cond;
            this.nzcv = nzcv << 28;
            this.signal = signal;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = Cond.holds(cond, c.nzcv) ? FP64.fpCompare(c.v[2 * rn], c.v[2 * rm], signal, c.fp) : nzcv;
        }
    }

    /** FCSEL. */
    static final class CondSelect extends A64Insn {
        private final int rd, rn, rm, cond;
        private final long mask;

        CondSelect(int rd, int rn, int rm, int cond, int esize) {
            this.rd = rd;
            this.rn = rn;
            this.rm = rm;
            this.cond = cond;
            this.mask = esize == 64 ? -1L : (1L << esize) - 1;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[2 * rd] = v[2 * (Cond.holds(cond, c.nzcv) ? rn : rm)] & mask;
            v[2 * rd + 1] = 0;
        }
    }

    /** FMOV (scalar, immediate): the expanded constant. */
    static final class MoveImmediate extends A64Insn {
        private final int rd;
        private final long value;

        MoveImmediate(int rd, long value) {
            this.rd = rd;
            this.value = value;
        }

        @Override
        public void exec(A64Cpu c) {
            c.v[2 * rd] = value;
            c.v[2 * rd + 1] = 0;
        }
    }

    /** FMOV to a general register: from S, D or D[1] ({@code half} 0 or 1). */
    static final class MoveToGeneral extends A64Insn {
        private final int rd, rn;
        private final long mask;

        MoveToGeneral(int rd, int rn, int half, boolean is64) {
            this.rd = rd;
            this.rn = 2 * rn + half;
            this.mask = is64 ? -1L : 0xffffffffL;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rd] = c.v[rn] & mask;
        }
    }

    /** FMOV from a general register to S or D (clearing the rest). */
    static final class MoveFromGeneral extends A64Insn {
        private final int rd, rn;
        private final long mask;

        MoveFromGeneral(int rd, int rn, boolean is64) {
            this.rd = rd;
            this.rn = rn;
            this.mask = is64 ? -1L : 0xffffffffL;
        }

        @Override
        public void exec(A64Cpu c) {
            c.v[2 * rd] = c.x[rn] & mask;
            c.v[2 * rd + 1] = 0;
        }
    }

    /** FMOV Vd.D[1], Xn: only the top half changes. */
    static final class MoveToTopHalf extends A64Insn {
        private final int rd, rn;

        MoveToTopHalf(int rd, int rn) {
            this.rd = rd;
            this.rn = rn;
        }

        @Override
        public void exec(A64Cpu c) {
            c.v[2 * rd + 1] = c.x[rn];
        }
    }

    /** FCVT[NPMZA][SU] and FCVTZ[SU] (fixed-point): FPToFixed into a W or X register. */
    static final class ToInt32 extends A64Insn {
        private final int rd, rn, fbits, rounding;
        private final boolean unsigned, to64;

        ToInt32(int rd, int rn, int fbits, boolean unsigned, int rounding, boolean to64) {
            this.rd = rd;
            this.rn = rn;
            this.fbits = fbits;
            this.unsigned = unsigned;
            this.rounding = rounding;
            this.to64 = to64;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rd] = FP32.fpToFixed((int) c.v[2 * rn], fbits, unsigned, rounding, to64, c.fp);
        }
    }

    static final class ToInt64 extends A64Insn {
        private final int rd, rn, fbits, rounding;
        private final boolean unsigned, to64;

        ToInt64(int rd, int rn, int fbits, boolean unsigned, int rounding, boolean to64) {
            this.rd = rd;
            this.rn = rn;
            this.fbits = fbits;
            this.unsigned = unsigned;
            this.rounding = rounding;
            this.to64 = to64;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rd] = FP64.fpToFixed(c.v[2 * rn], fbits, unsigned, rounding, to64, c.fp);
        }
    }

    /** SCVTF, UCVTF (integer and fixed-point) from a W or X register, in FPCR's rounding mode. */
    static final class FromInt32 extends A64Insn {
        private final int rd, rn, fbits;
        private final boolean unsigned, from64;

        FromInt32(int rd, int rn, int fbits, boolean unsigned, boolean from64) {
            this.rd = rd;
            this.rn = rn;
            this.fbits = fbits;
            this.unsigned = unsigned;
            this.from64 = from64;
        }

        @Override
        public void exec(A64Cpu c) {
            long x = extend(c.x[rn], unsigned, from64);
            c.v[2 * rd] = FP32.fixedToFP(x, fbits, unsigned, c.fp.roundingMode(), c.fp) & 0xffffffffL;
            c.v[2 * rd + 1] = 0;
        }
    }

    static final class FromInt64 extends A64Insn {
        private final int rd, rn, fbits;
        private final boolean unsigned, from64;

        FromInt64(int rd, int rn, int fbits, boolean unsigned, boolean from64) {
            this.rd = rd;
            this.rn = rn;
            this.fbits = fbits;
            this.unsigned = unsigned;
            this.from64 = from64;
        }

        @Override
        public void exec(A64Cpu c) {
            long x = extend(c.x[rn], unsigned, from64);
            c.v[2 * rd] = FP64.fixedToFP(x, fbits, unsigned, c.fp.roundingMode(), c.fp);
            c.v[2 * rd + 1] = 0;
        }
    }

    static long extend(long x, boolean unsigned, boolean from64) {
        return from64 ? x : unsigned ? x & 0xffffffffL : (int) x;
    }
}
