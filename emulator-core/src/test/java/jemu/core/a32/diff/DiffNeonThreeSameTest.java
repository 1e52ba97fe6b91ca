package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** A7.4.1, integer: VHADD to VPADD (A = 0000 to 1011), all sizes, D and Q forms. */
class DiffNeonThreeSameTest {
    private static final Encoding E = Encoding.of("1111 001 U:1 0 D:1 size:2 Vn:4 Vd:4 A:4 N:1 Q:1 M:1 B:1 Vm:4");

    private static boolean integer(int w) {
        return E.get(w, "A") < 0b1100;
    }

    @Test
    void a32() {
        NeonDiff.check("neon three same a32", false, 1500, E, DiffNeonThreeSameTest::integer, NeonDiff::evenQ);
    }

    @Test
    void t32() {
        NeonDiff.check("neon three same t32", true, 1500, E, DiffNeonThreeSameTest::integer, NeonDiff::evenQ);
    }
}
