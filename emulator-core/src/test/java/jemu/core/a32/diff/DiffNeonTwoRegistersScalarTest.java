package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * A7.4.3, by scalar: VMLA, VMLS, VMUL (integer and floating point), VMLAL, VMLSL, VMULL, VQDMLAL,
 * VQDMLSL, VQDMULL, VQDMULH, VQRDMULH; Vd and Vn made even (the Q forms have Q = U).
 */
class DiffNeonTwoRegistersScalarTest {
    private static final Encoding E = Encoding.of("1111 001 Q:1 1 D:1 size:2 Vn:4 Vd:4 A:4 N:1 1 M:1 0 Vm:4");

    private static int even(int w) {
        return w & ~0x0001_1000;
    }

    @Test
    void a32() {
        NeonDiff.check("neon by scalar a32", false, 1500, E, w -> E.get(w, "size") != 3, DiffNeonTwoRegistersScalarTest::even);
    }

    @Test
    void t32() {
        NeonDiff.check("neon by scalar t32", true, 1500, E, w -> E.get(w, "size") != 3, DiffNeonTwoRegistersScalarTest::even);
    }
}
