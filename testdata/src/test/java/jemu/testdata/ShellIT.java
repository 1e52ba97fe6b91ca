package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's busybox shell (arm64) forking, exec'ing and piping ARM programs under jemu, compared
 * with what Linux prints (shell.cases). After every case no process of the run may be left: the
 * test JVM is a child subreaper, so orphans the guest left behind would become its children.
 */
class ShellIT {
    record ShellCase(String name, int status, String script, String stdout) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] APPLETS = {"sh", "echo", "cat", "tr", "date", "sleep", "kill", "yes", "head",
        "seq", "sort", "xargs", "wc", "test", "true", "false", "pwd", "chmod", "printf", "env", "ls"};

    /** A case forks a few JVMs at most: a minute means it hangs. */
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path bin;

    static List<ShellCase> cases() {
        return parse(Case.text("/shell.cases"), "shell.cases");
    }

    /**
     * The cases of {@code all}: blocks {@code === NAME [status N]}, script lines, {@code ---},
     * expected stdout up to the next block. What precedes the first block (the file's header,
     * starting with #) is skipped.
     */
    static List<ShellCase> parse(String all, String where) {
        List<ShellCase> cases = new ArrayList<>();
        for (String block : all.split("(?m)^=== ")) {
            if (block.startsWith("#")) {
                continue; // the file's header
            }
            int nl = block.indexOf('\n');
            String[] head = block.substring(0, nl).trim().split("\\s+");
            String body = block.substring(nl + 1);
            int sep = body.indexOf("---\n");
            if (sep < 0) {
                throw new IllegalArgumentException(where + ": " + head[0] + " has no ---");
            }
            int status = head.length == 3 && head[1].equals("status") ? Integer.parseInt(head[2]) : 0;
            cases.add(new ShellCase(head[0], status, body.substring(0, sep), body.substring(sep + 4)));
        }
        return cases;
    }

    @BeforeAll
    static void links() throws IOException {
        Path busybox = BusyboxIT.busybox();
        Files.createSymbolicLink(bin.resolve("busybox"), busybox);
        for (String a : APPLETS) {
            Files.createSymbolicLink(bin.resolve(a), busybox);
        }
        Subreaper.become();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void likeLinux(ShellCase c, @TempDir Path scratch) {
        Set<Long> before = children();
        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("PATH", bin.toString());
        env.put("BIN", bin.toString());
        env.put("TESTBIN", Guest.aarch64Programs().toString());
        String script = c.script().endsWith("\n") ? c.script().substring(0, c.script().length() - 1) : c.script();
        Outcome o = Guest.jemu(List.of(bin.resolve("sh").toString(), "-c", script), scratch, null, env, TIMEOUT_SECONDS);
        String d = Outcome.firstDifference("stdout", o.stdout(), c.stdout().getBytes(StandardCharsets.UTF_8));
        if (d != null || o.status() != c.status()) {
            fail(c.name() + ": status " + o.status() + " (expected " + c.status() + ")\n" + (d == null ? "" : d)
                    + "stderr:\n" + o.err());
        }
        assertEquals(Set.of(), strays(before), c.name() + " left processes behind");
    }

    static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** Children of this JVM that were not there before, given a moment to finish exiting; then killed. */
    static Set<Long> strays(Set<Long> before) {
        Set<Long> now = Set.of();
        for (int i = 0; i < 50; i++) {
            now = ProcessHandle.current().children().filter(p -> !before.contains(p.pid()))
                    .map(ProcessHandle::pid).filter(pid -> !Subreaper.reapIfExited(pid)).collect(Collectors.toSet());
            if (now.isEmpty()) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Set<Long> left = now;
        ProcessHandle.current().children().filter(p -> left.contains(p.pid())).forEach(ProcessHandle::destroyForcibly);
        return now;
    }
}
