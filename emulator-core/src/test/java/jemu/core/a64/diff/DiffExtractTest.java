package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** EXTR and ROR (immediate); one case in eight keeps random op21, N, o0 for the unallocated ones. */
class DiffExtractTest {
    private static final Encoding EXTRACT = Encoding.of("sf:1 op21:2 100111 N:1 o0:1 Rm:5 imms:6 Rn:5 Rd:5");

    @Test
    void extract() {
        DpGen.check("extract", Differential.count(2000), r -> {
            int insn = DpGen.regs(EXTRACT, EXTRACT.random(r), r, "Rm", "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            int sf = EXTRACT.get(insn, "sf");
            insn = EXTRACT.with(insn, "op21", 0);
            insn = EXTRACT.with(insn, "o0", 0);
            insn = EXTRACT.with(insn, "N", sf);
            insn = EXTRACT.with(insn, "imms", r.nextInt(sf == 1 ? 64 : 32));
            return r.nextInt(3) == 0 ? EXTRACT.with(insn, "Rm", EXTRACT.get(insn, "Rn")) : insn;
        });
    }
}
