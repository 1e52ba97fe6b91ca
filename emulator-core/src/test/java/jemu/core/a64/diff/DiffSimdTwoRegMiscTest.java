package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD two-register miscellaneous, vector and scalar, against qemu. Filtered out, as
 * floating point: vector opcodes 011xx and 10110 to 11111 except URECPE and URSQRTE (opcode
 * 11100 with size 10); scalar opcodes 011xx, 10110 to 11101 and 11111.
 */
class DiffSimdTwoRegMiscTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 size:2 10000 opcode:5 10 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11110 size:2 10000 opcode:5 10 Rn:5 Rd:5");

    static boolean vectorFp(int w) {
        int opcode = VECTOR.get(w, "opcode");
        if (opcode == 0b11100 && VECTOR.get(w, "size") == 0b10) {
            return false; // URECPE, URSQRTE
        }
        return (opcode >= 0b01100 && opcode <= 0b01111) || opcode >= 0b10110;
    }

    static boolean scalarFp(int w) {
        int opcode = SCALAR.get(w, "opcode");
        return (opcode >= 0b01100 && opcode <= 0b01111) || (opcode >= 0b10110 && opcode != 0b11110);
    }

    @Test
    void vector() {
        SimdDiff.run("two-reg misc", 6000, r -> SimdDiff.alias(VECTOR,
                SimdDiff.word(VECTOR, r, DiffSimdTwoRegMiscTest::vectorFp), r, "Rd", "Rn"));
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar two-reg misc", 2000, r -> SimdDiff.alias(SCALAR,
                SimdDiff.word(SCALAR, r, DiffSimdTwoRegMiscTest::scalarFp), r, "Rd", "Rn"));
    }

    /** The scalar integer opcodes, with the sizes they take. */
    @Test
    void scalarAllocated() {
        int[] opcodes = {0b00011, 0b00111, 0b01000, 0b01001, 0b01010, 0b01011, 0b10010, 0b10100};
        SimdDiff.run("scalar two-reg misc allocated", 1500, r -> {
            int opcode = opcodes[r.nextInt(opcodes.length)];
            int w = SCALAR.with(SCALAR.random(r), "opcode", opcode);
            if (opcode >= 0b01000 && opcode <= 0b01011 && r.nextInt(4) != 0) {
                w = SCALAR.with(w, "size", 3);
            }
            return SimdDiff.alias(SCALAR, w, r, "Rd", "Rn");
        });
    }

    /** URECPE and URSQRTE on every 9-bit table index (bits 31..23), four per case, low bits random. */
    @Test
    void estimatesOnEveryIndex() {
        int[] words = {0x4ea1c820, 0x6ea1c822}; // urecpe v0.4s, v1.4s; ursqrte v2.4s, v1.4s
        Differential.check("urecpe/ursqrte table", 128, (r, i) -> {
            ArchState s = SimdDiff.state(r);
            long[] lane = new long[4];
            for (int k = 0; k < 4; k++) {
                lane[k] = (long) (4 * i + k) << 23 | r.nextInt(1 << 23);
            }
            s.v[2] = lane[0] | lane[1] << 32;
            s.v[3] = lane[2] | lane[3] << 32;
            return new DiffCase("urecpe/ursqrte table #" + i, words, s, r.nextLong());
        });
    }
}
