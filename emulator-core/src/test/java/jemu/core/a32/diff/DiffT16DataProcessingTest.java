package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * The 16-bit data-processing instructions (A6.2.1 to A6.2.5): shifts, ADD/SUB/MOV/CMP with
 * registers and immediates, the register operations of A6.2.2, the high-register ADD/CMP/MOV
 * (the PC as a source; PC destinations are in {@link DiffDataProcessingPcTest}), ADR, ADD/SUB SP,
 * the extends and reverses. Outside an IT block most of them set the flags; inside one they do
 * not, and they execute only if the block's condition for them passes: blocks of every mask
 * shape, with random flags so that conditions pass and fail.
 */
class DiffT16DataProcessingTest {
    static final Encoding SHIFT = Thumb.narrow("000 op:2 imm5:5 Rm:3 Rd:3");
    static final Encoding ADD_SUB = Thumb.narrow("000 11 I:1 op:1 Rm:3 Rn:3 Rd:3");
    static final Encoding IMM8 = Thumb.narrow("001 op:2 Rdn:3 imm8:8");
    static final Encoding REGISTER = Thumb.narrow("010000 op:4 Rm:3 Rdn:3");
    static final Encoding SPECIAL = Thumb.narrow("010001 op:2 D:1 Rm:4 Rdn:3");
    static final Encoding ADR_ADD_SP = Thumb.narrow("1010 SP:1 Rd:3 imm8:8");
    static final Encoding SP_IMM = Thumb.narrow("1011 0000 op:1 imm7:7");
    static final Encoding EXTEND = Thumb.narrow("1011 0010 op:2 Rm:3 Rd:3");
    static final Encoding REVERSE = Thumb.narrow("1011 1010 op:2 Rm:3 Rd:3");

    static final ToIntFunction<RandomGenerator> T16_ANY = r -> switch (r.nextInt(10)) {
        case 0 -> {
            int w = SHIFT.random(r);
            yield SHIFT.get(w, "op") == 3 ? SHIFT.with(w, "op", r.nextInt(3)) : w;
        }
        case 1 -> ADD_SUB.random(r);
        case 2 -> IMM8.random(r);
        case 3, 4 -> REGISTER.random(r);
        case 5 -> {
            // ADD, CMP, MOV with high registers; Rd = PC only for CMP (op 01).
            int w = SPECIAL.with(SPECIAL.random(r), "op", r.nextInt(3));
            yield (SPECIAL.get(w, "D") << 3 | SPECIAL.get(w, "Rdn")) == 15 && SPECIAL.get(w, "op") != 1
                    ? SPECIAL.with(w, "D", 0) : w;
        }
        case 6 -> ADR_ADD_SP.random(r);
        case 7 -> SP_IMM.random(r);
        case 8 -> EXTEND.random(r);
        default -> {
            // REV, REV16, REVSH; 10 is HLT (ARMv8), left to the space test.
            int w = REVERSE.random(r);
            yield REVERSE.get(w, "op") == 2 ? REVERSE.with(w, "op", 3) : w;
        }
    };

    @Test
    void outsideItBlocks() {
        DpDiff.checkT32("t16 dp", 1500, T16_ANY);
    }

    @Test
    void inItBlocks() {
        DpDiff.checkIt("t16 dp it", 1200, T16_ANY);
    }

    /** Runs of 16-bit instructions, each reading what the one before wrote. */
    @Test
    void sequences() {
        A32Differential.check("t16 dp seq", A32Differential.count(300), (r, i) -> {
            int[] insns = new int[2 + r.nextInt(7)];
            for (int k = 0; k < insns.length; k++) {
                insns[k] = T16_ANY.applyAsInt(r);
            }
            return A32DiffCase.t32("t16 dp seq #" + i, insns, A32States.random(r), r.nextLong());
        });
    }
}
