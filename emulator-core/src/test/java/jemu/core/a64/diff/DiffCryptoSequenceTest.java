package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * Chains of cryptographic instructions over V0-V3, each reading what the one before wrote, as
 * AES rounds (AESE then AESMC), SHA-256 rounds (SHA256H, SHA256H2, SHA256SU0/SU1) and GHASH
 * (PMULL, PMULL2, EOR3) run them, against qemu's {@code max} CPU.
 */
class DiffCryptoSequenceTest {
    static final Encoding[] GROUPS = {DiffCryptoAesTest.AES, DiffCryptoShaTest.THREE, DiffCryptoShaTest.TWO,
        DiffCryptoSha512Test.THREE, DiffCryptoSha512Test.TWO, DiffCryptoSha3Test.FOUR, DiffCryptoSha3Test.XAR,
        DiffSimdThreeDifferentTest.VECTOR};

    /** An allocated word of a random group, with every register among V0-V3. */
    static int word(RandomGenerator r) {
        int g = r.nextInt(GROUPS.length);
        Encoding e = GROUPS[g];
        int w = e.random(r);
        w = switch (g) {
            case 0 -> e.with(e.with(w, "size", 0), "opcode", 0b00100 + r.nextInt(4));
            case 1 -> e.with(e.with(w, "size", 0), "opcode", r.nextInt(7));
            case 2 -> e.with(e.with(w, "size", 0), "opcode", r.nextInt(3));
            case 3 -> e.with(w, "O", 0);
            case 4 -> e.with(w, "opcode", 0);
            case 5 -> e.with(w, "Op0", r.nextInt(2));
            case 6 -> w;
            default -> e.with(e.with(e.with(w, "U", 0), "size", 3), "opcode", 0b1110);
        };
        w = (w & ~(0x3ff | 31 << 16)) | r.nextInt(4) << 16 | r.nextInt(4) << 5 | r.nextInt(4);
        return g == 5 ? e.with(w, "Ra", r.nextInt(4)) : w;
    }

    @Test
    void chains() {
        Differential.check(MAX, "crypto chains", Differential.count(800), (r, i) -> {
            int[] words = new int[8];
            for (int k = 0; k < words.length; k++) {
                words[k] = word(r);
            }
            return new DiffCase("crypto chains #" + i, words, SimdDiff.state(r), r.nextLong());
        });
    }
}
