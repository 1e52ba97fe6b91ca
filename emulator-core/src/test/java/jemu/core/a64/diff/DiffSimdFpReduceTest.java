package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** FMAXV, FMINV, FMAXNMV, FMINNMV (across lanes) and the scalar pairwise FADDP, FMAXP, FMAXNMP... */
class DiffSimdFpReduceTest {
    private static final Encoding ACROSS = Encoding.of("0 Q:1 U:1 01110 a:1 sz:1 11000 011 op:2 10 Rn:5 Rd:5");
    private static final Encoding PAIRWISE = Encoding.of("01 U:1 11110 a:1 sz:1 11000 011 op:2 10 Rn:5 Rd:5");

    @Test
    void acrossLanes() {
        Differential.check("simd fp across", Differential.count(1500), (r, i) -> {
            int insn = ACROSS.random(r);
            if (r.nextInt(4) != 0) {
                insn = ACROSS.with(ACROSS.with(ACROSS.with(insn, "U", 1), "sz", 0), "Q", 1);
            }
            return FpStates.one("simd fp across #" + i, insn, r, 32);
        });
    }

    @Test
    void scalarPairwise() {
        Differential.check("simd fp pairwise", Differential.count(1500), (r, i) -> {
            int insn = PAIRWISE.random(r);
            if (r.nextInt(4) != 0) {
                insn = PAIRWISE.with(insn, "U", 1);
            }
            return FpStates.one("simd fp pairwise #" + i, insn, r, PAIRWISE.get(insn, "sz") == 1 ? 64 : 32);
        });
    }
}
