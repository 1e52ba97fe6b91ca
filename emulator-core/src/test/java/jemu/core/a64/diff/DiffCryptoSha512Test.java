package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import org.junit.jupiter.api.Test;

/**
 * Cryptographic three-register SHA512 (SHA512H, SHA512H2, SHA512SU1; RAX1 is in
 * {@link DiffCryptoSha3Test}) and two-register SHA512 (SHA512SU0), FEAT_SHA512, against qemu's
 * {@code max} CPU (cortex-a72 has no SHA512). The groups' whole space too, less the SM3/SM4
 * encodings (O 1; SM4E), which qemu's max has and jemu does not implement.
 */
class DiffCryptoSha512Test {
    static final Encoding THREE = Encoding.of("11001110 011 Rm:5 1 O:1 00 opcode:2 Rn:5 Rd:5");
    static final Encoding TWO = Encoding.of("11001110 11000000 1000 opcode:2 Rn:5 Rd:5");

    @Test
    void threeRegister() {
        SimdDiff.run(MAX, "sha512 three-register", 2000, r -> {
            int w = THREE.with(THREE.with(THREE.random(r), "O", 0), "opcode", r.nextInt(3));
            return SimdDiff.alias(THREE, w, r, "Rd", "Rn", "Rm");
        });
    }

    @Test
    void twoRegister() {
        SimdDiff.run(MAX, "sha512su0", 800, r -> SimdDiff.alias(TWO, TWO.with(TWO.random(r), "opcode", 0), r, "Rd", "Rn"));
    }

    @Test
    void wholeGroups() {
        SimdDiff.run(MAX, "sha512 two-register space", 300,
                r -> SimdDiff.word(TWO, r, w -> TWO.get(w, "opcode") == 0b01));
    }
}
