package jemu.core.a64.diff;

import static jemu.core.a64.diff.Differential.MAX;

import org.junit.jupiter.api.Test;

/**
 * Random words of the whole {@code 1100111x} space (the SHA512, SHA3 and SM3/SM4 groups and the
 * unallocated rest), against qemu's {@code max} CPU: jemu and qemu must agree on every word but
 * the SM3 and SM4 instructions (FEAT_SM3, FEAT_SM4), which qemu has and jemu does not implement.
 */
class DiffCryptoSpaceTest {
    static final Encoding SPACE = Encoding.of("1100111 rest:25");

    /** SM3TT1A..SM3TT2B, SM3PARTW1/2, SM4EKEY, SM4E, SM3SS1. */
    static boolean sm(int w) {
        return (w & 0xffe0c000) == 0xce408000
                || ((w & 0xffe0f000) == 0xce60c000 && (w & 0xc00) != 0xc00)
                || (w & 0xfffffc00) == 0xcec08400
                || (w & 0xffe08000) == 0xce400000;
    }

    @Test
    void wholeSpace() {
        SimdDiff.run(MAX, "1100111x space", 1500, r -> SimdDiff.word(SPACE, r, DiffCryptoSpaceTest::sm));
    }
}
