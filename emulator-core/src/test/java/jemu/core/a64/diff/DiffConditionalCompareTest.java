package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** CCMN, CCMP (register and immediate); one case in eight keeps random S, o2, o3. */
class DiffConditionalCompareTest {
    private static final Encoding CCMP =
            Encoding.of("sf:1 op:1 S:1 11010010 Rm:5 cond:4 imm:1 o2:1 Rn:5 o3:1 nzcv:4");

    @Test
    void conditionalCompare() {
        DpGen.check("ccmp", Differential.count(4000), r -> {
            int insn = DpGen.regs(CCMP, CCMP.random(r), r, "Rm", "Rn");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = CCMP.with(insn, "S", 1);
            insn = CCMP.with(insn, "o2", 0);
            return CCMP.with(insn, "o3", 0);
        });
    }
}
