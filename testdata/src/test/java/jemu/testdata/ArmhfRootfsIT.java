package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RootfsIT} for AArch32: the Debian bookworm armhf system (testdata/make-rootfs.sh
 * .cache/rootfs armhf, {@link Guest#armhfRootfs()}) with {@code jemu --rootfs}, on the same
 * rootfs.cases read for armhf: {@code aarch64-linux-gnu} (the multiarch directory) becomes
 * {@code arm-linux-gnueabihf} and {@code arm64} (dpkg's architecture) {@code armhf}.
 * Single-process cases are compared with {@code qemu-arm -L ROOT}, the others with the expected text.
 */
class ArmhfRootfsIT {
    static Path base;

    /** A rootfs.cases text as the armhf tree has it. */
    static String forArmhf(String s) {
        return s.replace("aarch64-linux-gnu", "arm-linux-gnueabihf").replace("arm64", "armhf");
    }

    static List<Case> qemuCases() {
        String all = forArmhf(Case.text("/rootfs.cases"));
        int blocks = all.indexOf("\n=== ");
        return Case.parse(blocks < 0 ? all : all.substring(0, blocks + 1), "rootfs.cases");
    }

    static List<ShellIT.ShellCase> textCases() {
        return ShellIT.parse(forArmhf(Case.text("/rootfs.cases")), "rootfs.cases");
    }

    @BeforeAll
    static void base() throws IOException {
        base = Files.createTempDirectory(Path.of("/tmp"), "jemu-rootfs-armhf-");
        Subreaper.become();
    }

    @AfterAll
    static void clean() throws IOException {
        if (base != null) {
            RootfsIT.delete(base);
        }
    }

    /** qemu-arm -L ROOT -0 PROGRAM ROOT/PROGRAM ARGS: the same argv as the jemu run. */
    static Outcome qemu(Path root, List<String> argv, Path cwd, byte[] stdin) {
        List<String> args = new ArrayList<>(List.of("-L", root.toString(), "-0", argv.get(0), root + argv.get(0)));
        args.addAll(argv.subList(1, argv.size()));
        return Guest.qemuArm(args, cwd, stdin, RootfsIT.ENV);
    }

    /**
     * Cases where qemu-arm 7.2 -L fails on this tree, so the oracle is the same case in the arm64
     * tree under qemu-aarch64, its output read for armhf ({@link #forArmhf}): perl cannot find
     * List/Util.pm (exit 2) and apt-cache says "Cache is out of sync" (exit 100), and python's
     * json traceback shows the pure-Python scanner, its C accelerator having failed to load.
     */
    static final Set<String> QEMU_ARM_FAILS = Set.of("perl", "apt-cache-policy", "python3-traceback");

    @ParameterizedTest(name = "{0}")
    @MethodSource("qemuCases")
    void sameAsQemuArm(Case c) throws IOException {
        Path root = Guest.armhfRootfs();
        Guest.qemuArm();
        if (!c.words().get(0).startsWith("/")) {
            throw new IllegalArgumentException(c.name() + ": the program is a path inside the root filesystem");
        }
        Path dir = base.resolve(c.name());
        Outcome expected = QEMU_ARM_FAILS.contains(c.name()) ? fromArm64(c, dir) : qemu(root, c.words(), RootfsIT.fresh(dir), stdin(c, dir));
        Outcome actual = RootfsIT.jemu(root, c.words(), RootfsIT.fresh(dir), stdin(c, dir));
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu --rootfs differs from qemu-arm -L:\n" + d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCases")
    void likeDebian(ShellIT.ShellCase c) throws IOException {
        Path root = Guest.armhfRootfs();
        Set<Long> before = ShellIT.children();
        String script = c.script().endsWith("\n") ? c.script().substring(0, c.script().length() - 1) : c.script();
        Outcome o = RootfsIT.jemu(root, List.of("/usr/bin/bash", "-c", script), RootfsIT.fresh(base.resolve(c.name())),
                null);
        String d = Outcome.firstDifference("stdout", o.stdout(), c.stdout().getBytes(StandardCharsets.UTF_8));
        if (d != null || o.status() != c.status()) {
            fail(c.name() + ": status " + o.status() + " (expected " + c.status() + ")\n" + (d == null ? "" : d)
                    + "stderr:\n" + o.err());
        }
        assertEquals(Set.of(), ShellIT.strays(before), c.name() + " left processes behind");
    }

    /** The arm64 case of the same name under qemu-aarch64 -L, in the arm64 tree, its output read for armhf. */
    private static Outcome fromArm64(Case armhf, Path dir) throws IOException {
        Case c = RootfsIT.qemuCases().stream().filter(k -> k.name().equals(armhf.name())).findFirst().orElseThrow();
        Guest.qemu();
        Path arm64Dir = base.resolve(c.name() + "-arm64");
        Outcome q = RootfsIT.qemu(Guest.rootfs(), c.words(), RootfsIT.fresh(arm64Dir), stdin(c, arm64Dir));
        return new Outcome(q.status(), forArmhf(new String(q.stdout(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1),
                forArmhf(new String(q.stderr(), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] stdin(Case c, Path dir) throws IOException {
        return c.stdinFile() == null ? null : Files.readAllBytes(dir.resolve(c.stdinFile()));
    }
}
