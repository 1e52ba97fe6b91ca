package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interactive busybox shell on a pseudo-terminal, driven like a person would
 * (pty-session.py): Ctrl-C must kill the foreground job (a command, a pipeline) and not the
 * shell. The oracle is Debian's busybox for amd64 (the same version) run natively; jemu runs
 * the arm64 one. The terminal transcripts must be identical.
 */
class TerminalIT {
    @Test
    void ctrlCReachesTheForegroundJob(@TempDir Path tmp) throws IOException {
        Path py = Guest.onPath("python3");
        Guest.require(py != null, "python3 is not on PATH: it drives the pseudo-terminal");
        Path native64 = Guest.debianCache().resolve("amd64/bin/busybox");
        Guest.require(Files.isExecutable(native64), "no amd64 busybox at " + native64
                + ": run testdata/fetch-debian.sh .cache/debian amd64 busybox-static");
        Path arm64 = BusyboxIT.busybox();
        Path script = tmp.resolve("pty-session.py");
        try (InputStream in = TerminalIT.class.getResourceAsStream("/pty-session.py")) {
            Files.copy(in, script);
        }
        Path nativeBin = links(tmp.resolve("native"), native64);
        Path armBin = links(tmp.resolve("arm64"), arm64);
        Map<String, String> env = Map.of("LANG", "C", "HOME", "/nonexistent", "PATH", "/usr/bin:/bin");
        Outcome expected = Guest.run(List.of(py.toString(), script.toString(), nativeBin.toString(),
                nativeBin.resolve("sh").toString(), "-i"),
                tmp, null, env, 60);
        Outcome actual = Guest.run(List.of(py.toString(), script.toString(), armBin.toString(), Guest.java().toString(), "-jar",
                Guest.jemuJar().toString(), armBin.resolve("sh").toString(), "-i"), tmp, null, env, 60);
        assertTrue(expected.out().contains("after-ctrl-c"), "the native session itself went wrong:\n" + expected.out());
        assertEquals(expected.out(), actual.out());
    }

    private static Path links(Path dir, Path busybox) throws IOException {
        Files.createDirectories(dir);
        for (String a : new String[] {"sh", "sleep", "cat", "echo"}) {
            Files.createSymbolicLink(dir.resolve(a), busybox);
        }
        return dir;
    }
}
