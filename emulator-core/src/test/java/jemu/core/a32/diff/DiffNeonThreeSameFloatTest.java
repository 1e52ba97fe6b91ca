package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** A7.4.1, floating point (A = 11xx, single precision): VADD to VRSQRTS, VFMA and VFMS, from random FPSCRs. */
class DiffNeonThreeSameFloatTest {
    private static final Encoding E = Encoding.of("1111 001 U:1 0 D:1 op:1 0 Vn:4 Vd:4 11 A:2 N:1 Q:1 M:1 B:1 Vm:4");

    @Test
    void a32() {
        NeonDiff.check("neon three same fp a32", false, 1500, E, w -> true, NeonDiff::evenQ);
    }

    @Test
    void t32() {
        NeonDiff.check("neon three same fp t32", true, 1500, E, w -> true, NeonDiff::evenQ);
    }
}
