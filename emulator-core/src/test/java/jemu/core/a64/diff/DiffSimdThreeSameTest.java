package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD three same, vector and scalar, against qemu. Every word of the group's space whose
 * opcode is integer (00000 to 10111) is fair game, so the random words test the operations and
 * the unallocated sizes alike. Filtered out: opcodes 11xxx, floating point (another group's work).
 */
class DiffSimdThreeSameTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 1 Rm:5 opcode:5 1 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11110 size:2 1 Rm:5 opcode:5 1 Rn:5 Rd:5");

    static boolean fp(Encoding e, int w) {
        return e.get(w, "opcode") >= 0b11000;
    }

    @Test
    void vector() {
        SimdDiff.run("three same", 8000, r -> SimdDiff.alias(VECTOR,
                SimdDiff.word(VECTOR, r, w -> fp(VECTOR, w)), r, "Rd", "Rn", "Rm"));
    }

    /** The logical operations (opcode 00011), glibc's bread and butter. */
    @Test
    void logical() {
        SimdDiff.run("three same logical", 500, r -> SimdDiff.alias(VECTOR,
                VECTOR.with(VECTOR.random(r), "opcode", 0b00011), r, "Rd", "Rn", "Rm"));
    }

    /** The shifts by register (01000 to 01011), where Vm's lanes are mostly small counts. */
    @Test
    void shiftsByRegister() {
        SimdDiff.run("three same shifts", 3000, r -> SimdDiff.alias(VECTOR,
                VECTOR.with(VECTOR.random(r), "opcode", 0b01000 + r.nextInt(4)), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar three same", 3000, r -> SimdDiff.alias(SCALAR,
                SimdDiff.word(SCALAR, r, w -> fp(SCALAR, w)), r, "Rd", "Rn", "Rm"));
    }

    /** The scalar forms that exist: the saturating ones at every size, the others at D. */
    @Test
    void scalarAllocated() {
        int[] opcodes = {0b00001, 0b00101, 0b01001, 0b01011, 0b00110, 0b00111, 0b01000, 0b01010, 0b10000, 0b10001,
            0b10110};
        SimdDiff.run("scalar three same allocated", 1500, r -> {
            int opcode = opcodes[r.nextInt(opcodes.length)];
            int w = SCALAR.with(SCALAR.random(r), "opcode", opcode);
            if (opcode == 0b10110) {
                w = SCALAR.with(w, "size", 1 + r.nextInt(2));
            } else if ((opcode & 0b10001) != 1 && r.nextInt(4) != 0) {
                w = SCALAR.with(w, "size", 3);
            }
            return SimdDiff.alias(SCALAR, w, r, "Rd", "Rn", "Rm");
        });
    }
}
