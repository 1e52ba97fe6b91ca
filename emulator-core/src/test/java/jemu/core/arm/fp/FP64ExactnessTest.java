package jemu.core.arm.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The double-precision fast paths (Java arithmetic plus an exact error term, ErrFma for the
 * fused multiply-add) against the exact value rounded by {@link FPRound}: same bits and same
 * flags, in every rounding mode, with and without flush-to-zero, on operands from everywhere in
 * the exponent range and on nearly cancelling ones.
 */
class FP64ExactnessTest {
    private static final int CASES = 200_000;

    private static long operand(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextLong() & ~FP64.EXP | (long) (r.nextInt(0x7ff)) << 52; // anywhere, finite
            case 1 -> Double.doubleToRawLongBits((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(64) - 32));
            case 2 -> Double.doubleToRawLongBits((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(2100) - 1075));
            default -> Double.doubleToRawLongBits((1 + r.nextInt(16) / 16.0) * Math.scalb(1.0, r.nextInt(40) - 20)
                    * (r.nextBoolean() ? 1 : -1));
        };
    }

    private static FPState state(SplittableRandom r) {
        FPState st = new FPState();
        st.fpcr = r.nextInt(4) << FPState.RMODE_SHIFT | (r.nextInt(4) == 0 ? FPState.FZ : 0);
        return st;
    }

    /** The exact a*b + c rounded by FPRound, with FPMulAdd's special cases left to the caller. */
    private static long exactMulAdd(long c, long a, long b, FPState st) {
        c = FP64.flush(c, st);
        a = FP64.flush(a, st);
        b = FP64.flush(b, st);
        BigInteger p = big(a).multiply(big(b));
        int pe = exp(a) + exp(b);
        int ce = exp(c);
        int e = Math.min(pe, ce);
        BigInteger sum = p.shiftLeft(pe - e).add(big(c).shiftLeft(ce - e));
        if (sum.signum() == 0) {
            boolean sameZeros = (p.signum() == 0 && FP64.isZero(c) && ((a ^ b) & FP64.SIGN) == (c & FP64.SIGN));
            return sameZeros ? c : (st.roundingMode() == FPState.RM ? FP64.SIGN : 0);
        }
        return FP64.roundBig(sum, e, FPRound.F64, st.fpcr, st.roundingMode(), st);
    }

    private static BigInteger big(long x) {
        long f = x & FP64.FRAC;
        long m = (x & FP64.EXP) == 0 ? f : f | 1L << 52;
        return BigInteger.valueOf(x < 0 ? -m : m);
    }

    private static int exp(long x) {
        int e = (int) (x >>> 52) & 0x7ff;
        return (e == 0 ? 1 : e) - 1075;
    }

    private static boolean special(long x) {
        return (x & FP64.EXP) == FP64.EXP;
    }

    @Test
    void fusedMultiplyAdd() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < CASES; i++) {
            long a = operand(r), b = operand(r);
            long c = r.nextBoolean() ? operand(r)
                    : Double.doubleToRawLongBits(-Double.longBitsToDouble(a) * Double.longBitsToDouble(b)) + r.nextInt(5) - 2;
            if (special(a) || special(b) || special(c)) {
                continue;
            }
            FPState st = state(r), ref = new FPState();
            ref.copyFrom(st);
            long got = FP64.fpMulAdd(c, a, b, st);
            long want = exactMulAdd(c, a, b, ref);
            assertEquals(Long.toHexString(want), Long.toHexString(got), () -> String.format("fma(%x, %x, %x) fpcr %x", c, a, b,
                    st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of fma(%x, %x, %x) fpcr %x", c, a, b, st.fpcr));
        }
    }

    @Test
    void addAndMultiply() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < CASES; i++) {
            long a = operand(r), b = r.nextBoolean() ? operand(r)
                    : Double.doubleToRawLongBits(-Double.longBitsToDouble(a)) + r.nextInt(5) - 2;
            if (special(a) || special(b)) {
                continue;
            }
            FPState st = state(r), ref = new FPState();
            ref.copyFrom(st);
            long got = FP64.fpAdd(a, b, st);
            long want = exactMulAdd(a, b, FP64.ONE, ref);
            assertEquals(Long.toHexString(want), Long.toHexString(got), () -> String.format("add(%x, %x) fpcr %x", a, b,
                    st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of add(%x, %x) fpcr %x", a, b, st.fpcr));
            st.fpsr = ref.fpsr = 0;
            got = FP64.fpMul(a, b, st);
            want = exactMulAdd(0, a, b, ref);
            if (FP64.isZero(want)) {
                continue; // the exact-zero sign rules of FPMul and FPMulAdd differ
            }
            assertEquals(Long.toHexString(want), Long.toHexString(got), () -> String.format("mul(%x, %x) fpcr %x", a, b,
                    st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of mul(%x, %x) fpcr %x", a, b, st.fpcr));
        }
    }

    @Test
    void divideAndSquareRoot() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < CASES; i++) {
            long a = operand(r), b = operand(r);
            FPState st = state(r), ref = new FPState();
            ref.copyFrom(st);
            long fa = FP64.flush(a, ref), fb = FP64.flush(b, ref);
            if (special(a) || special(b) || FP64.isZero(fa) || FP64.isZero(fb)) {
                continue;
            }
            // a / b = (ma << 200) / mb * 2^(ea - eb - 200), remainder as a sticky bit
            BigInteger[] qr = big(fa).abs().shiftLeft(200).divideAndRemainder(big(fb).abs());
            BigInteger q = qr[0].shiftLeft(1).or(qr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
            if ((fa ^ fb) < 0) {
                q = q.negate();
            }
            long want = FP64.roundBig(q, exp(fa) - exp(fb) - 201, FPRound.F64, ref.fpcr, ref.roundingMode(), ref);
            long got = FP64.fpDiv(a, b, st);
            assertEquals(Long.toHexString(want), Long.toHexString(got), () -> String.format("div(%x, %x) fpcr %x", a, b,
                    st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of div(%x, %x) fpcr %x", a, b, st.fpcr));

            long x = a & ~FP64.SIGN;
            st.fpsr = ref.fpsr = 0;
            long fx = FP64.flush(x, ref);
            if (FP64.isZero(fx)) {
                continue;
            }
            // sqrt(m * 2^e) with e made even and m scaled up by 2^200
            int e = exp(fx) - 200;
            BigInteger m = big(fx).shiftLeft(200);
            if ((e & 1) != 0) {
                m = m.shiftLeft(1);
                e--;
            }
            BigInteger[] sr = m.sqrtAndRemainder();
            BigInteger root = sr[0].shiftLeft(1).or(sr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
            long wantRoot = FP64.roundBig(root, e / 2 - 1, FPRound.F64, ref.fpcr, ref.roundingMode(), ref);
            long gotRoot = FP64.fpSqrt(x, st);
            assertEquals(Long.toHexString(wantRoot), Long.toHexString(gotRoot), () -> String.format("sqrt(%x) fpcr %x", x,
                    st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of sqrt(%x) fpcr %x", x, st.fpcr));
        }
    }
}
