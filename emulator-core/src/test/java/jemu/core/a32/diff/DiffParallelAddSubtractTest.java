package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Parallel addition and subtraction, signed, saturating, halving and unsigned (A32 A5.4.1 and
 * A5.4.2, T32 A6.3.13 and A6.3.14), which set GE; and SEL, USAD8 and USADA8, which read it or sum
 * byte differences. GE starts at random.
 */
class DiffParallelAddSubtractTest {
    static final Encoding A32 = Encoding.of("cond:4 01100 U:1 op1:2 Rn:4 Rd:4 1111 op2:3 1 Rm:4");
    static final Encoding A32_SEL = Encoding.of("cond:4 01101000 Rn:4 Rd:4 1111 1011 Rm:4");
    static final Encoding A32_USAD = Encoding.of("cond:4 01111000 Rd:4 Ra:4 Rm:4 0001 Rn:4");
    static final Encoding T32 = Thumb.wide("11111010 1 op1:3 Rn:4 1111 Rd:4 0 U:1 op2:2 Rm:4");
    static final Encoding T32_SEL = Thumb.wide("11111010 1010 Rn:4 1111 Rd:4 1000 Rm:4");
    static final Encoding T32_USAD = Thumb.wide("11111011 0111 Rn:4 Ra:4 Rd:4 0000 Rm:4");

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> switch (r.nextInt(6)) {
        case 0 -> DpDiff.a32(A32_SEL, r, "Rn", "Rd", "Rm");
        case 1 -> A32_USAD.with(DpDiff.a32(A32_USAD, r, "Rd", "Rm", "Rn"), "Ra", DpDiff.regOrPc(r));
        default -> DpDiff.a32(A32, r, "Rn", "Rd", "Rm");
    };
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> switch (r.nextInt(6)) {
        case 0 -> DpDiff.word(T32_SEL, r, "Rn", "Rd", "Rm");
        case 1 -> T32_USAD.with(DpDiff.word(T32_USAD, r, "Rn", "Rd", "Rm"), "Ra", DpDiff.regOrPc(r));
        default -> DpDiff.word(T32, r, "Rn", "Rd", "Rm");
    };

    @Test
    void a32() {
        DpDiff.checkA32("DiffParallelAddSubtractTest a32", 1500, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffParallelAddSubtractTest t32", 1500, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffParallelAddSubtractTest t32 it", 300, T32_ANY);
    }
}
