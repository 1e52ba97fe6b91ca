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
 * Debian's busybox-static for arm64 — a real program nobody here wrote — running its applets
 * under jemu and under qemu-aarch64 on inputs of a megabyte and more: exit status, stdout and
 * stderr must be byte-identical, error cases included. Cases: busybox.cases, run in a directory
 * holding the generated inputs ({@link Inputs}); no case writes to it. That directory sits one
 * level inside the temporary directory, so `ls -la` shows a `..` nobody else touches (under /tmp
 * itself, its time and link count change between the qemu run and the jemu run).
 */
class BusyboxIT {
    @TempDir
    static Path scratch;
    static Path inputs;

    static List<Case> cases() {
        return Case.load("/busybox.cases");
    }

    static Path busybox() {
        Path b = Guest.debianCache().resolve("arm64/bin/busybox");
        Guest.require(Files.isExecutable(b), "no arm64 busybox at " + b
                + ": run testdata/fetch-debian.sh .cache/debian arm64 busybox-static");
        return b;
    }

    @BeforeAll
    static void writeInputs() throws IOException {
        inputs = Files.createDirectory(scratch.resolve("inputs"));
        Inputs.writeAll(inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemu(Case c) throws IOException {
        Path busybox = busybox();
        Guest.qemu();
        List<String> args = new ArrayList<>(c.words());
        if (!args.get(0).equals("busybox")) {
            throw new IllegalArgumentException(c.name() + ": a busybox case starts with 'busybox'");
        }
        args.set(0, busybox.toString());
        byte[] stdin = c.stdinFile() == null ? null : Files.readAllBytes(inputs.resolve(c.stdinFile()));
        Outcome expected = Guest.qemu(args, inputs, stdin, ProgramsIT.ENV);
        Outcome actual = Guest.jemu(args, inputs, stdin, ProgramsIT.ENV);
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu differs from qemu-aarch64:\n" + d);
        }
    }
}
