package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Packing, extension and reversal: PKHBT/PKHTB, SXTAB16 to UXTAH and their forms without
 * accumulator (Rn = 1111), REV, REV16, RBIT, REVSH, CLZ (A32 A5.4.3 and A5.2.12; T32 A6.3.11,
 * A6.3.12, A6.3.15). The T16 forms are in {@link DiffT16DataProcessingTest}.
 */
class DiffPackExtendReverseTest {
    static final Encoding A32_PKH = Encoding.of("cond:4 01101000 Rn:4 Rd:4 imm5:5 tb:1 01 Rm:4");
    static final Encoding A32_EXTEND = Encoding.of("cond:4 01101 op:3 Rn:4 Rd:4 rot:2 00 0111 Rm:4");
    static final Encoding A32_REV = Encoding.of("cond:4 01101 a:1 11 1111 Rd:4 1111 b:1 011 Rm:4");
    static final Encoding A32_CLZ = Encoding.of("cond:4 00010110 1111 Rd:4 1111 0001 Rm:4");
    static final Encoding T32_PKH = Thumb.wide("1110101 0110 0 Rn:4 0 imm3:3 Rd:4 imm2:2 tb:1 0 Rm:4");
    static final Encoding T32_EXTEND = Thumb.wide("11111010 0 op:3 Rn:4 1111 Rd:4 10 rot:2 Rm:4");
    static final Encoding T32_MISC = Thumb.wide("11111010 10 op1:2 Rn:4 1111 Rd:4 10 op2:2 Rm:4");
    private static final int[] EXTEND_OPS = {0b000, 0b010, 0b011, 0b100, 0b110, 0b111};

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> switch (r.nextInt(5)) {
        case 0 -> DpDiff.a32(A32_PKH, r, "Rn", "Rd", "Rm");
        case 1 -> DpDiff.a32(A32_REV, r, "Rd", "Rm");
        case 2 -> DpDiff.a32(A32_CLZ, r, "Rd", "Rm");
        default -> A32_EXTEND.with(A32_EXTEND.with(DpDiff.a32(A32_EXTEND, r, "Rd", "Rm"), "Rn", DpDiff.regOrPc(r)),
                "op", EXTEND_OPS[r.nextInt(EXTEND_OPS.length)]);
    };
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> switch (r.nextInt(4)) {
        case 0 -> DpDiff.word(T32_PKH, r, "Rn", "Rd", "Rm");
        case 1 -> {
            // REV, REV16, RBIT, REVSH (op1 01) and CLZ (op1 11, op2 00) name Rm twice.
            int w = DpDiff.word(T32_MISC, r, "Rd", "Rm");
            w = r.nextBoolean() ? T32_MISC.with(w, "op1", 0b01) : T32_MISC.with(T32_MISC.with(w, "op1", 0b11), "op2", 0);
            yield T32_MISC.with(w, "Rn", T32_MISC.get(w, "Rm"));
        }
        default -> T32_EXTEND.with(T32_EXTEND.with(DpDiff.word(T32_EXTEND, r, "Rd", "Rm"), "Rn", DpDiff.regOrPc(r)),
                "op", EXTEND_OPS[r.nextInt(EXTEND_OPS.length)]);
    };

    @Test
    void a32() {
        DpDiff.checkA32("DiffPackExtendReverseTest a32", 1200, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffPackExtendReverseTest t32", 1200, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffPackExtendReverseTest t32 it", 300, T32_ANY);
    }
}
