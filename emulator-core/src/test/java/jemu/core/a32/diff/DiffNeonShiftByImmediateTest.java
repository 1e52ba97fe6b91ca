package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;
import static jemu.core.a32.diff.DiffNeon2Support.t32DataProcessing;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * A7.4.4 "Two registers and a shift amount" (jemu.core.a32.neon.ShiftByImmediate): VSHR, VSRA,
 * VRSHR, VRSRA, VSRI, VSHL, VSLI, VQSHL, VQSHLU, the narrowing shifts, VSHLL, VMOVL, VCVT
 * fixed point, UNDEFINED ones included; A32 and T32.
 */
class DiffNeonShiftByImmediateTest {
    private static final Encoding A32 = Encoding.of("1111 001 U:1 1 D:1 imm6:6 Vd:4 A:4 L:1 Q:1 M:1 1 Vm:4");

    /** A word of the group: L:imm6 of 0000xxx is the modified-immediate group. */
    static int word(java.util.random.RandomGenerator r) {
        int w = A32.random(r);
        if (A32.get(w, "L") == 0 && A32.get(w, "imm6") < 8) {
            w = A32.with(w, "imm6", 8 + r.nextInt(56));
        }
        if (r.nextInt(4) == 0) { // the fixed-point VCVT, rare among random A values
            w = A32.with(A32.with(A32.with(w, "A", 0b1110 | r.nextInt(2)), "L", 0), "imm6", 32 + r.nextInt(32));
        }
        return w;
    }

    @Test
    void a32() {
        A32Differential.check("neon shift imm a32", A32Differential.count(1500),
                (r, i) -> A32Differential.a32("neon shift imm a32 #" + i, word(r), state(r), r));
    }

    @Test
    void t32() {
        A32Differential.check("neon shift imm t32", A32Differential.count(500),
                (r, i) -> A32Differential.t32("neon shift imm t32 #" + i, t32DataProcessing(word(r)), state(r), r));
    }
}
