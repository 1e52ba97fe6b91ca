package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs jemu cannot start: one clear line on stderr naming the program and the reason, the
 * status a shell gives (127 not found, 126 found but not runnable), nothing on stdout, and never
 * a Java stack trace.
 */
class BadProgramsIT {
    @TempDir
    Path dir;

    private Outcome jemu(Path program) {
        return Guest.jemu(List.of(program.toString()), dir, null, ProgramsIT.ENV);
    }

    private static void assertOneLine(Outcome o, int status, Path program, String reason) {
        String err = o.err();
        assertEquals(status, o.status(), err);
        assertEquals("", o.out());
        assertTrue(err.startsWith("jemu: " + program + ": " + reason), err);
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    }

    private Path executable(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static byte[] hello() throws IOException {
        return Files.readAllBytes(Guest.aarch64Programs().resolve("hello"));
    }

    @Test
    void missingProgram() {
        Path p = dir.resolve("no-such-program");
        assertOneLine(jemu(p), 127, p, "No such file or directory");
    }

    @Test
    void directory() {
        assertOneLine(jemu(dir), 126, dir, "Permission denied");
    }

    @Test
    void notExecutable() throws IOException {
        Path p = dir.resolve("hello");
        Files.write(p, hello());
        assertOneLine(jemu(p), 126, p, "Permission denied");
    }

    @Test
    void notAnElf() throws IOException {
        Path p = executable("text", "just some text\n".getBytes());
        assertOneLine(jemu(p), 126, p, "Exec format error");
    }

    @Test
    void emptyFile() throws IOException {
        Path p = executable("empty", new byte[0]);
        assertOneLine(jemu(p), 126, p, "Exec format error");
    }

    @Test
    void truncatedElf() throws IOException {
        Path p = executable("truncated", Arrays.copyOf(hello(), 40));
        assertOneLine(jemu(p), 126, p, "Exec format error");
        Path q = executable("truncated-phdrs", Arrays.copyOf(hello(), 100));
        assertOneLine(jemu(q), 126, q, "Exec format error");
    }

    @Test
    void inconsistentHeaders() throws IOException {
        byte[] b = hello();
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort(54, (short) 40); // e_phentsize
        Path p = executable("bad-phentsize", b);
        assertOneLine(jemu(p), 126, p, "Exec format error");

        b = hello();
        h = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = h.getLong(32);
        h.putLong((int) phoff + 32, 1L << 40); // first p_filesz: far past the end of the file
        h.putLong((int) phoff + 40, 1L << 41);
        Path q = executable("bad-segment", b);
        assertOneLine(jemu(q), 126, q, "Exec format error");
    }

    @Test
    void programForAnotherMachine() throws IOException {
        Path x86 = Path.of("/bin/true").toRealPath();
        Path p = executable("x86-64-true", Files.readAllBytes(x86));
        assertOneLine(jemu(p), 126, p, "Exec format error");
    }
}
