package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** FCMP, FCMPE (register and #0.0), FCCMP, FCCMPE, FCSEL. */
class DiffFpCompareTest {
    private static final Encoding COMPARE = Encoding.of("0 0 0 11110 0 ptype:1 1 Rm:5 00 1000 Rn:5 opc:2 000");
    private static final Encoding COND_COMPARE = Encoding.of("0 0 0 11110 0 ptype:1 1 Rm:5 cond:4 01 Rn:5 op:1 nzcv:4");
    private static final Encoding COND_SELECT = Encoding.of("0 0 0 11110 0 ptype:1 1 Rm:5 cond:4 11 Rn:5 Rd:5");

    @Test
    void compare() {
        Differential.check("fcmp", Differential.count(2000), (r, i) -> {
            int insn = COMPARE.random(r);
            if ((COMPARE.get(insn, "opc") & 1) != 0) {
                insn = COMPARE.with(insn, "Rm", 0);
            }
            return FpStates.one("fcmp #" + i, insn, r, COMPARE.get(insn, "ptype") == 1 ? 64 : 32);
        });
    }

    @Test
    void conditionalCompare() {
        Differential.check("fccmp", Differential.count(1500), (r, i) -> {
            int insn = COND_COMPARE.random(r);
            return FpStates.one("fccmp #" + i, insn, r, COND_COMPARE.get(insn, "ptype") == 1 ? 64 : 32);
        });
    }

    @Test
    void conditionalSelect() {
        Differential.check("fcsel", Differential.count(1000), (r, i) -> {
            int insn = COND_SELECT.random(r);
            return FpStates.one("fcsel #" + i, insn, r, 0);
        });
    }
}
