package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * MADD, MSUB, SMADDL, SMSUBL, UMADDL, UMSUBL, SMULH, UMULH (with any Ra); one case in eight keeps
 * random op54, op31 and o0 for the unallocated ones.
 */
class DiffDataProcessing3SourceTest {
    private static final Encoding DP3 = Encoding.of("sf:1 op54:2 11011 op31:3 Rm:5 o0:1 Ra:5 Rn:5 Rd:5");
    private static final int[] OP31 = {0b000, 0b000, 0b001, 0b010, 0b101, 0b110};

    @Test
    void dataProcessing3Source() {
        DpGen.check("dp 3 source", Differential.count(4000), r -> {
            int insn = DpGen.regs(DP3, DP3.random(r), r, "Rm", "Ra", "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = DP3.with(insn, "op54", 0);
            int op31 = OP31[r.nextInt(OP31.length)];
            insn = DP3.with(insn, "op31", op31);
            if (op31 != 0) {
                insn = DP3.with(insn, "sf", 1);
                if ((op31 & 2) != 0) {
                    insn = DP3.with(insn, "o0", 0);
                }
            }
            return insn;
        });
    }
}
