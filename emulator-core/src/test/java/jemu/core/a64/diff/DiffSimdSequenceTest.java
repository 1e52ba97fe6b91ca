package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Decoder;
import jemu.core.a64.insn.Undefined;

/**
 * Advanced SIMD integer instructions in sequence, against qemu: glibc's string-routine idioms on
 * data that contains the searched byte (or not), and chains of random instructions of every
 * group over V0-V5 and X0-X5, so that each reads what the one before wrote (upper halves
 * cleared or kept, QC accumulated).
 */
class DiffSimdSequenceTest {
    /**
     * memchr (DUP, CMEQ, SHRN, UMOV, UMAXP), strlen (CMEQ #0), the older strchr (MOVI, BIF, ORR,
     * AND, ADDP), then EXT, TBL, UZP1, BIC (immediate), UADDLV, SMOV, INS, USHLL2, XTN.
     */
    static final int[] IDIOMS = {0x4e010c20, 0x6e208c22, 0x0f0c8443, 0x4e083c62, 0x6e22a444, 0x4e083c83, 0x4e209825,
        0x0f0c84a6, 0x4e083cc4, 0x4f002427, 0x4e209828, 0x6e208c29, 0x6ee71d28, 0x4ea91d0a, 0x4e271d4b, 0x4e2bbd6c,
        0x4e2cbd8c, 0x4e083d85, 0x6e00382d, 0x4e0d202e, 0x4e0d19cf, 0x6f07b7f0, 0x6e303831, 0x4e0e2c26, 0x4e141cd2,
        0x6f0ba433, 0x0e212a74};

    @Test
    void glibcIdioms() {
        Differential.check("glibc idioms", Differential.count(300), (r, i) -> {
            ArchState s = SimdDiff.state(r);
            long c = r.nextInt(256);
            s.x[1] = c | (long) r.nextInt() << 8;
            for (int h = 0; h < 2; h++) { // the data: random bytes, some of them the char or NUL
                long data = 0;
                for (int b = 0; b < 8; b++) {
                    int k = r.nextInt(8);
                    data |= (k == 0 ? c : k == 1 ? 0 : r.nextInt(256)) << (8 * b);
                }
                s.v[2 + h] = data;
            }
            return new DiffCase("glibc idioms #" + i, IDIOMS, s, r.nextLong());
        });
    }

    static final Encoding[] GROUPS = {DiffSimdThreeSameTest.VECTOR, DiffSimdThreeSameTest.SCALAR,
        DiffSimdThreeDifferentTest.VECTOR, DiffSimdThreeDifferentTest.SCALAR, DiffSimdTwoRegMiscTest.VECTOR,
        DiffSimdTwoRegMiscTest.SCALAR, DiffSimdAcrossLanesTest.ACROSS, DiffSimdAcrossLanesTest.PAIRWISE,
        DiffSimdCopyTest.COPY, DiffSimdCopyTest.SCALAR, DiffSimdPermuteTest.TABLE, DiffSimdPermuteTest.PERMUTE,
        DiffSimdPermuteTest.EXTRACT, DiffSimdModifiedImmediateTest.MODIFIED, DiffSimdShiftByImmediateTest.VECTOR,
        DiffSimdShiftByImmediateTest.SCALAR, DiffSimdIndexedTest.VECTOR, DiffSimdIndexedTest.SCALAR};

    /** A word jemu implements, of a random group, with its registers among the first six. */
    static int chainable(RandomGenerator r) {
        while (true) {
            Encoding e = GROUPS[r.nextInt(GROUPS.length)];
            int w = e.random(r);
            w = (w & ~0x3ff) | r.nextInt(6) << 5 | r.nextInt(6); // Rn, Rd
            if ((w & 0x9f200400) == 0x0e200400 || (w & 0xdf200400) == 0x5e200400 || (w & 0x9f200c00) == 0x0e200000
                    || (w & 0xdf200c00) == 0x5e200000 || (w & 0xbf208c00) == 0x0e000000
                    || (w & 0xbf208c00) == 0x0e000800 || (w & 0xbf208400) == 0x2e000000) {
                w = (w & ~(31 << 16)) | r.nextInt(6) << 16; // Rm at bits 20..16
            }
            if (!(A64Decoder.decode(w, 0) instanceof Undefined)) {
                return w;
            }
        }
    }

    /** On qemu's max CPU: the chains include jemu's ARMv8.1/8.2 instructions (SQRDMLAH, SDOT). */
    @Test
    void randomChains() {
        Differential.check(Differential.MAX, "simd chains", Differential.count(1500), (r, i) -> {
            int[] words = new int[8];
            for (int k = 0; k < words.length; k++) {
                words[k] = chainable(r);
            }
            return new DiffCase("simd chains #" + i, words, SimdDiff.state(r), r.nextLong());
        });
    }
}
