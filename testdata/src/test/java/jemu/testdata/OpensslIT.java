package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's arm64 openssl (packages openssl and libssl3, unpacked by testdata/fetch-debian.sh)
 * hashing and encrypting megabytes under jemu and under qemu-aarch64, both with
 * {@code -L /usr/aarch64-linux-gnu} and libcrypto found through LD_LIBRARY_PATH: exit status,
 * stdout and stderr must be byte-identical. OpenSSL chooses its code from AT_HWCAP, so this is
 * the Cryptographic Extension (AES, PMULL, SHA1, SHA2) and SHA512/SHA3 in a real program's hot
 * loops. Cases: openssl.cases, run in a directory of {@link Inputs}.
 */
class OpensslIT {
    @TempDir
    static Path scratch;
    static Path inputs;

    static List<Case> cases() {
        return Case.load("/openssl.cases");
    }

    @BeforeAll
    static void writeInputs() throws IOException {
        inputs = Files.createDirectory(scratch.resolve("inputs"));
        Inputs.writeAll(inputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsQemu(Case c) throws IOException {
        Path root = Guest.debianCache().resolve("arm64");
        Path openssl = root.resolve("usr/bin/openssl"), libs = root.resolve("usr/lib/aarch64-linux-gnu");
        Guest.require(Files.isExecutable(openssl) && Files.exists(libs.resolve("libcrypto.so.3")),
                "no arm64 openssl at " + openssl + ": run testdata/fetch-debian.sh .cache/debian arm64 openssl libssl3");
        Guest.qemu();
        Guest.require(Files.exists(DynamicIT.SYSROOT.resolve("lib/ld-linux-aarch64.so.1")),
                "no arm64 sysroot at " + DynamicIT.SYSROOT + ": apt-get install gcc-aarch64-linux-gnu");
        List<String> args = new ArrayList<>(List.of("-L", DynamicIT.SYSROOT.toString()));
        args.addAll(c.words());
        if (!c.words().get(0).equals("openssl")) {
            throw new IllegalArgumentException(c.name() + ": an openssl case starts with 'openssl'");
        }
        args.set(2, openssl.toString());
        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("LD_LIBRARY_PATH", libs.toString());
        Outcome expected = Guest.qemu(args, inputs, null, env);
        Outcome actual = Guest.jemu(args, inputs, null, env);
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu differs from qemu-aarch64:\n" + d);
        }
    }
}
