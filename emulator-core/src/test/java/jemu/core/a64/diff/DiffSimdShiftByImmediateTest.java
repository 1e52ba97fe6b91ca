package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD shift by immediate, vector and scalar, against qemu. Filtered out, as floating
 * point: opcodes 11100 (SCVTF/UCVTF fixed-point) and 11111 (FCVTZS/FCVTZU fixed-point). immh is
 * never zero in the vector group (that is modified immediate); in the scalar group it is left
 * random, and is unallocated.
 */
class DiffSimdShiftByImmediateTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 011110 immh:4 immb:3 opcode:5 1 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 111110 immh:4 immb:3 opcode:5 1 Rn:5 Rd:5");

    static boolean fp(Encoding e, int w) {
        int opcode = e.get(w, "opcode");
        return opcode == 0b11100 || opcode == 0b11111;
    }

    @Test
    void vector() {
        SimdDiff.run("shift by immediate", 3000, r -> SimdDiff.alias(VECTOR,
                SimdDiff.word(VECTOR, r, w -> fp(VECTOR, w) || VECTOR.get(w, "immh") == 0), r, "Rd", "Rn"));
    }

    /** The allocated opcodes only: even ones up to 01110, and 10000 to 10100. */
    @Test
    void vectorAllocated() {
        int[] opcodes = {0b00000, 0b00010, 0b00100, 0b00110, 0b01000, 0b01010, 0b01100, 0b01110, 0b10000, 0b10001,
            0b10010, 0b10011, 0b10100};
        SimdDiff.run("shift by immediate allocated", 4000, r -> {
            int w = VECTOR.with(VECTOR.random(r), "opcode", opcodes[r.nextInt(opcodes.length)]);
            if (VECTOR.get(w, "immh") == 0) {
                w = VECTOR.with(w, "immh", 1 + r.nextInt(15));
            }
            return SimdDiff.alias(VECTOR, w, r, "Rd", "Rn");
        });
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar shift by immediate", 2000, r -> SimdDiff.alias(SCALAR,
                SimdDiff.word(SCALAR, r, w -> fp(SCALAR, w)), r, "Rd", "Rn"));
    }

    @Test
    void scalarAllocated() {
        int[] opcodes = {0b00000, 0b00010, 0b00100, 0b00110, 0b01000, 0b01010, 0b01100, 0b01110, 0b10000, 0b10001,
            0b10010, 0b10011};
        SimdDiff.run("scalar shift by immediate allocated", 2000, r -> {
            int opcode = opcodes[r.nextInt(opcodes.length)];
            int w = SCALAR.with(SCALAR.random(r), "opcode", opcode);
            if (opcode <= 0b01010) {
                w = SCALAR.with(w, "immh", 8 | r.nextInt(8)); // D only
            } else if (opcode >= 0b10000) {
                w = SCALAR.with(w, "immh", 1 + r.nextInt(7)); // narrowing: B, H, S results
            } else if (SCALAR.get(w, "immh") == 0) {
                w = SCALAR.with(w, "immh", 1 + r.nextInt(15));
            }
            return SimdDiff.alias(SCALAR, w, r, "Rd", "Rn");
        });
    }
}
