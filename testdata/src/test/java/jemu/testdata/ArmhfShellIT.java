package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ShellIT} for AArch32: Debian's busybox sh for armhf forking, exec'ing and piping our armhf
 * programs ($TESTBIN is testdata/bin/armhf) under jemu, compared with what Linux prints
 * (shell.cases). Left out: proc-cpuinfo-is-arm, whose expected text is an arm64 kernel's
 * /proc/cpuinfo (an AArch32 process sees the 32-bit features and, on an ARMv7 kernel,
 * "CPU architecture: 7").
 */
class ArmhfShellIT {
    private static final Set<String> ARM64_ONLY = Set.of("proc-cpuinfo-is-arm");

    private static final String[] APPLETS = {"sh", "echo", "cat", "tr", "date", "sleep", "kill", "yes", "head",
        "seq", "sort", "xargs", "wc", "test", "true", "false", "pwd", "chmod", "printf", "env", "ls"};

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path bin;

    static List<ShellIT.ShellCase> cases() {
        return ShellIT.cases().stream().filter(c -> !ARM64_ONLY.contains(c.name())).toList();
    }

    @BeforeAll
    static void links() throws IOException {
        Path busybox = ArmhfBusyboxIT.busybox();
        Files.createSymbolicLink(bin.resolve("busybox"), busybox);
        for (String a : APPLETS) {
            Files.createSymbolicLink(bin.resolve(a), busybox);
        }
        Subreaper.become();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void likeLinux(ShellIT.ShellCase c, @TempDir Path scratch) {
        Set<Long> before = ShellIT.children();
        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("PATH", bin.toString());
        env.put("BIN", bin.toString());
        env.put("TESTBIN", Guest.armhfPrograms().toString());
        String script = c.script().endsWith("\n") ? c.script().substring(0, c.script().length() - 1) : c.script();
        Outcome o = Guest.jemu(List.of(bin.resolve("sh").toString(), "-c", script), scratch, null, env, TIMEOUT_SECONDS);
        String d = Outcome.firstDifference("stdout", o.stdout(), c.stdout().getBytes(StandardCharsets.UTF_8));
        if (d != null || o.status() != c.status()) {
            fail(c.name() + ": status " + o.status() + " (expected " + c.status() + ")\n" + (d == null ? "" : d)
                    + "stderr:\n" + o.err());
        }
        assertEquals(Set.of(), ShellIT.strays(before), c.name() + " left processes behind");
    }
}
