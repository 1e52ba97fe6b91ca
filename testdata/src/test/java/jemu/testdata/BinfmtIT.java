package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jemu as the kernel's binfmt_misc interpreter. {@code jemu binfmt print} against qemu's magic
 * and mask; then, as root, real registrations under names of this test's own
 * ({@code jemu-test-PID-...}), each removed in a finally block (and by a shutdown hook should the
 * JVM die first), during which ARM programs are executed directly by the kernel: a static
 * program, a busybox shell script whose commands are ARM programs, argv[0] under P and without
 * it, the O flag (binary passed as AT_EXECFD) and the C flag (a set-group-ID program's
 * credentials) through a small ELF interpreter built with cc.
 * binfmt_misc is mounted if it is not, and unmounted again at the end. Without root, or if the
 * kernel refuses, the registration tests skip with the reason (they fail under CI=true).
 */
class BinfmtIT {
    static final Path MOUNT = Path.of("/proc/sys/fs/binfmt_misc");
    /** qemu's scripts/qemu-binfmt-conf.sh, aarch64_magic / arm_magic and their (shared) mask. */
    static final String AARCH64_MAGIC = "7f454c460201010000000000000000000200b700";
    static final String ARM_MAGIC = "7f454c4601010100000000000000000002002800";
    static final String MASK = "ffffffffffffff00fffffffffffffffffeffffff";

    @TempDir
    static Path dir;
    static boolean weMounted;
    /** Entries this test registered and has not yet removed. */
    static final Set<String> live = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> live.forEach(BinfmtIT::remove)));
    }

    @Test
    void printMatchesQemu() throws IOException {
        Outcome o = Guest.jemu(List.of("binfmt", "print", "--arch", "all", "--flags", "P", "--name", "x",
                "--interpreter", "/opt/jemu/bin/jemu-binfmt"), dir, null, null);
        assertEquals(0, o.status(), o.err());
        String[] lines = o.out().split("\n");
        assertEquals(2, lines.length, o.out());
        String[] a = lines[0].split(":", -1);
        String[] r = lines[1].split(":", -1);
        assertEquals(List.of("", "x-aarch64", "M", ""), List.of(a).subList(0, 4));
        assertEquals(List.of("", "x-arm", "M", ""), List.of(r).subList(0, 4));
        assertEquals(AARCH64_MAGIC, hex(unescape(a[4])));
        assertEquals(ARM_MAGIC, hex(unescape(r[4])));
        assertEquals(MASK, hex(unescape(a[5])));
        assertEquals(MASK, hex(unescape(r[5])));
        assertEquals("/opt/jemu/bin/jemu-binfmt", a[6]);
        assertEquals("P", a[7]);
        // Debian's qemu-user-binfmt ships qemu's registrations: the same bytes, where installed.
        for (String[] fields : List.of(a, r)) {
            String arch = fields[1].substring(2);
            Path conf = Path.of("/usr/lib/binfmt.d/qemu-" + arch + ".conf");
            if (Files.exists(conf)) {
                String[] q = Files.readString(conf).strip().split(":", -1);
                assertArrayEquals(unescape(q[4]), unescape(fields[4]), conf + " magic");
                assertArrayEquals(unescape(q[5]), unescape(fields[5]), conf + " mask");
            }
        }
    }

    @Test
    void usageErrors() {
        Outcome o = Guest.jemu(List.of("binfmt", "print", "--flags", "PX"), dir, null, null);
        assertEquals(2, o.status());
        assertTrue(o.err().contains("--flags may hold only P, O, C and F"), o.err());
        o = Guest.jemu(List.of("binfmt", "register", "--flags", "OP", "--interpreter", interpreter().toString()),
                dir, null, null);
        assertEquals(1, o.status());
        assertTrue(o.err().contains("need an ELF interpreter"), o.err());
    }

    /**
     * The argument convention of --binfmt-exec on its own (no kernel, no root): AT_FLAGS bit 0
     * says argv[0] follows the path; AT_EXECFD, when not -1, is the program, whatever the path says.
     */
    @Test
    void binfmtExecConvention() {
        Path busybox = BusyboxIT.busybox();
        Outcome p = Guest.jemu(List.of("--binfmt-exec", "1", "-1", busybox.toString(), "printf", "%s|", "x", "y"),
                dir, null, ProgramsIT.ENV);
        assertEquals("x|y|", p.out(), p.err());
        // Without P the first word after the path is argv[1]: busybox (argv[0] = its path) takes it as the applet.
        Outcome noP = Guest.jemu(List.of("--binfmt-exec", "0", "-1", busybox.toString(), "%s|", "x"),
                dir, null, ProgramsIT.ENV);
        assertTrue(noP.err().contains("%s|: applet not found"), noP.err());
        String jemu = Guest.java() + " -jar " + Guest.jemuJar();
        Outcome fd = Guest.run(List.of("bash", "-c", "exec 7<" + busybox + "; exec " + jemu
                + " --binfmt-exec 1 7 /nonexistent/busybox echo from fd 7"), dir, null, ProgramsIT.ENV);
        assertEquals("from fd 7\n", fd.out(), fd.err());
    }

    /** Register P, check the entry, run ARM programs directly, unregister. */
    @Test
    void registeredWithP() throws IOException {
        Path busybox = prepare();
        String name = "jemu-test-" + ProcessHandle.current().pid() + "-aarch64";
        register(name, "P", interpreter());
        try {
            String entry = Files.readString(MOUNT.resolve(name));
            assertTrue(entry.startsWith("enabled\n"), entry);
            assertTrue(entry.contains("\ninterpreter " + interpreter() + "\n"), entry);
            assertTrue(entry.contains("\nflags: P\n"), entry);
            assertTrue(entry.contains("\nmagic " + AARCH64_MAGIC + "\n"), entry);
            assertTrue(entry.contains("\nmask " + MASK + "\n"), entry);

            Outcome hello = run(List.of(Guest.aarch64Programs().resolve("hello").toString()));
            assertEquals("Hello from AArch64!\n", hello.out(), hello.err());
            assertEquals(0, hello.status());

            // A shell script for an ARM shell whose commands, a pipeline, are ARM programs too.
            Path script = dir.resolve("script.sh");
            Files.writeString(script, "#!" + busybox + " sh\necho \"$0 has $# arguments: $*\"\n"
                    + busybox + " uname -m | " + busybox + " tr a-z A-Z\nexit 3\n");
            script.toFile().setExecutable(true);
            Outcome s = run(List.of(script.toString(), "a", "b c"));
            assertEquals(script + " has 2 arguments: a b c\nAARCH64\n", s.out(), s.err());
            assertEquals(3, s.status());

            // argv[0] reaches busybox intact: a link named echo, and exec -a.
            Path echo = dir.resolve("echo");
            Files.deleteIfExists(echo);
            Files.createSymbolicLink(echo, busybox);
            Outcome viaLink = run(List.of(echo.toString(), "via", "link"));
            assertEquals("via link\n", viaLink.out(), viaLink.err());
            Outcome execA = run(List.of("bash", "-c", "exec -a printf " + busybox + " '%s|' x y"));
            assertEquals("x|y|", execA.out(), execA.err());
        } finally {
            unregister(name);
        }
        assertFalse(Files.exists(MOUNT.resolve(name)), name + " still registered");
    }

    /** Without P the kernel drops argv[0] and the path stands in for it, as under qemu. */
    @Test
    void registeredWithoutP() throws IOException {
        Path busybox = prepare();
        String name = "jemu-test-" + ProcessHandle.current().pid() + "-noP";
        register(name, "", interpreter());
        try {
            assertTrue(Files.readString(MOUNT.resolve(name)).contains("\nflags: \n"));
            Outcome o = run(List.of("bash", "-c", "exec -a printf " + busybox + " '%s|' x y"));
            assertTrue(o.err().contains("%s|: applet not found"), o.err());
            Outcome hello = run(List.of(Guest.aarch64Programs().resolve("hello").toString()));
            assertEquals("Hello from AArch64!\n", hello.out(), hello.err());
        } finally {
            unregister(name);
        }
    }

    /**
     * O: the kernel opens the program and passes it as AT_EXECFD. A #! script cannot be the
     * interpreter then (the kernel refuses a second level with an open binary), so a small ELF,
     * built here with cc, reads AT_FLAGS and AT_EXECFD and starts bin/jemu --binfmt-exec.
     */
    @Test
    void registeredWithO() throws IOException, InterruptedException {
        Path busybox = prepare();
        Path shim = elfInterpreter();
        // The program is read through the descriptor, not by its name: give it no read permission
        // (root could read it anyway, but jemu does not open it).
        Path unreadable = dir.resolve("bb-x");
        Files.copy(busybox, unreadable, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("--x--x--x"));
        String name = "jemu-test-" + ProcessHandle.current().pid() + "-O";
        register(name, "OP", shim);
        try {
            assertTrue(Files.readString(MOUNT.resolve(name)).contains("\nflags: PO\n"));
            Outcome o = run(List.of("bash", "-c", "exec -a printf " + unreadable + " '%s|' x y"));
            assertEquals("x|y|", o.out(), o.err());
            // The guest does not see the descriptor: only 0, 1, 2 and the one ls opens on /proc/self/fd.
            Outcome fds = run(List.of("bash", "-c", "exec -a ls " + unreadable + " /proc/self/fd"));
            assertEquals("0\n1\n2\n3\n", fds.out(), fds.err());
            // Without C, a set-group-ID program runs with the caller's group.
            Outcome g = run(List.of("bash", "-c", "exec -a id " + setgid(busybox) + " -g"));
            assertEquals("0\n", g.out(), g.err());
        } finally {
            unregister(name);
        }
    }

    /** C: credentials from the program (here set-group-ID nogroup), so the guest's getegid is 65534. */
    @Test
    void registeredWithC() throws IOException, InterruptedException {
        Path busybox = prepare();
        Path shim = elfInterpreter();
        Path sgid = setgid(busybox);
        String name = "jemu-test-" + ProcessHandle.current().pid() + "-C";
        register(name, "CP", shim);
        try {
            assertTrue(Files.readString(MOUNT.resolve(name)).contains("\nflags: POC\n"));
            Outcome g = run(List.of("bash", "-c", "exec -a id " + sgid + " -g; "));
            assertEquals("65534\n", g.out(), g.err());
            Outcome rg = run(List.of("bash", "-c", "exec -a id " + sgid + " -rg"));
            assertEquals("0\n", rg.out(), rg.err());
        } finally {
            unregister(name);
        }
    }

    /** A copy of busybox, set-group-ID with group 65534 (nogroup). */
    static Path setgid(Path busybox) throws IOException {
        Path p = dir.resolve("bb-sgid");
        if (!Files.exists(p)) {
            Files.copy(busybox, p);
            Files.setAttribute(p, "unix:gid", 65534);
            Files.setAttribute(p, "unix:mode", 02755);
        }
        return p;
    }

    /** The O and C tests' interpreter: an ELF (see registeredWithO), built once with cc. */
    static synchronized Path elfInterpreter() throws IOException, InterruptedException {
        Path shim = dir.resolve("jemu-binfmt-elf");
        if (Files.exists(shim)) {
            return shim;
        }
        Path cc = Guest.onPath("cc");
        Guest.require(cc != null, "no cc on PATH to build the ELF interpreter of the O and C tests");
        Path src = dir.resolve("shim.c");
        Files.writeString(src, SHIM);
        Process p = new ProcessBuilder(cc.toString(), "-O", "-DJEMU=\"" + interpreter().resolveSibling("jemu") + "\"",
                "-o", shim.toString(), src.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "cc failed");
        return shim;
    }

    @AfterAll
    static void unmount() throws Exception {
        live.forEach(BinfmtIT::remove);
        unmountIfOurs(dir);
    }

    /** Unmounts binfmt_misc if {@link #mount} mounted it (this class or BundleIT). */
    static synchronized void unmountIfOurs(Path cwd) {
        if (weMounted) {
            Outcome o = Guest.run(List.of("umount", MOUNT.toString()), cwd, null, null, 60);
            assertEquals(0, o.status(), "umount " + MOUNT + ": " + o.err());
            weMounted = false;
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Reads AT_FLAGS and AT_EXECFD and runs bin/jemu --binfmt-exec (sh -p: keep setuid/setgid credentials). */
    static final String SHIM = """
                #include <errno.h>
                #include <stdio.h>
                #include <stdlib.h>
                #include <sys/auxv.h>
                #include <unistd.h>
                int main(int argc, char **argv) {
                    char flags[32], fd[32];
                    snprintf(flags, sizeof flags, "%lu", getauxval(AT_FLAGS));
                    errno = 0;
                    unsigned long e = getauxval(AT_EXECFD);
                    snprintf(fd, sizeof fd, "%ld", errno == 0 ? (long) e : -1L);
                    char **a = calloc(argc + 6, sizeof *a);
                    int n = 0;
                    a[n++] = "/bin/sh"; a[n++] = "-p"; a[n++] = JEMU; a[n++] = "--binfmt-exec"; a[n++] = flags; a[n++] = fd;
                    for (int i = 1; i < argc; i++) a[n++] = argv[i];
                    execv("/bin/sh", a);
                    perror("execv");
                    return 127;
                }
                """;


    /** Root, binfmt_misc mounted (by us if need be), busybox; else skip (or fail under CI). */
    static synchronized Path prepare() throws IOException {
        mount();
        Path copy = dir.resolve("busybox");
        if (!Files.exists(copy)) {
            Files.copy(BusyboxIT.busybox(), copy);
        }
        return copy;
    }

    /** Root, and binfmt_misc mounted (by us if need be); else skip (or fail under CI). */
    static synchronized void mount() throws IOException {
        Guest.require("0".equals(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))),
                "binfmt_misc registrations need root");
        if (!Files.exists(MOUNT.resolve("register"))) {
            try {
                int rc = new ProcessBuilder("mount", "-t", "binfmt_misc", "binfmt_misc", MOUNT.toString())
                        .inheritIO().start().waitFor();
                weMounted = rc == 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Guest.require(Files.exists(MOUNT.resolve("register")), "the kernel does not let us mount binfmt_misc");
        }
    }

    static Path interpreter() {
        return Guest.jemuJar().getParent().resolve("../../bin/jemu-binfmt").normalize();
    }

    static void register(String name, String flags, Path interpreter) {
        register(name, flags, interpreter, dir);
    }

    static void register(String name, String flags, Path interpreter, Path cwd) {
        assertFalse(Files.exists(MOUNT.resolve(name)), name + " exists already");
        live.add(name);
        Outcome o = Guest.jemu(List.of("binfmt", "register", "--name", name, "--flags", flags,
                "--interpreter", interpreter.toString()), cwd, null, null);
        assertEquals(0, o.status(), o.err());
        assertTrue(Files.exists(MOUNT.resolve(name)), name + " not registered: " + o.out());
    }

    static void unregister(String name) {
        unregister(name, dir);
    }

    static void unregister(String name, Path cwd) {
        Outcome o = Guest.jemu(List.of("binfmt", "unregister", "--name", name), cwd, null, null);
        if (o.status() != 0) {
            remove(name);
        }
        live.remove(name);
    }

    /** Removes an entry of ours directly, whatever state jemu is in. */
    static void remove(String name) {
        try {
            if (Files.exists(MOUNT.resolve(name))) {
                Files.writeString(MOUNT.resolve(name), "-1");
            }
        } catch (IOException e) {
            System.err.println("BinfmtIT: cannot remove " + name + ": " + e.getMessage());
        }
    }

    /** Runs a command directly (the kernel picks jemu for ARM programs), with the JDK and jar of this build. */
    static Outcome run(List<String> cmd) {
        Map<String, String> env = new HashMap<>(ProgramsIT.ENV);
        env.put("PATH", "/usr/bin:/bin");
        env.put("JEMU_JAVA", Guest.java().toString());
        env.put("JEMU_JAR", Guest.jemuJar().toString());
        return Guest.run(cmd, dir, null, env, 120);
    }

    /** binfmt_misc's magic syntax: \xHH escapes and literal characters. */
    static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\\' && i + 3 < b.length && b[i + 1] == 'x') {
                out.write(HexFormat.fromHexDigits(s, i + 2, i + 4));
                i += 3;
            } else {
                out.write(b[i]);
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
