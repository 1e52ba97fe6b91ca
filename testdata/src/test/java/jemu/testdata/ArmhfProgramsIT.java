package jemu.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProgramsIT} for AArch32: our own programs built for armhf (testdata/bin/armhf) under jemu
 * and under qemu-arm: exit status, stdout and stderr must be byte-identical. Cases:
 * armhf-programs.cases.
 */
class ArmhfProgramsIT {
    static List<Case> cases() {
        return Case.load("/armhf-programs.cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemuArm(Case c, @TempDir Path tmp) throws IOException {
        Guest.qemuArm();
        ProgramsIT.compare(c, tmp, Guest.armhfPrograms(), List.of(), true);
    }
}
