package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Multiplies: A32 A5.2.5 (MUL, MLA, UMAAL, MLS, UMULL, UMLAL, SMULL, SMLAL, with S) and the signed
 * multiplies of A5.4.4 (SMLAD, SMUAD, SMLSD, SMUSD, SMLALD, SMLSLD, SMMLA, SMMUL, SMMLS, with X
 * and R); T32 A6.3.16 and A6.3.17 (Ra = 1111 is the form without accumulator).
 */
class DiffMultiplyTest {
    static final Encoding A32 = Encoding.of("cond:4 0000 op:3 S:1 Rd:4 Ra:4 Rm:4 1001 Rn:4");
    static final Encoding A32_SIGNED = Encoding.of("cond:4 01110 op1:3 Rd:4 Ra:4 Rm:4 op2:3 1 Rn:4");
    static final Encoding T32 = Thumb.wide("11111011 0 op1:3 Rn:4 Ra:4 Rd:4 00 op2:2 Rm:4");
    static final Encoding T32_LONG = Thumb.wide("11111011 1 op1:3 Rn:4 RdLo:4 RdHi:4 op2:4 Rm:4");
    private static final int[] SIGNED_OP1 = {0b000, 0b100, 0b101};

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> {
        if (r.nextBoolean()) {
            return DpDiff.a32(A32, r, "Rd", "Ra", "Rm", "Rn");
        }
        int w = DpDiff.a32(A32_SIGNED, r, "Rd", "Rm", "Rn");
        w = A32_SIGNED.with(w, "op1", SIGNED_OP1[r.nextInt(3)]);
        // Ra = 1111 is the form without accumulator, except in SMLALD and SMLSLD (op1 100), where it is RdLo.
        boolean noAccumulator = A32_SIGNED.get(w, "op1") != 0b100 && r.nextInt(4) == 0;
        return A32_SIGNED.with(w, "Ra", noAccumulator ? 15 : DpDiff.reg(r));
    };
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> {
        if (r.nextBoolean()) {
            int w = DpDiff.word(T32, r, "Rn", "Rd", "Rm");
            return T32.with(w, "Ra", r.nextInt(4) == 0 ? 15 : DpDiff.reg(r));
        }
        int w = DpDiff.word(T32_LONG, r, "Rn", "RdLo", "RdHi", "Rm");
        // op2 0000 (UMULL, SMULL, UMLAL...), 0110 (UMAAL), 110x (SMLALD, SMLSLD); the rest is
        // SMLALxy and the divides (their own tests) or unallocated.
        int op2 = switch (r.nextInt(4)) {
            case 0 -> 0b0110;
            case 1 -> 0b1100 | r.nextInt(2);
            default -> 0;
        };
        return T32_LONG.with(w, "op2", op2);
    };

    @Test
    void a32() {
        DpDiff.checkA32("DiffMultiplyTest a32", 1500, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffMultiplyTest t32", 1500, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffMultiplyTest t32 it", 400, T32_ANY);
    }
}
