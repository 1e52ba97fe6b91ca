package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;
import static jemu.core.a32.diff.DiffNeon2Support.t32DataProcessing;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** VEXT, VTBL, VTBX, VDUP (scalar) (jemu.core.a32.neon.Permute); A32 and T32. */
class DiffNeonPermuteTest {
    private static final Encoding VEXT = Encoding.of("1111 0010 1 D:1 11 Vn:4 Vd:4 imm4:4 N:1 Q:1 M:1 0 Vm:4");
    private static final Encoding VTBL = Encoding.of("1111 0011 1 D:1 11 Vn:4 Vd:4 10 len:2 N:1 op:1 M:1 0 Vm:4");
    private static final Encoding VDUP = Encoding.of("1111 0011 1 D:1 11 imm4:4 Vd:4 11000 Q:1 M:1 0 Vm:4");

    static int word(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> VEXT.random(r);
            case 1 -> VTBL.random(r);
            default -> VDUP.random(r);
        };
    }

    /** Table indices: mostly inside a table of up to four registers, sometimes past it. */
    static jemu.core.a32.diff.A32ArchState tableState(RandomGenerator r) {
        A32ArchState s = state(r);
        for (int i = 0; i < 32; i++) {
            if (r.nextBoolean()) {
                long v = 0;
                for (int b = 0; b < 8; b++) {
                    v |= (long) r.nextInt(r.nextInt(4) == 0 ? 256 : 36) << (8 * b);
                }
                s.d[i] = v;
            }
        }
        return s;
    }

    @Test
    void a32() {
        A32Differential.check("neon permute a32", A32Differential.count(1500),
                (r, i) -> A32Differential.a32("neon permute a32 #" + i, word(r), tableState(r), r));
    }

    @Test
    void t32() {
        A32Differential.check("neon permute t32", A32Differential.count(500),
                (r, i) -> A32Differential.t32("neon permute t32 #" + i, t32DataProcessing(word(r)), tableState(r), r));
    }
}
