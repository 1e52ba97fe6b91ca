package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * AND, ORR, EOR, ANDS (immediate): every N:immr:imms, so the reserved bitmask immediates and
 * sf=0 with N=1 are covered as well as the valid ones.
 */
class DiffLogicalImmediateTest {
    private static final Encoding LOGICAL = Encoding.of("sf:1 opc:2 100100 N:1 immr:6 imms:6 Rn:5 Rd:5");

    @Test
    void logicalImmediate() {
        DpGen.check("logical imm", Differential.count(3000),
                r -> DpGen.regs(LOGICAL, LOGICAL.random(r), r, "Rn", "Rd"));
    }
}
