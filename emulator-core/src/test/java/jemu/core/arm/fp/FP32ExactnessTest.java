package jemu.core.arm.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Single precision computed through doubles (with the double's exact error) against the exact
 * value rounded by {@link FPRound}: same bits and flags in every mode, including sums that land
 * a double exactly halfway between two singles, where rounding twice would go wrong.
 */
class FP32ExactnessTest {
    private static final int CASES = 200_000;

    private static int operand(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt() & ~FP32.EXP | r.nextInt(0xff) << 23;
            case 1 -> Float.floatToRawIntBits((float) ((r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(300) - 150)));
            case 2 -> Float.floatToRawIntBits((float) Math.scalb(1 + r.nextInt(4) / 4.0, r.nextInt(60) - 30))
                    ^ (r.nextBoolean() ? FP32.SIGN : 0);
            default -> Float.floatToRawIntBits((float) ((r.nextDouble() - 0.5) * 1000));
        };
    }

    private static BigInteger big(int x) {
        int f = x & FP32.FRAC;
        long m = (x & FP32.EXP) == 0 ? f : f | 1 << 23;
        return BigInteger.valueOf(x < 0 ? -m : m);
    }

    private static int exp(int x) {
        int e = (x >>> 23) & 0xff;
        return (e == 0 ? 1 : e) - 150;
    }

    private static int exactMulAdd(int c, int a, int b, FPState st) {
        c = FP32.flush(c, st);
        a = FP32.flush(a, st);
        b = FP32.flush(b, st);
        BigInteger p = big(a).multiply(big(b));
        int pe = exp(a) + exp(b), ce = exp(c), e = Math.min(pe, ce);
        BigInteger sum = p.shiftLeft(pe - e).add(big(c).shiftLeft(ce - e));
        if (sum.signum() == 0) {
            boolean sameZeros = p.signum() == 0 && FP32.isZero(c) && ((a ^ b) & FP32.SIGN) == (c & FP32.SIGN);
            return sameZeros ? c : st.roundingMode() == FPState.RM ? FP32.SIGN : 0;
        }
        return (int) FP64.roundBig(sum, e, FPRound.F32, st.fpcr, st.roundingMode(), st);
    }

    @Test
    void fusedMultiplyAddAndAdd() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < CASES; i++) {
            int a = operand(r), b = operand(r);
            int c = switch (r.nextInt(3)) {
                case 0 -> operand(r);
                case 1 -> Float.floatToRawIntBits((float) (-(double) Float.intBitsToFloat(a) * Float.intBitsToFloat(b)))
                        + r.nextInt(5) - 2;
                // a product just off a single: the sum may sit halfway between two singles
                default -> Float.floatToRawIntBits(Math.scalb(1f, r.nextInt(60) - 30));
            };
            if ((a & FP32.EXP) == FP32.EXP || (b & FP32.EXP) == FP32.EXP || (c & FP32.EXP) == FP32.EXP) {
                continue;
            }
            FPState st = new FPState();
            st.fpcr = r.nextInt(4) << FPState.RMODE_SHIFT | (r.nextInt(4) == 0 ? FPState.FZ : 0);
            FPState ref = new FPState();
            ref.copyFrom(st);
            int got = FP32.fpMulAdd(c, a, b, st), want = exactMulAdd(c, a, b, ref);
            int fa = a, fb = b, fc = c;
            assertEquals(Integer.toHexString(want), Integer.toHexString(got), () -> String.format("fma(%x, %x, %x) fpcr %x",
                    fc, fa, fb, st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of fma(%x, %x, %x)", fc, fa, fb));
            st.fpsr = ref.fpsr = 0;
            got = FP32.fpAdd(a, c, st);
            want = exactMulAdd(c, a, 0x3f800000, ref);
            assertEquals(Integer.toHexString(want), Integer.toHexString(got), () -> String.format("add(%x, %x) fpcr %x", fa,
                    fc, st.fpcr));
            assertEquals(ref.fpsr, st.fpsr, () -> String.format("flags of add(%x, %x)", fa, fc));
        }
    }
}
