package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * The whole data processing -- register space (op0 = x101), every field random: jemu must decode
 * what qemu's ARMv8.0 core decodes, the same way, and reject the rest.
 */
class DiffDataProcessingRegisterSpaceTest {
    private static final Encoding SPACE = Encoding.of("hi:3 op1:1 101 lo:25");

    @Test
    void wholeSpace() {
        DpGen.check("dp-reg space", Differential.count(8000), SPACE::random);
    }

    @Test
    void op1Set() {
        // Half of the space (op1 = 0) is logical and add/subtract; this covers the rest as often.
        DpGen.check("dp-reg space op1=1", Differential.count(8000), r -> SPACE.with(SPACE.random(r), "op1", 1));
    }
}
