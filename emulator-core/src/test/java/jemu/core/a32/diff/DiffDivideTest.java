package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * SDIV and UDIV (A32 A5.4.4, T32 A6.3.17): division by zero gives 0 (Linux user space, SCTLR.DZ
 * clear), INT_MIN / -1 gives INT_MIN; divisors are often 0, 1 and -1.
 */
class DiffDivideTest {
    static final Encoding A32 = Encoding.of("cond:4 01110 0 U:1 1 Rd:4 1111 Rm:4 0001 Rn:4");
    static final Encoding T32 = Thumb.wide("11111011 10 U:1 1 Rn:4 1111 Rd:4 1111 Rm:4");

    static final ToIntFunction<RandomGenerator> A32_ANY = r -> DpDiff.a32(A32, r, "Rd", "Rm", "Rn");
    static final ToIntFunction<RandomGenerator> T32_ANY = r -> DpDiff.word(T32, r, "Rn", "Rd", "Rm");

    @Test
    void a32() {
        DpDiff.checkA32("DiffDivideTest a32", 600, A32_ANY);
    }

    @Test
    void t32() {
        DpDiff.checkT32("DiffDivideTest t32", 600, T32_ANY);
    }

    @Test
    void t32InItBlocks() {
        DpDiff.checkIt("DiffDivideTest t32 it", 200, T32_ANY);
    }

    /** Divisors 0, 1, -1 and dividends INT_MIN, with the registers named by the word. */
    @Test
    void edges() {
        A32Differential.check("DiffDivideTest edges", A32Differential.count(400), (r, i) -> {
            boolean thumb = i % 2 == 1;
            int w = thumb ? T32_ANY.applyAsInt(r) : A32.with(A32_ANY.applyAsInt(r), "cond", 14);
            int n = thumb ? T32.get(w, "Rn") : A32.get(w, "Rn");
            int m = thumb ? T32.get(w, "Rm") : A32.get(w, "Rm");
            A32ArchState s = A32States.random(r);
            s.r[n] = r.nextBoolean() ? 0x80000000 : s.r[n];
            s.r[m] = new int[] {0, 1, -1, 2, -2}[r.nextInt(5)];
            return new A32DiffCase("divide edges #" + i, thumb, new int[] {w}, s, r.nextLong());
        });
    }
}
