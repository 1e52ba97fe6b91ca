package jemu.core.a64.diff;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Assumptions;

/**
 * Differential testing against qemu-aarch64 (in the spirit of Linaro's risu): the same
 * instruction words from the same starting state, run by the harness under qemu and by jemu's
 * engine, must leave the same registers, flags, FP status, data page and signal.
 *
 * <p>Without qemu on PATH the test is skipped with a message, except under {@code CI=true},
 * where it fails: CI installs qemu-user, so a missing one is a broken setup.
 */
public final class Differential {
    private Differential() {}

    /** Cases per generator: the quick run's count, scaled by {@code -Djemu.diff.scale=N}. */
    public static int count(int quick) {
        String s = System.getProperty("jemu.diff.scale");
        return s == null ? quick : (int) Math.max(1, quick * Double.parseDouble(s));
    }

    /**
     * qemu's CPU model with every feature it emulates: the reference for the extensions that none
     * of qemu 7.2's fixed cores has all of (SHA512 and SHA3 are in max only). Cases name it with
     * {@link DiffCase#on}.
     */
    public static final String MAX = "max";

    /** A seeded source of randomness, so a failing case can be reproduced from its label. */
    public static RandomGenerator random(String name) {
        String seed = System.getProperty("jemu.diff.seed");
        return new SplittableRandom(name.hashCode() ^ (seed == null ? 0x6a656d75L : Long.parseLong(seed)));
    }

    /**
     * Builds {@code n} cases with {@code make(random, index)} and checks them against qemu.
     */
    public static void check(String name, int n, BiFunction<RandomGenerator, Integer, DiffCase> make) {
        RandomGenerator r = random(name);
        List<DiffCase> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cases.add(make.apply(r, i));
        }
        assertSameAsQemu(cases);
    }

    /** As {@link #check(String, int, BiFunction)}, every case checked against qemu's CPU model {@code cpu}. */
    public static void check(String cpu, String name, int n, BiFunction<RandomGenerator, Integer, DiffCase> make) {
        check(name, n, (r, i) -> make.apply(r, i).on(cpu));
    }

    /** A case of one instruction from a random state. */
    public static DiffCase one(String label, int insn, ArchState state, RandomGenerator r) {
        return new DiffCase(label, new int[] {insn}, state, r.nextLong());
    }

    public static void assertSameAsQemu(List<DiffCase> cases) {
        assertSameAsQemu(cases, (i, qemu) -> qemu);
    }

    /**
     * As {@link #assertSameAsQemu(List)}, with qemu's result for case {@code i} first passed through
     * {@code expected}: for the few documented places where jemu is right and qemu is not.
     */
    public static void assertSameAsQemu(List<DiffCase> cases, BiFunction<Integer, DiffResult, DiffResult> expected) {
        if (QemuHarness.qemu() == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("qemu-aarch64 is not on PATH, and CI=true requires it (.ci/run installs qemu-user)");
            }
            Assumptions.abort("qemu-aarch64 is not on PATH: differential tests skipped (install qemu-user)");
        }
        List<DiffResult> qemu;
        try {
            qemu = QemuHarness.run(cases);
        } catch (Exception e) {
            throw new AssertionError("running the harness under qemu failed: " + e.getMessage(), e);
        }
        List<DiffResult> actual;
        try (JemuRunner jemu = new JemuRunner()) {
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
            fail(mismatches + " of " + cases.size() + " cases differ from qemu-aarch64; the first:\n" + report);
        }
        tally(cases.size());
    }

    /**
     * With {@code -Djemu.diff.tally=FILE}: appends "TestClass cases" for every batch that agreed
     * with qemu, so a long run (emulator-core/diff-long-run.sh) can give its per-class counts.
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

    private static String describe(DiffCase c) {
        StringBuilder sb = new StringBuilder(c.label()).append(':');
        for (int w : c.insns()) {
            sb.append(String.format(" %08x", w));
        }
        sb.append('\n');
        ArchState s = c.state();
        sb.append("  from:");
        for (int i = 0; i < 31; i++) {
            sb.append(String.format(" x%d=%x", i, s.x[i]));
        }
        sb.append(String.format(" sp=%x nzcv=%x fpcr=%x fpsr=%x%n", s.sp, s.nzcv, s.fpcr, s.fpsr));
        sb.append("       ");
        for (int i = 0; i < 32; i++) {
            sb.append(String.format(" v%d=%016x:%016x", i, s.v[2 * i + 1], s.v[2 * i]));
        }
        sb.append('\n');
        return sb.toString();
    }
}
