package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/**
 * The alignment each VLDn/VSTn asks for, and which encodings are UNDEFINED: every value of bits
 * 11..4 of the multiple-structure load, the single-lane and all-lanes loads and the single-lane
 * store, from bases of every alignment up to 64 bytes. qemu-arm 7.2 departs from the manual here
 * and there (VLD1.16/VST1.16 one lane with index_align<1> set is UNDEFINED; 256-bit alignment of
 * the multiple-structure forms is checked as 128-bit; VLD2.16 one lane with the stride bit set
 * asks for 32-bit alignment); jemu follows qemu.
 */
class DiffNeonAlignmentTest {
    private static final int[] OFFSETS = {0, 1, 2, 4, 8, 16, 32, 48};

    @Test
    void everyFieldCombination() {
        RandomGenerator r = A32Differential.random("neon alignment");
        List<A32DiffCase> cases = new ArrayList<>();
        for (int bits = 0; bits < 256; bits++) {
            // Rn = R0, Vd = D2, Rm = PC (no write-back)
            int[] words = {0xf4a0_200f | bits << 4, 0xf420_200f | bits << 4, 0xf480_200f | bits << 4};
            for (int w : words) {
                for (int off : OFFSETS) {
                    A32ArchState s = state(r);
                    s.r[0] = (int) (A32HarnessLayout.DATA_ADDR + 1024 + off);
                    cases.add(A32Differential.a32(String.format("%08x at +%d", w, off), w, s, r));
                }
            }
        }
        A32Differential.assertSameAsQemu(cases);
    }
}
