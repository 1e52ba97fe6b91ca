package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD across lanes and scalar pairwise, against qemu. Filtered out, as floating point:
 * across-lanes opcodes 01100 and 01111; scalar pairwise opcodes 01100, 01101 and 01111.
 */
class DiffSimdAcrossLanesTest {
    static final Encoding ACROSS = Encoding.of("0 Q:1 U:1 01110 size:2 11000 opcode:5 10 Rn:5 Rd:5");
    static final Encoding PAIRWISE = Encoding.of("01 U:1 11110 size:2 11000 opcode:5 10 Rn:5 Rd:5");

    @Test
    void acrossLanes() {
        SimdDiff.run("across lanes", 1500, r -> SimdDiff.word(ACROSS, r, w -> {
            int opcode = ACROSS.get(w, "opcode");
            return opcode == 0b01100 || opcode == 0b01111;
        }));
    }

    @Test
    void acrossLanesAllocated() {
        int[] opcodes = {0b00011, 0b01010, 0b11010, 0b11011};
        SimdDiff.run("across lanes allocated", 2000, r -> {
            int w = ACROSS.with(ACROSS.random(r), "opcode", opcodes[r.nextInt(4)]);
            return ACROSS.with(w, "size", r.nextInt(3));
        });
    }

    @Test
    void scalarPairwise() {
        SimdDiff.run("scalar pairwise", 800, r -> SimdDiff.word(PAIRWISE, r, w -> {
            int opcode = PAIRWISE.get(w, "opcode");
            return opcode == 0b01100 || opcode == 0b01101 || opcode == 0b01111;
        }));
        SimdDiff.run("scalar addp", 200, r -> PAIRWISE.with(PAIRWISE.with(PAIRWISE.with(PAIRWISE.random(r),
                "U", 0), "size", 3), "opcode", 0b11011));
    }
}
