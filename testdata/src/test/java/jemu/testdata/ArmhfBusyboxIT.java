package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BusyboxIT} for AArch32: Debian's busybox-static for armhf running the same applets
 * (busybox.cases) under jemu and under qemu-arm; exit status, stdout and stderr byte-identical.
 */
class ArmhfBusyboxIT {
    @TempDir
    static Path scratch;
    static Path inputs;

    static List<Case> cases() {
        return BusyboxIT.cases();
    }

    static Path busybox() {
        Path b = Guest.debianCache().resolve("armhf/bin/busybox");
        Guest.require(Files.isExecutable(b), "no armhf busybox at " + b
                + ": run testdata/fetch-debian.sh .cache/debian armhf busybox-static");
        return b;
    }

    @BeforeAll
    static void writeInputs() throws IOException {
        inputs = Files.createDirectory(scratch.resolve("inputs"));
        Inputs.writeAll(inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemuArm(Case c) throws IOException {
        Path busybox = busybox();
        Guest.qemuArm();
        List<String> args = new ArrayList<>(c.words());
        if (!args.get(0).equals("busybox")) {
            throw new IllegalArgumentException(c.name() + ": a busybox case starts with 'busybox'");
        }
        args.set(0, busybox.toString());
        byte[] stdin = c.stdinFile() == null ? null : Files.readAllBytes(inputs.resolve(c.stdinFile()));
        Outcome expected = Guest.qemuArm(args, inputs, stdin, ProgramsIT.ENV);
        Outcome actual = Guest.jemu(args, inputs, stdin, ProgramsIT.ENV);
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu differs from qemu-arm:\n" + d);
        }
    }
}
