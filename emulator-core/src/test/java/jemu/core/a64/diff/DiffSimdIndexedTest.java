package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD vector and scalar x indexed element, against qemu. Filtered out, as floating
 * point (ARMv8.0): U 0 opcodes 0001 (FMLA), 0101 (FMLS), 1001 (FMUL), U 1 opcode 1001 (FMULX);
 * and SQRDMLAH/SQRDMLSH (U 1, opcodes 1101, 1111) and SDOT/UDOT (opcode 1110), which jemu
 * implements and {@link DiffSimdRdmTest} and {@link DiffSimdDotProductTest} check on qemu's max
 * CPU. The other later extensions' opcodes of the group (FMLAL, FCMLA, USDOT, BFDOT) stay in:
 * qemu's cortex-a72 rejects them, and so must jemu.
 */
class DiffSimdIndexedTest {
    static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01111 size:2 L:1 M:1 Rm:4 opcode:4 H:1 0 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 U:1 11111 size:2 L:1 M:1 Rm:4 opcode:4 H:1 0 Rn:5 Rd:5");

    static boolean fp(Encoding e, int w) {
        int opcode = e.get(w, "opcode");
        return e.get(w, "U") == 0 ? opcode == 0b0001 || opcode == 0b0101 || opcode == 0b1001 : opcode == 0b1001;
    }

    static boolean fpRdmOrDot(Encoding e, int w) {
        int opcode = e.get(w, "opcode");
        return fp(e, w) || (e.get(w, "U") == 1 && (opcode == 0b1101 || opcode == 0b1111)) || (e == VECTOR && opcode == 0b1110);
    }

    @Test
    void vector() {
        SimdDiff.run("by element", 3000, r -> SimdDiff.alias(VECTOR,
                SimdDiff.word(VECTOR, r, w -> fpRdmOrDot(VECTOR, w)), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void vectorAllocated() {
        int[][] ops = {{0, 0b0010}, {0, 0b0011}, {0, 0b0110}, {0, 0b0111}, {0, 0b1000}, {0, 0b1010}, {0, 0b1011},
            {0, 0b1100}, {0, 0b1101}, {1, 0b0000}, {1, 0b0010}, {1, 0b0100}, {1, 0b0110}, {1, 0b1010}};
        SimdDiff.run("by element allocated", 4000, r -> {
            int[] op = ops[r.nextInt(ops.length)];
            int w = VECTOR.with(VECTOR.with(VECTOR.random(r), "U", op[0]), "opcode", op[1]);
            return SimdDiff.alias(VECTOR, VECTOR.with(w, "size", 1 + r.nextInt(2)), r, "Rd", "Rn", "Rm");
        });
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar by element", 1000, r -> SimdDiff.alias(SCALAR,
                SimdDiff.word(SCALAR, r, w -> fpRdmOrDot(SCALAR, w)), r, "Rd", "Rn", "Rm"));
        int[] opcodes = {0b0011, 0b0111, 0b1011, 0b1100, 0b1101};
        SimdDiff.run("scalar by element allocated", 1500, r -> {
            int w = SCALAR.with(SCALAR.with(SCALAR.random(r), "U", 0), "opcode", opcodes[r.nextInt(5)]);
            return SimdDiff.alias(SCALAR, SCALAR.with(w, "size", 1 + r.nextInt(2)), r, "Rd", "Rn", "Rm");
        });
    }
}
