package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code jemu bundle} (issue 7, acceptance 3): a bundle copied to /jemu in a copy of the Debian
 * arm64 root filesystem, where no other file is x86-64, runs {@code sh -c}, pipelines, apt and
 * dpkg under a real {@code chroot(8)} with no /proc mounted (so the launcher finds the bundle
 * from its --prefix); cross-build-start makes that root's own /bin/sh run through jemu, and
 * cross-build-end restores it; and the bundle's binfmt launcher registered with the F flag runs
 * the root's programs directly. Needs root for chroot and a C compiler for the launcher.
 */
class BundleIT {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL", "C");
    private static final int EM_X86_64 = 62;

    private static Path dir, bundle, root, chroot;

    /**
     * The bundle ({@code --prefix /jemu}), and a copy of the arm64 root filesystem with the bundle
     * at /jemu: made once for the tests of this class.
     */
    private static synchronized void prepare() throws IOException {
        if (root != null) {
            return;
        }
        Path rootfs = Guest.rootfs();
        chroot = Guest.onPath("chroot") != null ? Guest.onPath("chroot") : Path.of("/usr/sbin/chroot");
        Guest.require(Files.isExecutable(chroot) && "0".equals(uid()), "chroot needs root");
        Guest.require(Guest.onPath("cc") != null, "no C compiler (cc) for the bundle's launcher");
        dir = Files.createTempDirectory("jemu-bundle");
        bundle = dir.resolve("bundle");
        Outcome made = Guest.run(List.of(Guest.java().toString(), "-jar", Guest.jemuJar().toString(),
                "bundle", "--output", bundle.toString(), "--prefix", "/jemu"), dir, null, null);
        assertEquals(0, made.status(), made.err());
        Path r = dir.resolve("root");
        assertEquals(0, Guest.run(List.of("cp", "-a", rootfs.toString(), r.toString()), dir, null, null).status());
        assertEquals(0, Guest.run(List.of("cp", "-a", bundle.toString(), r.resolve("jemu").toString()), dir, null, null).status());
        root = r;
    }

    @AfterAll
    static void cleanUp() {
        BinfmtIT.unmountIfOurs(Path.of("/"));
        if (dir != null) {
            Guest.run(List.of("rm", "-rf", dir.toString()), Path.of("/"), null, null);
        }
    }

    @Test
    void runsInsideAnArm64RootWithNoOtherX86File() throws IOException {
        prepare();
        // Anywhere on the host: the launcher finds its bundle from /proc/self/exe.
        Outcome relocated = Guest.run(List.of(bundle.resolve("bin/jemu").toString(), "--rootfs", Guest.rootfs().toString(),
                "/bin/sh", "-c", "echo relocated | cat"), dir, null, ENV);
        assertEquals("relocated\n", relocated.out(), relocated.err());

        assertEquals(List.of(), x86Files(root), "x86-64 files outside /jemu");

        Outcome pipeline = chroot(chroot, root, "/jemu/bin/jemu", "/bin/sh", "-c", "echo hi | cat; ls / | head -3");
        assertEquals("hi\nbin\nboot\ndev\n", pipeline.out(), pipeline.err());
        // The launcher's loader options and _JAVA_SR_SIGNUM stay out of the guest's environment.
        Outcome env = chroot(chroot, root, "/jemu/bin/jemu", "/usr/bin/env");
        assertEquals(java.util.Set.of("PATH=" + ENV.get("PATH"), "LC_ALL=C"), java.util.Set.copyOf(env.out().lines().toList()),
                env.err());
        Outcome dpkg = chroot(chroot, root, "/jemu/bin/jemu", "/bin/sh", "-c",
                "apt-get --version | head -1 && dpkg -l | head -5 && dpkg -l | grep -c '^ii'");
        assertEquals(0, dpkg.status(), dpkg.err());
        List<String> lines = dpkg.out().lines().toList();
        assertEquals("apt 2.6.1 (arm64)", lines.get(0));
        assertTrue(lines.get(1).startsWith("Desired=Unknown/Install/Remove/Purge/Hold"), dpkg.out());
        assertTrue(Integer.parseInt(lines.get(6)) > 50, dpkg.out());

        Path sh = root.resolve("usr/bin/sh");
        assertEquals(Path.of("dash"), Files.readSymbolicLink(sh));
        Outcome start = chroot(chroot, root, "/jemu/bin/cross-build-start");
        assertEquals(0, start.status(), start.err());
        assertEquals(Path.of("/jemu/bin/sh-shim"), Files.readSymbolicLink(sh));
        // The root's own /bin/sh, started by the kernel: the shim runs dash under jemu, and
        // so does a nested sh, with argv[0] kept.
        Outcome shim = chroot(chroot, root, "/bin/sh", "-c", "uname -m; echo ok; sh -c 'echo nested $0'");
        assertEquals("aarch64\nok\nnested sh\n", shim.out(), shim.err());
        Outcome end = chroot(chroot, root, "/jemu/bin/cross-build-end");
        assertEquals(0, end.status(), end.err());
        assertEquals(Path.of("dash"), Files.readSymbolicLink(sh));
        assertTrue(Files.notExists(root.resolve("usr/bin/sh.real"), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * qemu-user-static's role: the bundle's bin/jemu-binfmt registered with the F flag (the kernel
     * opens it now, from the host) and POC, then ARM programs of the root run directly by the
     * kernel inside chroot(8), where the host path of the interpreter does not exist: the launcher
     * finds the bundle at its prefix, /jemu, and the program arrives as a descriptor (O).
     */
    @Test
    void isTheBinfmtInterpreterOfARootWithFlagF() throws IOException {
        prepare();
        BinfmtIT.mount();
        String name = "jemu-test-" + ProcessHandle.current().pid() + "-F";
        BinfmtIT.register(name, "POCF", bundle.resolve("bin/jemu-binfmt"), dir);
        try {
            assertTrue(Files.readString(BinfmtIT.MOUNT.resolve(name)).contains("\nflags: POCF\n"));
            Outcome o = chroot(chroot, root, "/bin/sh", "-c",
                    "uname -m; echo $0; echo hi | cat; dpkg -l | grep -c '^ii' >/dev/null && echo dpkg");
            assertEquals("aarch64\n/bin/sh\nhi\ndpkg\n", o.out(), o.err());
        } finally {
            BinfmtIT.unregister(name, dir);
        }
    }

    private static Outcome chroot(Path chroot, Path root, String... cmd) {
        return Guest.run(Stream.concat(Stream.of(chroot.toString(), root.toString()), Stream.of(cmd)).toList(),
                root, null, ENV, 120);
    }

    /** Regular files under {@code root}, outside /jemu, that are x86-64 ELF files. */
    private static List<String> x86Files(Path root) throws IOException {
        Path bundle = root.resolve("jemu");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.startsWith(bundle))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(BundleIT::isX86Elf).map(p -> "/" + root.relativize(p)).toList();
        }
    }

    private static boolean isX86Elf(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] h = in.readNBytes(20);
            return h.length == 20 && h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F'
                    && (h[18] & 0xff | (h[19] & 0xff) << 8) == EM_X86_64;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
