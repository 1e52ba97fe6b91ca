package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Cryptographic three-register SHA (SHA1C, SHA1P, SHA1M, SHA1SU0, SHA256H, SHA256H2, SHA256SU1)
 * and two-register SHA (SHA1H, SHA1SU1, SHA256SU0) against qemu's cortex-a72, which has FEAT_SHA1
 * and FEAT_SHA256; and both groups with every field random, for what is unallocated.
 */
class DiffCryptoShaTest {
    static final Encoding THREE = Encoding.of("01011110 size:2 0 Rm:5 0 opcode:3 00 Rn:5 Rd:5");
    static final Encoding TWO = Encoding.of("01011110 size:2 10100 opcode:5 10 Rn:5 Rd:5");

    @Test
    void threeRegister() {
        SimdDiff.run("sha three-register", 3500, r -> {
            int w = THREE.with(THREE.with(THREE.random(r), "size", 0), "opcode", r.nextInt(7));
            return SimdDiff.alias(THREE, w, r, "Rd", "Rn", "Rm");
        });
    }

    @Test
    void twoRegister() {
        SimdDiff.run("sha two-register", 1500, r -> {
            int w = TWO.with(TWO.with(TWO.random(r), "size", 0), "opcode", r.nextInt(3));
            return SimdDiff.alias(TWO, w, r, "Rd", "Rn");
        });
    }

    @Test
    void wholeGroups() {
        SimdDiff.run("sha three-register space", 400, THREE::random);
        SimdDiff.run("sha two-register space", 400, TWO::random);
    }
}
