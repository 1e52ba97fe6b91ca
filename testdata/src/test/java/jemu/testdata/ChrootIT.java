package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --rootfs} against the kernel's own chroot: the same script in two identical trees, one
 * run by jemu with Debian's arm64 busybox, the other by a real {@code chroot(8)} with Debian's
 * amd64 busybox (chroot.cases). Needs root for chroot, as in CI. {@code --bind}, which chroot has
 * no word for, is checked against the expected text.
 */
class ChrootIT {
    record Script(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] APPLETS = {"sh", "cat", "ls", "pwd", "readlink", "realpath", "mkdir", "ln", "mv",
        "rm", "stat", "find", "sort", "echo"};

    static List<Script> cases() {
        try (InputStream in = ChrootIT.class.getResourceAsStream("/chroot.cases")) {
            List<Script> cases = new ArrayList<>();
            for (String block : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^=== ")) {
                if (!block.startsWith("#")) {
                    int nl = block.indexOf('\n');
                    cases.add(new Script(block.substring(0, nl).trim(), block.substring(nl + 1).strip()));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void likeChroot(Script c) throws IOException {
        // Not @TempDir: JUnit warns about every link pointing out of it, and these do on purpose.
        Path dir = Files.createTempDirectory("jemu-chroot");
        try {
            compare(c, dir);
        } finally {
            deleteTree(dir);
        }
    }

    /** Deletes a tree without following its links. */
    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void compare(Script c, Path dir) throws IOException {
        Path amd64 = Guest.debianCache().resolve("amd64/bin/busybox");
        Guest.require(Files.isExecutable(amd64), "no amd64 busybox at " + amd64
                + ": run testdata/fetch-debian.sh .cache/debian amd64 busybox-static");
        Path chroot = Guest.onPath("chroot") != null ? Guest.onPath("chroot") : Path.of("/usr/sbin/chroot");
        Guest.require(Files.isExecutable(chroot) && "0".equals(uid()), "chroot needs root");
        Path armTree = tree(dir.resolve("arm64"), BusyboxIT.busybox());
        Path amdTree = tree(dir.resolve("amd64"), amd64);
        Map<String, String> env = Map.of("PATH", "/bin", "LC_ALL", "C");

        Outcome expected = Guest.run(List.of(chroot.toString(), amdTree.toString(), "/bin/sh", "-c", c.text()),
                dir, null, env);
        // chroot(8) starts in the new root; so does the guest when the host's directory is its "/".
        Outcome actual = Guest.jemu(List.of("--rootfs", armTree.toString(), "/bin/sh", "-c", c.text()),
                armTree, null, env, 120);
        String d = actual.differenceFrom(expected);
        if (d != null) {
            fail(c.name() + ": jemu --rootfs differs from chroot:\n" + d + "jemu stderr:\n" + actual.err()
                    + "chroot stderr:\n" + expected.err());
        }
    }

    /**
     * --bind, which chroot(8) has no word for: a host directory seen at a guest path (one the tree
     * does not have, and in place of the default /tmp), written through, and read back by getcwd.
     */
    @Test
    void bindShowsHostDirectories() throws IOException {
        Path dir = Files.createTempDirectory("jemu-bind");
        try {
            Path armTree = tree(dir.resolve("arm64"), BusyboxIT.busybox());
            Files.createDirectories(armTree.resolve("var/data")); // the mount point, as for mount --bind
            Path data = Files.createDirectories(dir.resolve("host data"));
            Files.writeString(data.resolve("file"), "from the host\n");
            Path other = Files.createDirectories(dir.resolve("other"));
            Files.writeString(other.resolve("in-tmp"), "bound over /tmp\n");
            String script = "cat /var/data/file /tmp/in-tmp; cd /var/data && pwd -P && ls; echo written > /var/data/new;"
                    + " ls /var; cd /; ls -d /tmp/*";
            Outcome o = Guest.jemu(List.of("--rootfs", armTree.toString(), "--bind", data + ":/var/data", "--bind",
                    other + ":/tmp", "/bin/sh", "-c", script), armTree, null, Map.of("PATH", "/bin", "LC_ALL", "C"), 120);
            assertEquals("from the host\nbound over /tmp\n/var/data\nfile\ndata\n/tmp/in-tmp\n", o.out(), o.err());
            assertEquals(0, o.status(), o.err());
            assertEquals("written\n", Files.readString(data.resolve("new")));
        } finally {
            deleteTree(dir);
        }
    }

    /** The tree chroot.cases describes, with {@code busybox} as every program. */
    private static Path tree(Path root, Path busybox) throws IOException {
        Path bin = Files.createDirectories(root.resolve("usr/bin"));
        Files.createDirectories(root.resolve("usr/lib/dir"));
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("var"));
        Files.copy(busybox, bin.resolve("busybox"));
        for (String a : APPLETS) {
            Files.createSymbolicLink(bin.resolve(a), Path.of("busybox"));
        }
        Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
        Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\n");
        Files.writeString(root.resolve("usr/lib/dir/file"), "the file\n");
        Files.createSymbolicLink(root.resolve("etc/abs"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("etc/up"), Path.of("../../../../etc/passwd"));
        Files.createSymbolicLink(root.resolve("etc/loop"), Path.of("loop"));
        Files.createSymbolicLink(root.resolve("etc/dangling"), Path.of("/var/created"));
        return root;
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
