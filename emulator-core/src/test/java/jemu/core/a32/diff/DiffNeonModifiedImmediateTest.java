package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** A7.4.6: VMOV, VMVN, VORR, VBIC (immediate), every cmode and op. */
class DiffNeonModifiedImmediateTest {
    private static final Encoding E = Encoding.of("1111 001 i:1 1 D:1 000 imm3:3 Vd:4 cmode:4 0 Q:1 op:1 1 imm4:4");

    @Test
    void a32() {
        NeonDiff.check("neon modified immediate a32", false, 800, E, w -> true, NeonDiff::evenQ);
    }

    @Test
    void t32() {
        NeonDiff.check("neon modified immediate t32", true, 800, E, w -> true, NeonDiff::evenQ);
    }
}
