package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import org.junit.jupiter.api.Test;

/**
 * SQRDMLAH and SQRDMLSH (FEAT_RDM, ARMv8.1): vector and scalar three same extra, vector and scalar
 * by element, against qemu's {@code max} CPU (cortex-a72 has no RDM). Every size and Q at random,
 * so that the unallocated sizes (B, D) agree too, and U at random in three same extra (U 0 is
 * unallocated there; by element, U 0 is SQRDMULH and the I8MM/BF16 dot products).
 */
class DiffSimdRdmTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 0 Rm:5 1 000 S:1 1 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11110 size:2 0 Rm:5 1 000 S:1 1 Rn:5 Rd:5");
    static final Encoding VECTOR_ELEM = Encoding.of("0 Q:1 1 01111 size:2 L:1 M:1 Rm:4 11 S:1 1 H:1 0 Rn:5 Rd:5");
    static final Encoding SCALAR_ELEM = Encoding.of("01 1 11111 size:2 L:1 M:1 Rm:4 11 S:1 1 H:1 0 Rn:5 Rd:5");

    /** H or S three times in four, the unallocated sizes otherwise; U 1 mostly, where it is a field. */
    static int size(Encoding e, int w, java.util.random.RandomGenerator r) {
        if (r.nextInt(4) == 0) {
            return w;
        }
        w = e.with(w, "size", 1 + r.nextInt(2));
        return e == VECTOR || e == SCALAR ? e.with(w, "U", 1) : w;
    }

    @Test
    void vector() {
        SimdDiff.run(MAX, "sqrdmlah vector", 2000,
                r -> SimdDiff.alias(VECTOR, size(VECTOR, VECTOR.random(r), r), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void scalar() {
        SimdDiff.run(MAX, "sqrdmlah scalar", 1000,
                r -> SimdDiff.alias(SCALAR, size(SCALAR, SCALAR.random(r), r), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void byElement() {
        SimdDiff.run(MAX, "sqrdmlah by element", 2000,
                r -> SimdDiff.alias(VECTOR_ELEM, size(VECTOR_ELEM, VECTOR_ELEM.random(r), r), r, "Rd", "Rn"));
        SimdDiff.run(MAX, "sqrdmlah scalar by element", 1000,
                r -> SimdDiff.alias(SCALAR_ELEM, size(SCALAR_ELEM, SCALAR_ELEM.random(r), r), r, "Rd", "Rn"));
    }
}
