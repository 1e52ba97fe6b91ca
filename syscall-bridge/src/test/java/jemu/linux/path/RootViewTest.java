package jemu.linux.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jemu.linux.Errno;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;

/**
 * Lookups inside a root file system on a real directory tree: ".." stops at the root, absolute
 * links mean the root's own files, links are expanded as the kernel would (last component only
 * when the call follows it), bound host directories are the host's, and host paths read back
 * as the guest's.
 */
class RootViewTest {
    /** Not @TempDir: JUnit warns about every link pointing out of it, and these do on purpose. */
    Path dir;
    Path root;
    Path outside;
    RootView view;
    final Host host = new Host();

    @BeforeEach
    void tree() throws Exception {
        dir = Files.createTempDirectory("jemu-rootview").toRealPath();
        root = Files.createDirectories(dir.resolve("root"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(root.resolve("usr/bin"));
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("mnt/data"));
        Files.writeString(root.resolve("etc/passwd"), "guest");
        Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
        Files.writeString(root.resolve("usr/bin/sh"), "sh");
        Files.createSymbolicLink(root.resolve("usr/bin/abs"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("etc/up"), Path.of("../../../../etc/passwd"));
        Files.createSymbolicLink(root.resolve("etc/loop"), Path.of("loop"));
        Files.createSymbolicLink(root.resolve("etc/dangling"), Path.of("/nowhere/file"));
        Files.createSymbolicLink(root.resolve("etc/toproc"), Path.of("../proc/self"));
        Files.createSymbolicLink(root.resolve("etc/data"), Path.of("/data"));
        view = RootView.of(PathConfig.rootfs(root.toString(), List.of(outside + ":/data")));
    }

    @AfterEach
    void removeTree() throws Exception {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private String host(String guest, boolean follow) {
        return view.toHost(guest, follow, host);
    }

    @Test
    void plainPathsAreTheRootsOwn() {
        assertEquals(root + "/etc/passwd", host("/etc/passwd", true));
        assertEquals(root + "/", host("/", true));
        assertEquals(root + "/no/such/file", host("/no/such/file", true));
    }

    @Test
    void dotDotStopsAtTheRoot() {
        assertEquals(root + "/etc/passwd", host("/../../etc/passwd", true));
        assertEquals(root + "/", host("/usr/../..", true));
        assertEquals(root + "/etc/passwd", host("/etc/up", true));
    }

    @Test
    void linksAreExpandedInsideTheRoot() {
        assertEquals(root + "/usr/bin/sh", host("/bin/sh", true));
        assertEquals(root + "/etc/passwd", host("/bin/abs", true));
        assertEquals(root + "/usr/bin/abs", host("/bin/abs", false), "the last component is not followed");
        assertEquals(root + "/usr/bin/sh", host("//bin/./sh", false));
        assertEquals(root + "/usr/bin/", host("/bin/", false), "a trailing slash follows");
        assertEquals(root + "/nowhere/file", host("/etc/dangling", true), "creating through a dangling link");
    }

    @Test
    void linkLoopsAreEloop() {
        SyscallException e = assertThrows(SyscallException.class, () -> host("/etc/loop", true));
        assertEquals(Errno.ELOOP, e.errno);
        assertEquals(root + "/etc/loop", host("/etc/loop", false));
    }

    @Test
    void boundDirectoriesAreTheHosts() {
        assertEquals("/proc/self/maps", host("/proc/self/maps", true));
        assertEquals("/proc/self", host("/etc/toproc", true));
        assertEquals(outside + "/x", host("/data/x", true));
        assertEquals(outside + "/x", host("/etc/data/x", true));
        assertEquals(root + "/etc/passwd", host("/tmp/../etc/passwd", true), "leaving a bind with ..");
        assertEquals(root + "/mnt/data", host("/mnt/data", true));
    }

    @Test
    void aRootWhoseNameIsNotAscii() throws Exception {
        Path unicode = Files.createDirectories(dir.resolve("r\u00f6\u00f6t/usr/bin"));
        Files.createSymbolicLink(unicode.getParent().getParent().resolve("bin"), Path.of("usr/bin"));
        RootView v = RootView.of(PathConfig.rootfs(unicode.getParent().getParent().toString(), List.of()));
        // Lookups speak bytes: the result is the UTF-8 path, one char per byte.
        String expected = new String((unicode + "/sh").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(expected, v.toHost("/bin/sh", true, host));
        assertEquals("/usr/bin/sh", v.toGuest(expected));
    }

    @Test
    void hostPathsReadBackAsTheGuests() {
        assertEquals("/", view.toGuest(root.toString()));
        assertEquals("/etc/passwd", view.toGuest(root + "/etc/passwd"));
        assertEquals("/data/x", view.toGuest(outside + "/x"));
        assertEquals("/proc/1/maps", view.toGuest("/proc/1/maps"));
        assertNull(view.toGuest("/usr/lib"), "outside the root and every bind");
        // The test's directory is under /tmp, which the guest sees as the host's /tmp.
        assertEquals(dir + "/rootx", view.toGuest(dir + "/rootx"), "a sibling whose name starts like the root");
    }
}
