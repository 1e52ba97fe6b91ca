package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Data-processing (register), an immediate shift of the second operand: A32 A5.2.1, T32 A6.3.11
 * (including the compare forms with Rd = 1111). Operands are now and then the PC in A32.
 */
class DiffDataProcessingRegisterTest {
    static final Encoding A32 = Encoding.of("cond:4 000 op:4 S:1 Rn:4 Rd:4 imm5:5 type:2 0 Rm:4");
    static final Encoding T32 = Thumb.wide("1110101 op:4 S:1 Rn:4 0 imm3:3 Rd:4 imm2:2 type:2 Rm:4");
    private static final int[] T32_COMPARES = {0b0000, 0b0100, 0b1000, 0b1101};

    static int a32(RandomGenerator r) {
        int w = DpDiff.a32(A32, r, "Rd");
        w = A32.with(A32.with(w, "Rn", DpDiff.regOrPc(r)), "Rm", DpDiff.regOrPc(r));
        return (A32.get(w, "op") & 0b1100) == 0b1000 ? A32.with(w, "S", 1) : w;
    }

    static final ToIntFunction<RandomGenerator> T32_ANY = r -> {
        int w = DpDiff.word(T32, r, "Rd", "Rm");
        w = T32.with(w, "Rn", r.nextInt(6) == 0 ? 15 : DpDiff.reg(r));
        if (r.nextInt(5) == 0) {
            w = T32.with(T32.with(T32.with(w, "Rd", 15), "S", 1), "op", T32_COMPARES[r.nextInt(4)]);
        }
        return w;
    };

    @Test
    void a32() {
        DpDiff.checkA32("dp reg a32", 1500, DiffDataProcessingRegisterTest::a32);
    }

    @Test
    void t32() {
        DpDiff.checkT32("dp reg t32", 1500, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("dp reg t32 it", 400, T32_ANY);
    }
}
