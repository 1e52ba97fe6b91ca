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

    /** In an IT block the T32 forms are conditional (an A32 Advanced SIMD instruction never is). */
    @Test
    void t32InItBlock() {
        A32Differential.check("neon three same t32 it", A32Differential.count(500), (r, i) -> {
            int w = NeonDiff.t32(NeonDiff.word(E, r, DiffNeonThreeSameTest::integer, NeonDiff::evenQ));
            int it = Thumb.it(r.nextInt(14), 0b1000);
            return new A32DiffCase("neon three same t32 it #" + i, true, new int[] {it, w}, NeonDiff.state(r), r.nextLong());
        });
    }
}
