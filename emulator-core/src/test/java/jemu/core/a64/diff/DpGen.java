package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

/**
 * Operand choices for the integer data-processing tests: register numbers with 31 (SP or ZR)
 * more often than chance, and starting states whose SP is sometimes any value, since these
 * instructions read and write SP without touching memory.
 */
final class DpGen {
    private DpGen() {}

    /** A register number, 31 one time in six. */
    static int reg(RandomGenerator r) {
        return r.nextInt(6) == 0 ? 31 : r.nextInt(31);
    }

    /** A random state; half of the time SP holds an arbitrary value. */
    static ArchState state(RandomGenerator r) {
        ArchState s = States.random(r);
        if (r.nextBoolean()) {
            s.sp = States.value(r);
        }
        return s;
    }

    /** {@code insn} with its Rd, Rn (and Rm, Ra where the encoding has them) chosen by {@link #reg}. */
    static int regs(Encoding e, int insn, RandomGenerator r, String... fields) {
        for (String f : fields) {
            insn = e.with(insn, f, reg(r));
        }
        return insn;
    }

    /** One-instruction cases of {@code make}'s words, labelled {@code name #i}. */
    static void check(String name, int n, java.util.function.Function<RandomGenerator, Integer> make) {
        Differential.check(name, n, (r, i) -> Differential.one(name + " #" + i, make.apply(r), state(r), r));
    }
}
