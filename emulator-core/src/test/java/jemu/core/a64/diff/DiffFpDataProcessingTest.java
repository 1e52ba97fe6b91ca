package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** Scalar FP data-processing, 1, 2 and 3 source (FMOV, FABS, FNEG, FSQRT, FCVT, FRINT*, FADD...). */
class DiffFpDataProcessingTest {
    private static final Encoding ONE_SOURCE = Encoding.of("0 0 0 11110 0 ptype:1 1 0000 opcode:2 10000 Rn:5 Rd:5");
    private static final Encoding FRINT = Encoding.of("0 0 0 11110 0 ptype:1 1 001 rmode:3 10000 Rn:5 Rd:5");
    private static final Encoding FCVT = Encoding.of("0 0 0 11110 ptype:2 1 0001 opc:2 10000 Rn:5 Rd:5");
    private static final Encoding TWO_SOURCE = Encoding.of("0 0 0 11110 0 ptype:1 1 Rm:5 opcode:4 10 Rn:5 Rd:5");
    private static final Encoding THREE_SOURCE = Encoding.of("0 0 0 11111 0 ptype:1 o1:1 Rm:5 o0:1 Ra:5 Rn:5 Rd:5");

    private static int esize(Encoding e, int insn) {
        return e.get(insn, "ptype") == 1 ? 64 : 32;
    }

    @Test
    void oneSource() {
        Differential.check("fp 1-source", Differential.count(1500), (r, i) -> {
            int insn = ONE_SOURCE.random(r);
            return FpStates.one("fp 1-source #" + i, insn, r, esize(ONE_SOURCE, insn));
        });
    }

    @Test
    void roundToIntegral() {
        Differential.check("frint", Differential.count(1500), (r, i) -> {
            int insn = FRINT.random(r);
            return FpStates.one("frint #" + i, insn, r, esize(FRINT, insn));
        });
    }

    @Test
    void convertPrecision() {
        Differential.check("fcvt", Differential.count(1500), (r, i) -> {
            int insn = FCVT.random(r);
            int ptype = FCVT.get(insn, "ptype");
            ArchState s = FpStates.random(r, ptype == 1 ? 64 : ptype == 0 ? 32 : 16);
            if (r.nextInt(3) == 0) {
                s.fpcr |= 1 << 26; // AHP: conversions to and from half use the alternative format
            }
            return Differential.one("fcvt #" + i, insn, s, r);
        });
    }

    @Test
    void twoSource() {
        Differential.check("fp 2-source", Differential.count(3000), (r, i) -> {
            int insn = TWO_SOURCE.random(r);
            return FpStates.one("fp 2-source #" + i, insn, r, esize(TWO_SOURCE, insn));
        });
    }

    /**
     * Operands chosen where rounding is delicate: products that nearly cancel the addend
     * (FMADD...), quotients and products near the subnormal range and near overflow, sums that
     * cancel; registers V0-V3 hold them.
     */
    @Test
    void delicateOperands() {
        Encoding three = Encoding.of("0 0 0 11111 0 ptype:1 o1:1 000 Rm:2 o0:1 000 Ra:2 000 Rn:2 Rd:5");
        Encoding two = Encoding.of("0 0 0 11110 0 ptype:1 1 000 Rm:2 opcode:4 10 000 Rn:2 Rd:5");
        Differential.check("fp delicate", Differential.count(6000), (r, i) -> {
            boolean dbl = r.nextBoolean();
            int insn = r.nextBoolean() ? three.random(r) : two.with(two.random(r), "opcode", r.nextInt(4));
            insn = (insn & ~(1 << 22)) | (dbl ? 1 << 22 : 0);
            ArchState s = FpStates.random(r, dbl ? 64 : 32);
            int scale = switch (r.nextInt(4)) {
                case 0 -> dbl ? -540 + r.nextInt(40) : -75 + r.nextInt(20); // products near the subnormals
                case 1 -> dbl ? 490 + r.nextInt(40) : 55 + r.nextInt(15); // products near overflow
                default -> r.nextInt(40) - 20;
            };
            double a = Math.scalb(1 + r.nextDouble(), scale) * (r.nextBoolean() ? 1 : -1);
            double b = Math.scalb(1 + r.nextDouble(), scale + r.nextInt(5) - 2) * (r.nextBoolean() ? 1 : -1);
            double c = -a * b;
            if (dbl) {
                long cb = Double.doubleToRawLongBits(c) + r.nextInt(7) - 3;
                set(s, 0, Double.doubleToRawLongBits(a));
                set(s, 1, Double.doubleToRawLongBits(b));
                set(s, 2, cb);
                set(s, 3, r.nextBoolean() ? Double.doubleToRawLongBits(-a) + r.nextInt(3) - 1 : cb);
            } else {
                float fa = (float) a, fb = (float) b;
                int cb = Float.floatToRawIntBits((float) (-(double) fa * fb)) + r.nextInt(7) - 3;
                set(s, 0, Float.floatToRawIntBits(fa) & 0xffffffffL);
                set(s, 1, Float.floatToRawIntBits(fb) & 0xffffffffL);
                set(s, 2, cb & 0xffffffffL);
                set(s, 3, r.nextBoolean() ? (Float.floatToRawIntBits(-fa) + r.nextInt(3) - 1) & 0xffffffffL : cb);
            }
            return Differential.one("fp delicate #" + i, insn, s, r);
        });
    }

    private static void set(ArchState s, int reg, long value) {
        s.v[2 * reg] = value;
    }

    @Test
    void threeSource() {
        Differential.check("fp 3-source", Differential.count(3000), (r, i) -> {
            int insn = THREE_SOURCE.random(r);
            return FpStates.one("fp 3-source #" + i, insn, r, esize(THREE_SOURCE, insn));
        });
    }
}
