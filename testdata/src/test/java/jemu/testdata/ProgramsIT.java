package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own static AArch64 programs (testdata/src, built into testdata/bin/aarch64) under jemu and
 * under qemu-aarch64: exit status, stdout and stderr must be byte-identical. Cases:
 * programs.cases, where the first word names a program in bin/aarch64 and {@code $SCRATCH} is
 * an empty directory of the run's own.
 */
class ProgramsIT {
    static List<Case> cases() {
        return Case.load("/programs.cases");
    }

    /** The environment both runs get: small and fixed, so that it cannot explain a difference. */
    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LANG", "C", "HOME", "/nonexistent");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemu(Case c, @TempDir Path tmp) throws IOException {
        Guest.qemu();
        compare(c, tmp, Guest.aarch64Programs(), List.of());
    }

    /**
     * Runs case {@code c} (its program in {@code programs}) under qemu-aarch64 and under jemu,
     * both given {@code options} first, and fails with the first difference.
     */
    static void compare(Case c, Path tmp, Path programs, List<String> options) throws IOException {
        compare(c, tmp, programs, options, false);
    }

    /** As {@link #compare(Case, Path, Path, List)}; with {@code armhf}, qemu-arm is the oracle. */
    static void compare(Case c, Path tmp, Path programs, List<String> options, boolean armhf) throws IOException {
        Outcome expected = run(c, tmp.resolve("qemu"), programs, options, true, armhf);
        Outcome actual = run(c, tmp.resolve("jemu"), programs, options, false, armhf);
        String d = actual.differenceFrom(armhf ? Oracles.asJemuWouldSayForArm(c.name(), expected) : Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu " + String.join(" ", options) + " differs from " + (armhf ? "qemu-arm" : "qemu-aarch64")
                    + ":\n" + d);
        }
    }

    private static Outcome run(Case c, Path dir, Path programs, List<String> options, boolean qemu, boolean armhf)
            throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        List<String> args = new ArrayList<>(options);
        for (int i = 0; i < c.words().size(); i++) {
            String w = c.words().get(i).replace("$SCRATCH", scratch.toString());
            args.add(i == 0 ? programs.resolve(w).toString() : w);
        }
        byte[] stdin = c.stdinFile() == null ? null : Files.readAllBytes(programs.resolve(c.stdinFile()));
        if (!qemu) {
            return Guest.jemu(args, dir, stdin, ENV);
        }
        return armhf ? Guest.qemuArm(args, dir, stdin, ENV) : Guest.qemu(args, dir, stdin, ENV);
    }
}
