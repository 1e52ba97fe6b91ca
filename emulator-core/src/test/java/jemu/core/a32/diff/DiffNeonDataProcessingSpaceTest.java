package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Random words over the whole of A7.4.1, A7.4.2, A7.4.3 and A7.4.6 (odd Q registers and reserved
 * fields included), so that what jemu calls UNDEFINED is what qemu-arm does.
 */
class DiffNeonDataProcessingSpaceTest {
    private static final Encoding THREE_SAME = Encoding.of("1111 001 U:1 0 rest:23");
    private static final Encoding DIFFERENT_OR_SCALAR = Encoding.of("1111 001 U:1 1 D:1 size:2 x:8 A:4 N:1 op:1 M:1 0 Vm:4");
    private static final Encoding MODIFIED_IMMEDIATE = Encoding.of("1111 001 i:1 1 D:1 000 x:7 cmode:4 0 Q:1 op:1 1 imm4:4");

    private static int word(java.util.random.RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> THREE_SAME.random(r);
            case 1 -> NeonDiff.word(DIFFERENT_OR_SCALAR, r, w -> DIFFERENT_OR_SCALAR.get(w, "size") != 3, w -> w);
            default -> MODIFIED_IMMEDIATE.random(r);
        };
    }

    @Test
    void a32() {
        A32Differential.check("neon dp space a32", A32Differential.count(2000),
                (r, i) -> A32Differential.a32("neon dp space a32 #" + i, word(r), NeonDiff.state(r), r));
    }

    @Test
    void t32() {
        A32Differential.check("neon dp space t32", A32Differential.count(2000),
                (r, i) -> A32Differential.t32("neon dp space t32 #" + i, NeonDiff.t32(word(r)), NeonDiff.state(r), r));
    }
}
