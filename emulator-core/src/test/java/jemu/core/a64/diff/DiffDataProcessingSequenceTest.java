package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.dpimm.DataProcessingImmediate;
import jemu.core.a64.dpreg.DataProcessingRegister;

/**
 * Runs of 2 to 12 data-processing instructions, so that flags and results flow from one to the
 * next (CMP then CSEL, ADDS then ADC, ...). The words are random words of both groups that jemu
 * decodes, with their Rd, Rn and Rm fields mostly drawn from x0-x7 and 31 to make the chains;
 * whether they are really defined is the whole-space tests' business.
 */
class DiffDataProcessingSequenceTest {
    private static final Encoding IMM_SPACE = Encoding.of("hi:3 100 lo:26");
    private static final Encoding REG_SPACE = Encoding.of("hi:3 op1:1 101 lo:25");

    @Test
    void sequences() {
        Differential.check("dp sequence", Differential.count(2000), (r, i) -> {
            int[] words = new int[2 + r.nextInt(11)];
            for (int k = 0; k < words.length; k++) {
                words[k] = word(r);
            }
            return new DiffCase("dp sequence #" + i, words, DpGen.state(r), r.nextLong());
        });
    }

    private static int word(RandomGenerator r) {
        while (true) {
            int w = r.nextBoolean() ? IMM_SPACE.random(r) : REG_SPACE.random(r);
            if (r.nextInt(4) != 0) {
                w = (w & ~(31 | 31 << 5 | 31 << 16)) | reg(r) | reg(r) << 5 | reg(r) << 16;
            }
            boolean imm = ((w >>> 26) & 7) == 0b100;
            long pc = 0x1000;
            if ((imm ? DataProcessingImmediate.decode(w, pc) : DataProcessingRegister.decode(w, pc)) != null) {
                return w;
            }
        }
    }

    private static int reg(RandomGenerator r) {
        return r.nextInt(9) == 0 ? 31 : r.nextInt(8);
    }
}
