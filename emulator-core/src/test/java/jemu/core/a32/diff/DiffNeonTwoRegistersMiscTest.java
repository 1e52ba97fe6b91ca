package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;
import static jemu.core.a32.diff.DiffNeon2Support.t32DataProcessing;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;
import jemu.core.a64.diff.States;

/**
 * A7.4.5 "Two registers, miscellaneous" (jemu.core.a32.neon.TwoRegistersMisc): every size, A and
 * B, UNDEFINED ones (ARMv8's AES, SHA, VRINT, VCVTA... on the Cortex-A15) included; A32 and T32.
 */
class DiffNeonTwoRegistersMiscTest {
    private static final Encoding A32 = Encoding.of("1111 0011 1 D:1 11 size:2 A:2 Vd:4 0 B:5 M:1 0 Vm:4");

    /** Vd == Vm sometimes: VSWP, VTRN, VUZP and VZIP then follow qemu's order of writes. */
    static int word(java.util.random.RandomGenerator r) {
        int w = A32.random(r);
        if (r.nextInt(8) == 0) {
            w = A32.with(A32.with(w, "Vm", A32.get(w, "Vd")), "M", A32.get(w, "D"));
        }
        return w;
    }

    @Test
    void a32() {
        A32Differential.check("neon 2misc a32", A32Differential.count(2000),
                (r, i) -> A32Differential.a32("neon 2misc a32 #" + i, word(r), state(r), r));
    }

    /**
     * The single-precision forms (VRECPE, VRSQRTE, VCVT to and from integers, comparisons with
     * zero, VABS, VNEG) and VCVT between half and single precision, from floating-point operands.
     */
    @Test
    void floatingPoint() {
        Encoding fp = Encoding.of("1111 0011 1 D:1 11 10 11 Vd:4 0 1 op:3 Q:1 M:1 0 Vm:4");
        Encoding compare = Encoding.of("1111 0011 1 D:1 11 10 01 Vd:4 0 1 op:3 Q:1 M:1 0 Vm:4");
        Encoding half = Encoding.of("1111 0011 1 D:1 11 01 10 Vd:4 0 11 op:1 00 M:1 0 Vm:4");
        A32Differential.check("neon 2misc fp", A32Differential.count(1500), (r, i) -> {
            int w = switch (r.nextInt(3)) {
                case 0 -> fp.random(r);
                case 1 -> compare.random(r);
                default -> half.random(r);
            };
            A32ArchState s = state(r);
            for (int k = 0; k < 32; k++) {
                s.d[k] = r.nextInt(3) == 0
                        ? States.halfBits(r) | (long) States.halfBits(r) << 16 | (long) States.halfBits(r) << 32
                                | (long) States.halfBits(r) << 48
                        : (States.floatBits(r) & 0xffffffffL) | (long) States.floatBits(r) << 32;
            }
            return A32Differential.a32("neon 2misc fp #" + i, w, s, r);
        });
    }

    @Test
    void t32() {
        A32Differential.check("neon 2misc t32", A32Differential.count(500),
                (r, i) -> A32Differential.t32("neon 2misc t32 #" + i, t32DataProcessing(word(r)), state(r), r));
    }
}
