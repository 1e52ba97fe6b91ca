package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own programs linked dynamically (dynamic.cases; testdata/bin/aarch64/dynamic), run against
 * Debian's arm64 libraries with {@code -L /usr/aarch64-linux-gnu} under jemu and under
 * {@code qemu-aarch64 -L}: exit status, stdout and stderr must be byte-identical. The sysroot is
 * what Debian's cross compiler packages install (libc6-arm64-cross, libstdc++6-arm64-cross).
 */
class DynamicIT {
    static final Path SYSROOT = Path.of("/usr/aarch64-linux-gnu");

    static List<Case> cases() {
        return Case.load("/dynamic.cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemu(Case c, @TempDir Path tmp) throws IOException {
        Guest.qemu();
        Guest.require(Files.exists(SYSROOT.resolve("lib/ld-linux-aarch64.so.1")),
                "no arm64 sysroot at " + SYSROOT + ": apt-get install gcc-aarch64-linux-gnu g++-aarch64-linux-gnu");
        Outcome expected = run(c, tmp.resolve("qemu"), true);
        Outcome actual = run(c, tmp.resolve("jemu"), false);
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu -L differs from qemu-aarch64 -L:\n" + d);
        }
    }

    private static Outcome run(Case c, Path dir, boolean qemu) throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        List<String> args = new ArrayList<>(List.of("-L", SYSROOT.toString()));
        for (int i = 0; i < c.words().size(); i++) {
            String w = c.words().get(i).replace("$SCRATCH", scratch.toString());
            args.add(i == 0 ? Guest.aarch64Programs().resolve("dynamic").resolve(w).toString() : w);
        }
        return qemu ? Guest.qemu(args, dir, null, ProgramsIT.ENV) : Guest.jemu(args, dir, null, ProgramsIT.ENV);
    }
}
