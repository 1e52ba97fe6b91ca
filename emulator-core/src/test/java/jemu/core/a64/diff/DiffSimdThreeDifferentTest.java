package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD three different (widening, wide and high-narrowing), vector and scalar, against
 * qemu; PMULL/PMULL2 with 64-bit elements (U 0, size 11, opcode 1110: FEAT_PMULL, which qemu's
 * cortex-a72 has) included, and also on its own.
 */
class DiffSimdThreeDifferentTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 1 Rm:5 opcode:4 00 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11110 size:2 1 Rm:5 opcode:4 00 Rn:5 Rd:5");

    @Test
    void vector() {
        SimdDiff.run("three different", 5000, r -> SimdDiff.alias(VECTOR, VECTOR.random(r), r, "Rd", "Rn", "Rm"));
    }

    /** PMULL and PMULL2 with 64-bit elements: Vd.1Q. */
    @Test
    void pmull64() {
        SimdDiff.run("pmull 1q", 1500, r -> {
            int w = VECTOR.with(VECTOR.with(VECTOR.with(VECTOR.random(r), "U", 0), "size", 3), "opcode", 0b1110);
            return SimdDiff.alias(VECTOR, w, r, "Rd", "Rn", "Rm");
        });
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar three different", 800, r -> SimdDiff.alias(SCALAR, SCALAR.random(r), r, "Rd", "Rn", "Rm"));
    }

    /** SQDMLAL, SQDMLSL, SQDMULL (U 0, size H or S), the only scalar ones. */
    @Test
    void scalarAllocated() {
        int[] opcodes = {0b1001, 0b1011, 0b1101};
        SimdDiff.run("scalar three different allocated", 800, r -> {
            int w = SCALAR.with(SCALAR.random(r), "opcode", opcodes[r.nextInt(3)]);
            w = SCALAR.with(SCALAR.with(w, "U", 0), "size", 1 + r.nextInt(2));
            return SimdDiff.alias(SCALAR, w, r, "Rd", "Rn", "Rm");
        });
    }
}
