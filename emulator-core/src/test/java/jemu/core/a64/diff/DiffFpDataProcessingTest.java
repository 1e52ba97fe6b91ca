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
            return FpStates.one("fcvt #" + i, insn, r, ptype == 1 ? 64 : ptype == 0 ? 32 : 16);
        });
    }

    @Test
    void twoSource() {
        Differential.check("fp 2-source", Differential.count(3000), (r, i) -> {
            int insn = TWO_SOURCE.random(r);
            return FpStates.one("fp 2-source #" + i, insn, r, esize(TWO_SOURCE, insn));
        });
    }

    @Test
    void threeSource() {
        Differential.check("fp 3-source", Differential.count(3000), (r, i) -> {
            int insn = THREE_SOURCE.random(r);
            return FpStates.one("fp 3-source #" + i, insn, r, esize(THREE_SOURCE, insn));
        });
    }
}
