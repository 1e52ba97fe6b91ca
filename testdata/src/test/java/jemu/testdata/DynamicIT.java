package jemu.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        ProgramsIT.compare(c, tmp, Guest.aarch64Programs().resolve("dynamic"), List.of("-L", SYSROOT.toString()));
    }
}
