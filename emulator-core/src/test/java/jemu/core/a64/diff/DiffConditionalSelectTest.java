package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** CSEL, CSINC, CSINV, CSNEG, every condition; one case in eight keeps random S and op2. */
class DiffConditionalSelectTest {
    private static final Encoding CSEL = Encoding.of("sf:1 op:1 S:1 11010100 Rm:5 cond:4 op2:2 Rn:5 Rd:5");

    @Test
    void conditionalSelect() {
        DpGen.check("csel", Differential.count(3000), r -> {
            int insn = DpGen.regs(CSEL, CSEL.random(r), r, "Rm", "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = CSEL.with(insn, "S", 0);
            return CSEL.with(insn, "op2", r.nextInt(2));
        });
    }
}
