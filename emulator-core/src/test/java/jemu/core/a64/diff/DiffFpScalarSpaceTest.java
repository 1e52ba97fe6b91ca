package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Random words from the whole scalar floating-point space (op0 = x0x1, bits 27..25 = 111):
 * jemu must decode exactly what qemu's ARMv8.0 core decodes, and agree on the results.
 */
class DiffFpScalarSpaceTest {
    private static final Encoding SPACE = Encoding.of("hi:1 0 lo:1 1 111 rest:25");
    /** The same with bit 21 set and the small fields that pick a group concentrated. */
    private static final Encoding DATA_PROCESSING = Encoding.of("hi:1 0 lo:1 1 1110 ptype:2 1 rest:21");

    @Test
    void wholeSpace() {
        Differential.check("fp space", Differential.count(3000), (r, i) -> FpStates.one("fp space #" + i,
                SPACE.random(r), r, 0));
    }

    @Test
    void dataProcessingSpace() {
        Differential.check("fp dp space", Differential.count(2000), (r, i) -> {
            int insn = DATA_PROCESSING.random(r);
            if (r.nextBoolean()) {
                insn &= ~0x60000000 | (r.nextInt(8) == 0 ? 0x60000000 : 0); // mostly M = S = 0
            }
            return FpStates.one("fp dp space #" + i, insn, r, 0);
        });
    }
}
