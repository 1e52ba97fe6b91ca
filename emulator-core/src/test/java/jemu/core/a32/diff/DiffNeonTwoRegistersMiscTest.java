package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;
import static jemu.core.a32.diff.DiffNeon2Support.t32DataProcessing;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

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

    @Test
    void t32() {
        A32Differential.check("neon 2misc t32", A32Differential.count(500),
                (r, i) -> A32Differential.t32("neon 2misc t32 #" + i, t32DataProcessing(word(r)), state(r), r));
    }
}
