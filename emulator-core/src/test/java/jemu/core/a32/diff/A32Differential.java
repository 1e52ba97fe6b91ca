package jemu.core.a32.diff;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Assumptions;

import jemu.core.a64.diff.Differential;

/**
 * Differential testing against qemu-arm, as {@link Differential} does for A64: the same A32 or
 * T32 instructions from the same starting state, run by the a32-diff harness under qemu and by
 * jemu's engine, must leave the same registers, flags, FPSCR, D registers, data page and signal.
 *
 * <p>Without qemu-arm on PATH the test is skipped with a message, except under {@code CI=true},
 * where it fails: CI installs qemu-user, so a missing one is a broken setup.
 */
public final class A32Differential {
    private A32Differential() {}

    /** Cases per generator: the quick run's count, scaled by {@code -Djemu.diff.scale=N}. */
    public static int count(int quick) {
        return Differential.count(quick);
    }

    /** A seeded source of randomness ({@code -Djemu.diff.seed}), so a failing case can be reproduced from its label. */
    public static RandomGenerator random(String name) {
        return Differential.random(name);
    }

    /** Builds {@code n} cases with {@code make(random, index)} and checks them against qemu. */
    public static void check(String name, int n, BiFunction<RandomGenerator, Integer, A32DiffCase> make) {
        RandomGenerator r = random(name);
        List<A32DiffCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cases.add(make.apply(r, i));
        }
        assertSameAsQemu(cases);
    }

    /** A case of one A32 instruction from a random seed. */
    public static A32DiffCase a32(String label, int insn, A32ArchState state, RandomGenerator r) {
        return new A32DiffCase(label, false, new int[] {insn}, state, r.nextLong());
    }

    /** A case of one T32 instruction (16-bit as {@code 0x0000hhhh}, 32-bit as {@code hw1 << 16 | hw2}). */
    public static A32DiffCase t32(String label, int insn, A32ArchState state, RandomGenerator r) {
        return new A32DiffCase(label, true, new int[] {insn}, state, r.nextLong());
    }

    /** Skips (or under CI=true fails) when qemu-arm is missing. */
    static void requireQemu() {
        if (A32QemuHarness.qemu() == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("qemu-arm is not on PATH, and CI=true requires it (.ci/run installs qemu-user)");
            }
            Assumptions.abort("qemu-arm is not on PATH: differential tests skipped (install qemu-user)");
        }
    }

    /** qemu's results for {@code cases}. */
    public static List<A32DiffResult> qemu(List<A32DiffCase> cases) {
        requireQemu();
        try {
            return A32QemuHarness.run(cases);
        } catch (Exception e) {
            throw new AssertionError("running the harness under qemu-arm failed: " + e.getMessage(), e);
        }
    }

    public static void assertSameAsQemu(List<A32DiffCase> cases) {
        assertSameAsQemu(cases, (i, qemu) -> qemu);
    }

    /**
     * As {@link #assertSameAsQemu(List)}, with qemu's result for case {@code i} first passed through
     * {@code expected}: for the few documented places where jemu is right and qemu is not.
     */
    public static void assertSameAsQemu(List<A32DiffCase> cases, BiFunction<Integer, A32DiffResult, A32DiffResult> expected) {
        List<A32DiffResult> qemu = qemu(cases);
        List<A32DiffResult> actual;
        try (A32JemuRunner jemu = new A32JemuRunner()) {
            actual = jemu.run(cases);
        }
        StringBuilder report = new StringBuilder();
        int mismatches = 0;
        for (int i = 0; i < cases.size(); i++) {
            String d = actual.get(i).differenceFrom(expected.apply(i, qemu.get(i)));
            if (d != null && ++mismatches <= 5) {
                report.append(describe(cases.get(i))).append(d);
            }
        }
        if (mismatches > 0) {
            fail(mismatches + " of " + cases.size() + " cases differ from qemu-arm; the first:\n" + report);
        }
        tally(cases.size());
    }

    /**
     * With {@code -Djemu.diff.tally=FILE}: appends "TestClass cases" for every batch that agreed
     * with qemu, as {@link Differential} does.
     */
    private static synchronized void tally(int n) {
        String file = System.getProperty("jemu.diff.tally");
        if (file == null) {
            return;
        }
        String test = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.endsWith("Test")).findFirst().orElse("?"));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file),
                    test.substring(test.lastIndexOf('.') + 1) + " " + n + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String describe(A32DiffCase c) {
        StringBuilder sb = new StringBuilder(c.label()).append(c.thumb() ? " (T32):" : " (A32):");
        for (int w : c.insns()) {
            sb.append(c.thumb() && (w >>> 16) == 0 ? String.format(" %04x", w) : String.format(" %08x", w));
        }
        sb.append('\n').append("  from: ").append(c.state()).append('\n');
        return sb.toString();
    }
}
