package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jemu command line: options, where they stop, and what reaches the guest. */
class CliIT {
    @TempDir
    Path dir;

    private Outcome jemu(String... args) {
        return Guest.jemu(List.of(args), dir, null, ProgramsIT.ENV);
    }

    private static String program(String name) {
        return Guest.aarch64Programs().resolve(name).toString();
    }

    @Test
    void help() {
        Outcome o = jemu("--help");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().startsWith("Usage: jemu"), o.out());
        for (String option : List.of("-L", "-0", "-E", "-U", "--strace", "--version", "--help")) {
            assertTrue(o.out().contains(option), option + " missing from:\n" + o.out());
        }
        assertEquals("", o.err());
    }

    @Test
    void version() {
        Outcome o = jemu("--version");
        assertEquals(0, o.status());
        assertTrue(o.out().startsWith("jemu "), o.out());
        assertEquals("", o.err());
    }

    @Test
    void usageErrors() {
        Outcome o = jemu("--no-such-option", program("hello"));
        assertEquals(2, o.status());
        assertTrue(o.err().contains("Unknown option"), o.err());
        assertTrue(o.err().contains("Usage: jemu"), o.err());
        assertEquals("", o.out());
        Outcome none = jemu();
        assertEquals(2, none.status());
        assertTrue(none.err().contains("PROGRAM"), none.err());
        Outcome dangling = jemu("-L");
        assertEquals(2, dangling.status());
        assertFalse(dangling.err().contains("\tat "), dangling.err());
    }

    @Test
    void everythingAfterTheProgramBelongsToTheGuest() {
        Outcome o = jemu(program("hello"), "--help", "-L", "x", "--", "--version");
        assertEquals("Hello from AArch64!\nargv[1] = --help\nargv[2] = -L\nargv[3] = x\nargv[4] = --\n"
                + "argv[5] = --version\n", o.out());
        assertEquals(3, o.status());
        assertEquals("", o.err());
        Outcome dashdash = jemu("--", program("hello"), "-0");
        assertEquals("Hello from AArch64!\nargv[1] = -0\n", dashdash.out());
    }

    @Test
    void exitStatusIsTheGuests() {
        assertEquals(42, jemu(program("fault"), "exit").status());
        assertEquals(7, jemu(program("tiny")).status());
        assertEquals(0, jemu(program("hello")).status());
    }

    @Test
    void argv0AndEnvironment() {
        Path busybox = BusyboxIT.busybox();
        Outcome echo = jemu("-0", "echo", busybox.toString(), "dispatched", "on", "argv0");
        assertEquals("dispatched on argv0\n", echo.out(), echo.err());

        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("DROP_ME", "1");
        env.put("KEEP_ME", "2");
        Outcome o = Guest.jemu(List.of("-E", "ADDED=yes", "-U", "DROP_ME", "-E", "KEEP_ME=changed", busybox.toString(),
                "env"), dir, null, env);
        String out = o.out();
        assertTrue(out.contains("ADDED=yes\n"), out);
        assertTrue(out.contains("KEEP_ME=changed\n"), out);
        assertFalse(out.contains("DROP_ME"), out);
        assertFalse(out.contains("KEEP_ME=2"), out);
        assertTrue(out.contains("PATH=/usr/bin:/bin\n"), out);
    }

    @Test
    void straceGoesToStderr() {
        Outcome o = jemu("--strace", program("tiny"));
        assertEquals("tiny: no libc here\n", o.out());
        assertEquals(7, o.status());
        assertTrue(o.err().contains("write(1,"), o.err());
        assertTrue(o.err().contains("exit(7)"), o.err());
    }

    @Test
    void sysrootPrefix() throws IOException {
        Path busybox = BusyboxIT.busybox();
        Path sysroot = Files.createDirectories(dir.resolve("sysroot/etc"));
        Files.writeString(sysroot.resolve("jemu-probe.txt"), "found in the sysroot\n");
        Outcome o = jemu("-L", dir.resolve("sysroot").toString(), busybox.toString(), "cat", "/etc/jemu-probe.txt");
        assertEquals("found in the sysroot\n", o.out(), o.err());

        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("JEMU_LD_PREFIX", dir.resolve("sysroot").toString());
        Outcome viaEnv = Guest.jemu(List.of(busybox.toString(), "cat", "/etc/jemu-probe.txt"), dir, null, env);
        assertEquals("found in the sysroot\n", viaEnv.out(), viaEnv.err());

        // Paths missing from the sysroot fall back to the host's.
        Outcome fallback = jemu("-L", dir.resolve("sysroot").toString(), busybox.toString(), "cat", "/proc/self/comm");
        assertEquals(0, fallback.status(), fallback.err());
    }
}
