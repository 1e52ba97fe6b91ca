package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** FMOV (scalar, immediate). */
class DiffFpImmediateTest {
    private static final Encoding FMOV = Encoding.of("0 0 0 11110 0 ptype:1 1 imm8:8 100 00000 Rd:5");

    @Test
    void moveImmediate() {
        Differential.check("fmov imm", Differential.count(600), (r, i) -> FpStates.one("fmov imm #" + i,
                FMOV.random(r), r, 0));
    }
}
