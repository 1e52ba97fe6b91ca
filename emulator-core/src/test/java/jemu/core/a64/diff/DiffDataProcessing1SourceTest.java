package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** RBIT, REV16, REV32, REV, CLZ, CLS; one case in eight keeps random S, opcode2, opcode. */
class DiffDataProcessing1SourceTest {
    private static final Encoding DP1 = Encoding.of("sf:1 1 S:1 11010110 opcode2:5 opcode:6 Rn:5 Rd:5");

    @Test
    void dataProcessing1Source() {
        DpGen.check("dp 1 source", Differential.count(3000), r -> {
            int insn = DpGen.regs(DP1, DP1.random(r), r, "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = DP1.with(insn, "S", 0);
            insn = DP1.with(insn, "opcode2", 0);
            return DP1.with(insn, "opcode", r.nextInt(6));
        });
    }
}
