package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * The differential machinery on instructions the branch/system group already has: if these
 * disagree with qemu, the harness or the runner is wrong, not an instruction class.
 */
class HarnessSelfTest {
    private static final Encoding MRS_NZCV = Encoding.of("1101010100 1 1 1 011 0100 0010 000 Rt:5");
    private static final Encoding MSR_NZCV = Encoding.of("1101010100 0 1 1 011 0100 0010 000 Rt:5");
    private static final Encoding B_COND_PLUS_8 = Encoding.of("01010100 0000000000000000010 0 cond:4");
    private static final Encoding RESERVED = Encoding.of("op0:3 0000 op1:25");

    @Test
    void flagsThroughMsrAndMrs() {
        Differential.check("msr/mrs nzcv", Differential.count(200), (r, i) -> Differential.one("msr/mrs nzcv #" + i,
                MSR_NZCV.random(r), States.random(r), r));
        Differential.check("mrs nzcv", Differential.count(100), (r, i) -> Differential.one("mrs nzcv #" + i,
                MRS_NZCV.random(r), States.random(r), r));
    }

    @Test
    void conditionalBranchOverOneInstruction() {
        Differential.check("b.cond", Differential.count(300), (r, i) -> new DiffCase("b.cond #" + i,
                new int[] {B_COND_PLUS_8.random(r), MRS_NZCV.random(r)}, States.random(r), r.nextLong()));
    }

    @Test
    void reservedEncodingsAreUndefined() {
        Differential.check("udf", Differential.count(200), (r, i) -> Differential.one("udf #" + i,
                RESERVED.random(r), States.random(r), r));
    }
}
