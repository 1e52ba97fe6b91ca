package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import org.junit.jupiter.api.Test;

/**
 * SDOT and UDOT (FEAT_DotProd, ARMv8.2), vector and by element, against qemu's {@code max} CPU
 * (cortex-a72 has no dot product). Sizes other than 10 now and then, which are unallocated.
 */
class DiffSimdDotProductTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 0 Rm:5 1 0010 1 Rn:5 Rd:5");
    static final Encoding ELEM = Encoding.of("0 Q:1 U:1 01111 size:2 L:1 M:1 Rm:4 1110 H:1 0 Rn:5 Rd:5");

    static int size(Encoding e, int w, java.util.random.RandomGenerator r) {
        return r.nextInt(5) == 0 ? w : e.with(w, "size", 2);
    }

    @Test
    void vector() {
        SimdDiff.run(MAX, "dot product", 2000,
                r -> SimdDiff.alias(VECTOR, size(VECTOR, VECTOR.random(r), r), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void byElement() {
        SimdDiff.run(MAX, "dot product by element", 2000,
                r -> SimdDiff.alias(ELEM, size(ELEM, ELEM.random(r), r), r, "Rd", "Rn"));
    }
}
