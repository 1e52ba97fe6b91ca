package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import org.junit.jupiter.api.Test;

/**
 * The SHA-3 instructions, FEAT_SHA3 (EOR3, BCAX from the four-register group, RAX1 from the
 * three-register SHA512 group, XAR), against qemu's {@code max} CPU (cortex-a72 has no SHA3).
 * The four-register group's whole space too, less SM3SS1 (Op0 10, FEAT_SM3: qemu's max has it,
 * jemu does not implement it).
 */
class DiffCryptoSha3Test {
    static final Encoding FOUR = Encoding.of("11001110 0 Op0:2 Rm:5 0 Ra:5 Rn:5 Rd:5");
    static final Encoding XAR = Encoding.of("11001110 100 Rm:5 imm6:6 Rn:5 Rd:5");
    static final Encoding RAX1 = Encoding.of("11001110 011 Rm:5 100011 Rn:5 Rd:5");

    @Test
    void eor3Bcax() {
        SimdDiff.run(MAX, "eor3 bcax", 1000, r -> SimdDiff.alias(FOUR,
                FOUR.with(FOUR.random(r), "Op0", r.nextInt(2)), r, "Rd", "Rn", "Rm", "Ra"));
    }

    @Test
    void rax1Xar() {
        SimdDiff.run(MAX, "rax1", 500, r -> SimdDiff.alias(RAX1, RAX1.random(r), r, "Rd", "Rn", "Rm"));
        SimdDiff.run(MAX, "xar", 800, r -> SimdDiff.alias(XAR, XAR.random(r), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void fourRegisterSpace() {
        SimdDiff.run(MAX, "four-register space", 300, r -> SimdDiff.word(FOUR, r, w -> FOUR.get(w, "Op0") == 0b10));
    }
}
