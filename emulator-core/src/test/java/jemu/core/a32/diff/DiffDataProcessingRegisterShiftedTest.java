package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Data-processing (register-shifted register), A32 A5.2.2, and the T32 shifts by a register
 * (LSL.W, LSR.W, ASR.W, ROR.W{S}, A6.3.12). The shift register holds mostly amounts around 0, 32
 * and 256, where the shifts change behaviour, and its top bits are random.
 */
class DiffDataProcessingRegisterShiftedTest {
    static final Encoding A32 = Encoding.of("cond:4 000 op:4 S:1 Rn:4 Rd:4 Rs:4 0 type:2 1 Rm:4");
    static final Encoding T32 = Thumb.wide("11111010 0 type:2 S:1 Rn:4 1111 Rd:4 0000 Rm:4");

    static int a32(RandomGenerator r) {
        int w = DpDiff.a32(A32, r, "Rd", "Rn", "Rs", "Rm");
        return (A32.get(w, "op") & 0b1100) == 0b1000 ? A32.with(w, "S", 1) : w;
    }

    static final ToIntFunction<RandomGenerator> T32_ANY = r -> DpDiff.word(T32, r, "Rd", "Rn", "Rm");

    /** A shift amount: the low byte is what counts. */
    static int amount(RandomGenerator r) {
        int low = switch (r.nextInt(4)) {
            case 0 -> r.nextInt(34);
            case 1 -> 30 + r.nextInt(5);
            case 2 -> r.nextInt(256);
            default -> 0;
        };
        return r.nextBoolean() ? low : r.nextInt() & ~0xff | low;
    }

    @Test
    void a32() {
        A32Differential.check("dp rsr a32", A32Differential.count(1500), (r, i) -> {
            int w = a32(r);
            A32ArchState s = A32States.random(r);
            s.r[A32.get(w, "Rs")] = amount(r);
            return A32Differential.a32("dp rsr a32 #" + i, w, s, r);
        });
    }

    @Test
    void t32() {
        A32Differential.check("dp rsr t32", A32Differential.count(1000), (r, i) -> {
            int w = T32_ANY.applyAsInt(r);
            A32ArchState s = A32States.random(r);
            s.r[T32.get(w, "Rm")] = amount(r);
            return A32Differential.t32("dp rsr t32 #" + i, w, s, r);
        });
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("dp rsr t32 it", 300, T32_ANY);
    }
}
