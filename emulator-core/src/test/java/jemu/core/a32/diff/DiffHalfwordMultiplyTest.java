package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Signed halfword multiplies: A32 A5.2.7 (SMLAxy, SMLAWy, SMULWy, SMLALxy, SMULxy), T32 A6.3.16
 * and A6.3.17 (SMLAxy and SMLAWy with Ra = 1111 are SMULxy and SMULWy; SMLALxy).
 */
class DiffHalfwordMultiplyTest {
    static final Encoding A32 = Encoding.of("cond:4 00010 op1:2 0 Rd:4 Ra:4 Rm:4 1 M:1 N:1 0 Rn:4");
    static final Encoding T32_SMLA = Thumb.wide("11111011 0001 Rn:4 Ra:4 Rd:4 00 N:1 M:1 Rm:4");
    static final Encoding T32_SMLAW = Thumb.wide("11111011 0011 Rn:4 Ra:4 Rd:4 000 M:1 Rm:4");
    static final Encoding T32_SMLAL = Thumb.wide("11111011 1100 Rn:4 RdLo:4 RdHi:4 10 N:1 M:1 Rm:4");

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> DpDiff.a32(A32, r, "Rd", "Ra", "Rm", "Rn");
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> switch (r.nextInt(3)) {
        case 0 -> T32_SMLA.with(DpDiff.word(T32_SMLA, r, "Rn", "Rd", "Rm"), "Ra", DpDiff.regOrPc(r));
        case 1 -> T32_SMLAW.with(DpDiff.word(T32_SMLAW, r, "Rn", "Rd", "Rm"), "Ra", DpDiff.regOrPc(r));
        default -> DpDiff.word(T32_SMLAL, r, "Rn", "RdLo", "RdHi", "Rm");
    };

    @Test
    void a32() {
        DpDiff.checkA32("DiffHalfwordMultiplyTest a32", 1000, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffHalfwordMultiplyTest t32", 1000, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffHalfwordMultiplyTest t32 it", 300, T32_ANY);
    }
}
