package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** ADC, ADCS, SBC, SBCS from random NZCV, so with either carry in. */
class DiffAddSubWithCarryTest {
    private static final Encoding ADC = Encoding.of("sf:1 op:1 S:1 11010000 Rm:5 000000 Rn:5 Rd:5");

    @Test
    void addSubWithCarry() {
        DpGen.check("adc/sbc", Differential.count(3000), r -> DpGen.regs(ADC, ADC.random(r), r, "Rm", "Rn", "Rd"));
    }
}
