package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * The whole data processing -- immediate space (op0 = 100x), every field random: jemu must
 * decode what qemu's ARMv8.0 core decodes, the same way, and reject the rest.
 */
class DiffDataProcessingImmediateSpaceTest {
    private static final Encoding SPACE = Encoding.of("hi:3 100 lo:26");

    @Test
    void wholeSpace() {
        DpGen.check("dp-imm space", Differential.count(8000), SPACE::random);
    }
}
