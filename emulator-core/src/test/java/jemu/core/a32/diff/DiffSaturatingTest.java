package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Saturating arithmetic: QADD, QSUB, QDADD, QDSUB (A32 A5.2.6, T32 A6.3.15) and SSAT, USAT,
 * SSAT16, USAT16 (A32 A5.4.3, T32 A6.3.3), which set Q; Q starts at random.
 */
class DiffSaturatingTest {
    static final Encoding A32_Q = Encoding.of("cond:4 00010 op:2 0 Rn:4 Rd:4 0000 0101 Rm:4");
    static final Encoding A32_SAT = Encoding.of("cond:4 011 01 U:1 1 sat:5 Rd:4 imm5:5 sh:1 01 Rn:4");
    static final Encoding A32_SAT16 = Encoding.of("cond:4 011 01 U:1 10 sat:4 Rd:4 1111 0011 Rn:4");
    static final Encoding T32_Q = Thumb.wide("11111010 1000 Rn:4 1111 Rd:4 10 op:2 Rm:4");
    static final Encoding T32_SAT = Thumb.wide("11110 0 11 U:1 0 sh:1 0 Rn:4 0 imm3:3 Rd:4 imm2:2 0 sat:5");

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> switch (r.nextInt(3)) {
        case 0 -> DpDiff.a32(A32_Q, r, "Rn", "Rd", "Rm");
        case 1 -> DpDiff.a32(A32_SAT, r, "Rd", "Rn");
        default -> DpDiff.a32(A32_SAT16, r, "Rd", "Rn");
    };
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> {
        if (r.nextInt(3) == 0) {
            return DpDiff.word(T32_Q, r, "Rn", "Rd", "Rm");
        }
        int w = DpDiff.word(T32_SAT, r, "Rn", "Rd");
        if (r.nextInt(3) == 0) {
            // SSAT16, USAT16: sh = 1 with a zero shift amount.
            w = T32_SAT.with(T32_SAT.with(T32_SAT.with(w, "sh", 1), "imm3", 0), "imm2", 0);
        }
        return w;
    };

    @Test
    void a32() {
        DpDiff.checkA32("DiffSaturatingTest a32", 1200, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffSaturatingTest t32", 1200, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffSaturatingTest t32 it", 300, T32_ANY);
    }
}
