package jemu.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DynamicIT} for AArch32: the same cases (dynamic.cases) on our programs linked dynamically
 * for armhf (testdata/bin/armhf/dynamic, /lib/ld-linux-armhf.so.3), run against Debian's armhf
 * libraries with {@code -L /usr/arm-linux-gnueabihf} under jemu and under {@code qemu-arm -L}.
 */
class ArmhfDynamicIT {
    static final Path SYSROOT = Path.of("/usr/arm-linux-gnueabihf");

    static List<Case> cases() {
        return DynamicIT.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemuArm(Case c, @TempDir Path tmp) throws IOException {
        Guest.qemuArm();
        Guest.require(Files.exists(SYSROOT.resolve("lib/ld-linux-armhf.so.3")),
                "no armhf sysroot at " + SYSROOT + ": apt-get install gcc-arm-linux-gnueabihf g++-arm-linux-gnueabihf");
        ProgramsIT.compare(c, tmp, Guest.armhfPrograms().resolve("dynamic"), List.of("-L", SYSROOT.toString()), true);
    }
}
