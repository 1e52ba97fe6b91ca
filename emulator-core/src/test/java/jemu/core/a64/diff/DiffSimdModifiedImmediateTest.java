package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD modified immediate (MOVI, MVNI, ORR, BIC, FMOV vector immediate), against qemu,
 * over the group's whole space (immh, bits 22..19, zero: the rest is shift by immediate).
 */
class DiffSimdModifiedImmediateTest {
    static final Encoding MODIFIED = Encoding.of("0 Q:1 op:1 0111100000 abc:3 cmode:4 o2:1 1 defgh:5 Rd:5");

    @Test
    void wholeSpace() {
        SimdDiff.run("modified immediate", 2000, r -> MODIFIED.random(r));
        SimdDiff.run("modified immediate o2=0", 1000, r -> MODIFIED.with(MODIFIED.random(r), "o2", 0));
    }
}
