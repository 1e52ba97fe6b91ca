package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD three different (widening, wide and high-narrowing), vector and scalar, against
 * qemu. Filtered out: PMULL/PMULL2 with 64-bit elements (U 0, size 11, opcode 1110), which is
 * the Cryptographic Extension: qemu's cortex-a72 has it, jemu does not implement it.
 */
class DiffSimdThreeDifferentTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 1 Rm:5 opcode:4 00 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11110 size:2 1 Rm:5 opcode:4 00 Rn:5 Rd:5");

    static boolean pmull64(int w) {
        return VECTOR.get(w, "U") == 0 && VECTOR.get(w, "size") == 3 && VECTOR.get(w, "opcode") == 0b1110;
    }

    @Test
    void vector() {
        SimdDiff.run("three different", 5000, r -> SimdDiff.alias(VECTOR,
                SimdDiff.word(VECTOR, r, DiffSimdThreeDifferentTest::pmull64), r, "Rd", "Rn", "Rm"));
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
