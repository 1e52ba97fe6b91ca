package jemu.core.a32.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

import jemu.core.a64.diff.Encoding;

/**
 * Case generation for the integer data-processing tests (jemu.core.a32.dp): words of an encoding
 * with their register fields drawn from R0-R14 (or, where a test reads the PC, now and then R15),
 * a random condition in A32, and T32 instructions alone or inside IT blocks of every mask shape.
 */
final class DpDiff {
    private DpDiff() {}

    /** A register other than the PC. */
    static int reg(RandomGenerator r) {
        return r.nextInt(15);
    }

    /** A register, the PC one time in eight. */
    static int regOrPc(RandomGenerator r) {
        return r.nextInt(8) == 0 ? 15 : r.nextInt(15);
    }

    /** A condition other than 1111 (AL one time in three, so that most cases execute). */
    static int cond(RandomGenerator r) {
        return r.nextInt(3) == 0 ? 14 : r.nextInt(15);
    }

    /** A random word of {@code e} with the named register fields R0-R14. */
    static int word(Encoding e, RandomGenerator r, String... regs) {
        int w = e.random(r);
        for (String f : regs) {
            w = e.with(w, f, reg(r));
        }
        return w;
    }

    /** As {@link #word}, with a random condition in the field {@code cond}. */
    static int a32(Encoding e, RandomGenerator r, String... regs) {
        return e.with(word(e, r, regs), "cond", cond(r));
    }

    /** Values whose halfwords or bytes are at their limits, for the packed (SIMD-within-a-register) operations. */
    private static final int[] PACKED = {0x80008000, 0x7fff7fff, 0x7fff8000, 0x80007fff, 0x80808080, 0x7f7f7f7f,
        0xff00ff00, 0x00ff00ff, 0xffff0000, 0x0000ffff, 0x00018000, 0x80017f7f};

    /** {@link A32States#random}, with a few registers holding {@link #PACKED} values. */
    static A32ArchState state(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        for (int k = r.nextInt(4); k > 0; k--) {
            s.r[r.nextInt(13)] = PACKED[r.nextInt(PACKED.length)];
        }
        return s;
    }

    /** Checks {@code n} one-instruction A32 cases from {@code gen}. */
    static void checkA32(String name, int n, ToIntFunction<RandomGenerator> gen) {
        A32Differential.check(name, A32Differential.count(n),
                (r, i) -> A32Differential.a32(name + " #" + i, gen.applyAsInt(r), state(r), r));
    }

    /** Checks {@code n} one-instruction T32 cases from {@code gen} (16-bit ones as 0x0000hhhh). */
    static void checkT32(String name, int n, ToIntFunction<RandomGenerator> gen) {
        A32Differential.check(name, A32Differential.count(n),
                (r, i) -> A32Differential.t32(name + " #" + i, gen.applyAsInt(r), state(r), r));
    }

    /** The IT masks, one per shape: 1 to 4 instructions, every then/else pattern. */
    static final int[] MASKS = {0b1000, 0b0100, 0b1100, 0b0010, 0b0110, 0b1010, 0b1110, 0b0001, 0b0011,
        0b0101, 0b0111, 0b1001, 0b1011, 0b1101, 0b1111};

    /** The number of instructions an IT mask covers. */
    static int itLength(int mask) {
        return 4 - Integer.numberOfTrailingZeros(mask);
    }

    /**
     * An IT block: {@code IT firstcond, mask} of a random shape (firstcond AL only with a
     * one-instruction mask, where no instruction is "else"), then as many instructions from
     * {@code gen} as it covers, so that the case does not end inside the block.
     */
    static int[] itBlock(RandomGenerator r, ToIntFunction<RandomGenerator> gen) {
        int mask = MASKS[r.nextInt(MASKS.length)];
        int firstcond = mask == 0b1000 && r.nextInt(8) == 0 ? 14 : r.nextInt(14);
        int n = itLength(mask);
        int[] insns = new int[1 + n];
        insns[0] = Thumb.it(firstcond, mask);
        for (int i = 1; i <= n; i++) {
            insns[i] = gen.applyAsInt(r);
        }
        return insns;
    }

    /** Checks {@code n} IT blocks of instructions from {@code gen}. */
    static void checkIt(String name, int n, ToIntFunction<RandomGenerator> gen) {
        A32Differential.check(name, A32Differential.count(n),
                (r, i) -> A32DiffCase.t32(name + " #" + i, itBlock(r, gen), state(r), r.nextLong()));
    }

    /** One of {@code gens}, picked at random: a generator over several encodings. */
    @SafeVarargs
    static ToIntFunction<RandomGenerator> anyOf(ToIntFunction<RandomGenerator>... gens) {
        return r -> gens[r.nextInt(gens.length)].applyAsInt(r);
    }
}
