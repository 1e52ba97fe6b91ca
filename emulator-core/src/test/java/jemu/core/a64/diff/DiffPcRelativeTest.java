package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** ADR, ADRP: the result depends on the instruction's own address, the same in both runs. */
class DiffPcRelativeTest {
    private static final Encoding ADR = Encoding.of("op:1 immlo:2 10000 immhi:19 Rd:5");

    @Test
    void adrAndAdrp() {
        DpGen.check("adr/adrp", Differential.count(1000), r -> DpGen.regs(ADR, ADR.random(r), r, "Rd"));
    }
}
