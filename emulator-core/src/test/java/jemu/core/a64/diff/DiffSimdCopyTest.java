package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** Advanced SIMD copy (DUP, INS, UMOV, SMOV) and scalar copy (DUP element), against qemu. */
class DiffSimdCopyTest {
    static final Encoding COPY = Encoding.of("0 Q:1 op:1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5");
    static final Encoding SCALAR = Encoding.of("01 op:1 11110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5");

    @Test
    void wholeSpace() {
        SimdDiff.run("copy", 2000, r -> SimdDiff.alias(COPY, COPY.random(r), r, "Rd", "Rn"));
    }

    @Test
    void allocated() {
        int[] imm4s = {0b0000, 0b0001, 0b0011, 0b0101, 0b0111};
        SimdDiff.run("copy allocated", 2000, r -> {
            int w = COPY.random(r);
            if (COPY.get(w, "op") == 0) {
                w = COPY.with(w, "imm4", imm4s[r.nextInt(imm4s.length)]);
            }
            return SimdDiff.alias(COPY, w, r, "Rd", "Rn");
        });
    }

    @Test
    void scalar() {
        SimdDiff.run("scalar copy", 500, r -> SimdDiff.alias(SCALAR, SCALAR.random(r), r, "Rd", "Rn"));
        SimdDiff.run("scalar dup", 500, r -> SimdDiff.alias(SCALAR,
                SCALAR.with(SCALAR.with(SCALAR.random(r), "op", 0), "imm4", 0), r, "Rd", "Rn"));
    }
}
