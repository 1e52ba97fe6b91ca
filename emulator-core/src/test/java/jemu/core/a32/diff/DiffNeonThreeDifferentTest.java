package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * A7.4.2: VADDL/W, VSUBL/W, VADDHN, VRADDHN, VSUBHN, VRSUBHN, VABAL, VABDL, VMLAL, VMLSL, VQDMLAL,
 * VQDMLSL, VMULL (integer and P8), VQDMULL; the Q operands made even.
 */
class DiffNeonThreeDifferentTest {
    private static final Encoding E = Encoding.of("1111 001 U:1 1 D:1 size:2 Vn:4 Vd:4 A:4 N:1 0 M:1 0 Vm:4");

    private static int even(int w) {
        return w & ~0x0001_1001;
    }

    @Test
    void a32() {
        NeonDiff.check("neon three different a32", false, 1500, E, w -> E.get(w, "size") != 3, DiffNeonThreeDifferentTest::even);
    }

    @Test
    void t32() {
        NeonDiff.check("neon three different t32", true, 1500, E, w -> E.get(w, "size") != 3, DiffNeonThreeDifferentTest::even);
    }
}
