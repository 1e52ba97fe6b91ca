package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Conversions between FP and integer (FCVT[NPMZA][SU], SCVTF, UCVTF, FMOV general) and between
 * FP and fixed point (FCVTZ[SU], SCVTF, UCVTF #fbits).
 */
class DiffFpIntegerConversionTest {
    private static final Encoding TO_INT = Encoding.of("sf:1 0 0 11110 0 ptype:1 1 rmode:2 00 u:1 000000 Rn:5 Rd:5");
    private static final Encoding TO_INT_A = Encoding.of("sf:1 0 0 11110 0 ptype:1 1 00 10 u:1 000000 Rn:5 Rd:5");
    private static final Encoding FROM_INT = Encoding.of("sf:1 0 0 11110 0 ptype:1 1 00 01 u:1 000000 Rn:5 Rd:5");
    private static final Encoding FMOV = Encoding.of("sf:1 0 0 11110 ptype:2 1 rmode:2 11 op:1 000000 Rn:5 Rd:5");
    private static final Encoding TO_FIXED = Encoding.of("sf:1 0 0 11110 0 ptype:1 0 11 00 u:1 scale:6 Rn:5 Rd:5");
    private static final Encoding FROM_FIXED = Encoding.of("sf:1 0 0 11110 0 ptype:1 0 00 01 u:1 scale:6 Rn:5 Rd:5");

    private static DiffCase fromFp(String label, Encoding e, RandomGenerator r) {
        int insn = e.random(r);
        if (e == TO_FIXED && e.get(insn, "sf") == 0) {
            insn = e.with(insn, "scale", 32 | e.get(insn, "scale"));
        }
        return FpStates.one(label, insn, r, e.get(insn, "ptype") == 1 ? 64 : 32);
    }

    @Test
    void toInteger() {
        Differential.check("fcvt to int", Differential.count(2500), (r, i) -> fromFp("fcvt to int #" + i, TO_INT, r));
        Differential.check("fcvta to int", Differential.count(800), (r, i) -> fromFp("fcvta #" + i, TO_INT_A, r));
    }

    @Test
    void toFixedPoint() {
        Differential.check("fcvtz fixed", Differential.count(1500), (r, i) -> fromFp("fcvtz fixed #" + i, TO_FIXED, r));
    }

    @Test
    void fromInteger() {
        Differential.check("scvtf", Differential.count(1500), (r, i) -> FpStates.one("scvtf #" + i, FROM_INT.random(r), r,
                0));
    }

    @Test
    void fromFixedPoint() {
        Differential.check("scvtf fixed", Differential.count(1500), (r, i) -> {
            int insn = FROM_FIXED.random(r);
            if (FROM_FIXED.get(insn, "sf") == 0) {
                insn = FROM_FIXED.with(insn, "scale", 32 | FROM_FIXED.get(insn, "scale"));
            }
            return FpStates.one("scvtf fixed #" + i, insn, r, 0);
        });
    }

    @Test
    void moveGeneral() {
        Differential.check("fmov general", Differential.count(1000), (r, i) -> FpStates.one("fmov general #" + i,
                FMOV.random(r), r, 0));
    }
}
