package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Data-processing (immediate): A32 A5.2.3 and MOVW/MOVT; T32 A6.3.1 (modified immediate) and the
 * plain binary immediates ADDW, SUBW, ADR, MOVW, MOVT (A6.3.3). The first operand is now and then
 * the PC; the compare forms (and T32's with Rd = 1111) set the flags.
 */
class DiffDataProcessingImmediateTest {
    static final Encoding A32 = Encoding.of("cond:4 001 op:4 S:1 Rn:4 Rd:4 imm12:12");
    static final Encoding A32_MOVW = Encoding.of("cond:4 0011 0 H:1 00 imm4:4 Rd:4 imm12:12");
    static final Encoding T32 = Thumb.wide("11110 i:1 0 op:4 S:1 Rn:4 0 imm3:3 Rd:4 imm8:8");
    static final Encoding T32_PLAIN = Thumb.wide("11110 i:1 1 op:5 Rn:4 0 imm3:3 Rd:4 imm8:8");
    private static final int[] PLAIN_OPS = {0b00000, 0b00100, 0b01010, 0b01100};
    private static final int[] T32_COMPARES = {0b0000, 0b0100, 0b1000, 0b1101};

    static int a32(RandomGenerator r) {
        if (r.nextInt(6) == 0) {
            return DpDiff.a32(A32_MOVW, r, "Rd");
        }
        int w = A32.with(DpDiff.a32(A32, r, "Rd"), "Rn", DpDiff.regOrPc(r));
        // op 10xx with S = 0 is MOVW, MOVT, MSR and the hints, not data processing.
        return (A32.get(w, "op") & 0b1100) == 0b1000 ? A32.with(w, "S", 1) : w;
    }

    static final ToIntFunction<RandomGenerator> T32_ANY = r -> {
        if (r.nextInt(3) == 0) {
            int w = DpDiff.word(T32_PLAIN, r, "Rd");
            w = T32_PLAIN.with(w, "op", PLAIN_OPS[r.nextInt(PLAIN_OPS.length)]);
            return T32_PLAIN.with(w, "Rn", DpDiff.regOrPc(r));
        }
        int w = T32.with(DpDiff.word(T32, r, "Rd"), "Rn", DpDiff.regOrPc(r));
        if (r.nextInt(5) == 0) {
            // TST, TEQ, CMN, CMP: Rd = 1111 and S = 1.
            w = T32.with(T32.with(T32.with(w, "Rd", 15), "S", 1), "op", T32_COMPARES[r.nextInt(4)]);
        }
        return w;
    };

    @Test
    void a32() {
        DpDiff.checkA32("dp imm a32", 1500, DiffDataProcessingImmediateTest::a32);
    }

    @Test
    void t32() {
        DpDiff.checkT32("dp imm t32", 1500, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("dp imm t32 it", 400, T32_ANY);
    }
}
