package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Cryptographic AES (AESE, AESD, AESMC, AESIMC) against qemu's cortex-a72, which has FEAT_AES;
 * and the whole group (size and opcode at random) for what is unallocated.
 */
class DiffCryptoAesTest {
    static final Encoding AES = Encoding.of("01001110 size:2 10100 opcode:5 10 Rn:5 Rd:5");

    @Test
    void allocated() {
        SimdDiff.run("aes", 3000, r -> {
            int w = AES.with(AES.with(AES.random(r), "size", 0), "opcode", 0b00100 + r.nextInt(4));
            return SimdDiff.alias(AES, w, r, "Rd", "Rn");
        });
    }

    @Test
    void wholeGroup() {
        SimdDiff.run("aes space", 500, AES::random);
    }
}
