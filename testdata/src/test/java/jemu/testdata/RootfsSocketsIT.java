package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AF_UNIX socket paths under {@code --rootfs}: the guest binds /run/server.sock, which must be
 * created inside the root, and sees that name back from getsockname and getpeername. The
 * oracle is qemu-aarch64 running the same program on the host's spelling of the directory;
 * the program prints paths relative to the directory it was given, so both print the same.
 */
class RootfsSocketsIT {
    @TempDir
    Path tmp;

    /** The unix-stream case under qemu on a plain directory, then under jemu in {@code root} as /run. */
    private Outcome[] run(Path root) throws IOException {
        Guest.qemu();
        Path program = Guest.aarch64Programs().resolve("sockets");
        Files.createDirectories(root.resolve("run"));
        Files.copy(program, root.resolve("sockets"));
        Path plain = Files.createDirectories(tmp.resolve("qemu/run"));
        Outcome expected = Guest.qemu(List.of(program.toString(), "unix-stream", plain.toString()), tmp, null,
                ProgramsIT.ENV);
        Outcome actual = Guest.jemu(List.of("--rootfs", root.toString(), "/sockets", "unix-stream", "/run"), tmp, null,
                ProgramsIT.ENV);
        // The datagram socket the program leaves behind is a socket file inside the root.
        BasicFileAttributes a = Files.readAttributes(root.resolve("run/dgram.sock"), BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        assertTrue(a.isOther(), "run/dgram.sock inside the root is a socket");
        return new Outcome[] {expected, actual};
    }

    @Test
    void socketPathsAreInsideTheRoot() throws IOException {
        Outcome[] o = run(Files.createDirectories(tmp.resolve("root")));
        String d = o[1].differenceFrom(o[0]);
        if (d != null) {
            fail("jemu --rootfs differs from qemu-aarch64 on the host's directory:\n" + d);
        }
    }

    /**
     * A root so deep that its host paths do not fit sun_path (108 bytes): jemu binds and
     * connects through an O_PATH descriptor of the directory, and the guest still sees
     * /run/server.sock from its own getsockname. (A peer in another process sees the server's
     * spelling, /proc/self/fd/N/server.sock: that one line is not compared.)
     */
    @Test
    void socketPathsLongerThanSunPath() throws IOException {
        Outcome[] o = run(Files.createDirectories(tmp.resolve("d".repeat(60)).resolve("e".repeat(60))));
        assertEquals(withoutPeerName(o[0].out()), withoutPeerName(o[1].out()), o[1].err());
        assertEquals(o[0].status(), o[1].status());
    }

    private static String withoutPeerName(String out) {
        return out.replaceAll("(?m)^child getpeername:.*\n", "");
    }
}
