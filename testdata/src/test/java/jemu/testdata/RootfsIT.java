package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Debian bookworm arm64 system (testdata/make-rootfs.sh, {@link Guest#rootfs()}) run with
 * {@code jemu --rootfs}: its own bash, coreutils, tar, gzip, xz, python3, perl, sqlite3, dpkg and
 * apt on their own libraries and package database (rootfs.cases). Single-process cases must be
 * byte-identical (stdout, stderr, exit status) with {@code qemu-aarch64 -L ROOT} running the same
 * program with the same argv, cwd and environment; cases whose programs exec other ARM programs
 * (qemu-user cannot, without binfmt_misc) must print the expected text written in the file.
 *
 * <p>Each case runs in a fresh directory under /tmp (which the guest sees as its /tmp) holding the
 * inputs {@link #writeInputs} writes, all with fixed times and modes; the qemu run and the jemu
 * run of a case use the same path, emptied and rewritten in between.
 */
class RootfsIT {
    /**
     * The environment every run gets: small and fixed. PYTHONDONTWRITEBYTECODE because under
     * qemu -L an absolute symlink in the tree (sitecustomize.py) resolves on the host, so python
     * would find that .pyc stale and rewrite it into the shared tree.
     */
    static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LANG", "C", "HOME", "/nonexistent",
            "PYTHONDONTWRITEBYTECODE", "1");

    /** A case forks and execs a few dozen guest processes at most: ten minutes means it hangs. */
    private static final long TIMEOUT_SECONDS = 600;

    static Path base;

    static List<Case> qemuCases() {
        String all = Case.text("/rootfs.cases");
        int blocks = all.indexOf("\n=== ");
        return Case.parse(blocks < 0 ? all : all.substring(0, blocks + 1), "rootfs.cases");
    }

    static List<ShellIT.ShellCase> textCases() {
        return ShellIT.parse(Case.text("/rootfs.cases"), "rootfs.cases");
    }

    @BeforeAll
    static void base() throws IOException {
        base = Files.createTempDirectory(Path.of("/tmp"), "jemu-rootfs-");
        Subreaper.become();
    }

    @AfterAll
    static void clean() throws IOException {
        if (base != null) {
            delete(base);
        }
    }

    /** jemu --rootfs ROOT PROGRAM ARGS, PROGRAM a path inside ROOT: the one place this test starts jemu. */
    static Outcome jemu(Path root, List<String> argv, Path cwd, byte[] stdin) {
        List<String> args = new ArrayList<>(List.of("--rootfs", root.toString()));
        args.addAll(argv);
        return Guest.jemu(args, cwd, stdin, ENV, TIMEOUT_SECONDS);
    }

    /** qemu-aarch64 -L ROOT -0 PROGRAM ROOT/PROGRAM ARGS: the same argv as the jemu run. */
    static Outcome qemu(Path root, List<String> argv, Path cwd, byte[] stdin) {
        List<String> args = new ArrayList<>(List.of("-L", root.toString(), "-0", argv.get(0), root + argv.get(0)));
        args.addAll(argv.subList(1, argv.size()));
        return Guest.qemu(args, cwd, stdin, ENV);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("qemuCases")
    void sameAsQemu(Case c) throws IOException {
        Path root = Guest.rootfs();
        Guest.qemu();
        if (!c.words().get(0).startsWith("/")) {
            throw new IllegalArgumentException(c.name() + ": the program is a path inside the root filesystem");
        }
        Path dir = base.resolve(c.name());
        Outcome expected = qemu(root, c.words(), fresh(dir), stdin(c, dir));
        Outcome actual = jemu(root, c.words(), fresh(dir), stdin(c, dir));
        String d = actual.differenceFrom(Oracles.asJemuWouldSay(expected));
        if (d != null) {
            fail(c.name() + ": jemu --rootfs differs from qemu-aarch64 -L:\n" + d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCases")
    void likeDebian(ShellIT.ShellCase c) throws IOException {
        Path root = Guest.rootfs();
        Set<Long> before = ShellIT.children();
        String script = c.script().endsWith("\n") ? c.script().substring(0, c.script().length() - 1) : c.script();
        Outcome o = jemu(root, List.of("/usr/bin/bash", "-c", script), fresh(base.resolve(c.name())), null);
        String d = Outcome.firstDifference("stdout", o.stdout(), c.stdout().getBytes(StandardCharsets.UTF_8));
        if (d != null || o.status() != c.status()) {
            fail(c.name() + ": status " + o.status() + " (expected " + c.status() + ")\n" + (d == null ? "" : d)
                    + "stderr:\n" + o.err());
        }
        assertEquals(Set.of(), ShellIT.strays(before), c.name() + " left processes behind");
    }

    private static byte[] stdin(Case c, Path dir) throws IOException {
        return c.stdinFile() == null ? null : Files.readAllBytes(dir.resolve(c.stdinFile()));
    }

    /** {@code dir}, emptied if it exists, with the inputs written in it. */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            delete(dir);
        }
        Files.createDirectories(dir);
        writeInputs(dir);
        return dir;
    }

    static void delete(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    private static final String[] WORDS = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "Iota", "kappa", "lambda", "mu",
        "emulator", "qemu", "java", "arm", "aarch64", "debian", "bookworm", "kernel", "syscall", "pipe", "fork",
        "Exec", "42", "-7", "3.14", "x86", "le", "la", "the", "a", "of", "to", "in"
    };

    static final Instant TIME = Instant.parse("2024-01-02T03:04:05Z");
    static final Instant OLDER = Instant.parse("2023-06-07T08:09:10Z");

    /**
     * The cases' inputs, the same bytes, modes and times on every run (fixed seeds and times;
     * directories' times set after their contents):
     * <pre>
     * small.txt    one..five, a line each         words.txt  3000 lines of words (~25 KB)
     * data.csv     300 rows word,number,decimal  queries.sql  SQL for sqlite3
     * sums.txt     sha256sum -c input, one right and one wrong line
     * text.gz      words.txt gzipped              in.tar     ustar: arc/hello.txt, arc/sub/n.txt, arc/l -> hello.txt
     * tree/        a.txt, run.sh (0755), link -> a.txt, b/c.txt (older), b/d.bin (5000 random bytes), e/ (empty)
     * </pre>
     */
    static void writeInputs(Path dir) throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        Files.writeString(dir.resolve("small.txt"), "one\ntwo\nthree\nfour\nfive\n");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            int n = 1 + r.nextInt(6);
            for (int j = 0; j < n; j++) {
                words.append(j == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            words.append('\n');
        }
        byte[] wordBytes = words.toString().getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("words.txt"), wordBytes);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            csv.append(WORDS[r.nextInt(WORDS.length)]).append(',').append(r.nextInt(1000)).append(',')
                    .append(r.nextInt(100000) / 100).append('.').append(String.format("%02d", r.nextInt(100))).append('\n');
        }
        Files.writeString(dir.resolve("data.csv"), csv);
        Files.writeString(dir.resolve("queries.sql"), """
                create table t(word text, n integer, x real);
                .mode csv
                .import data.csv t
                .mode list
                select count(*), count(distinct word), sum(n), round(avg(x), 3) from t;
                select word, count(*), max(n) from t group by word order by 2 desc, 1 limit 5;
                create index tw on t(word);
                select group_concat(n, '+') from (select n from t where word = 'qemu' order by n);
                """);
        Files.writeString(dir.resolve("sums.txt"), sha256Hex("one\ntwo\nthree\nfour\nfive\n".getBytes(StandardCharsets.US_ASCII))
                + "  small.txt\n" + "0".repeat(64) + "  words.txt\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(wordBytes);
        }
        Files.write(dir.resolve("text.gz"), gz.toByteArray());
        Files.write(dir.resolve("in.tar"), ustar());

        Path tree = Files.createDirectory(dir.resolve("tree"));
        Path b = Files.createDirectory(tree.resolve("b"));
        Path e = Files.createDirectory(tree.resolve("e"));
        Files.writeString(tree.resolve("a.txt"), "alpha\n");
        Files.writeString(tree.resolve("run.sh"), "#!/usr/bin/bash\necho run\n");
        Files.writeString(b.resolve("c.txt"), "gamma\ndelta\nepsilon\n");
        byte[] bin = new byte[5000];
        r.nextBytes(bin);
        Files.write(b.resolve("d.bin"), bin);
        Files.createSymbolicLink(tree.resolve("link"), Path.of("a.txt"));
        for (Path p : List.of(dir.resolve("small.txt"), dir.resolve("words.txt"), dir.resolve("data.csv"),
                dir.resolve("queries.sql"), dir.resolve("sums.txt"), dir.resolve("text.gz"), dir.resolve("in.tar"),
                tree.resolve("a.txt"), b.resolve("c.txt"), b.resolve("d.bin"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
            setTime(p, TIME);
        }
        Files.setPosixFilePermissions(tree.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        setTime(tree.resolve("run.sh"), TIME);
        setTime(b.resolve("c.txt"), OLDER);
        setTime(tree.resolve("link"), TIME);
        for (Path d : List.of(e, b, tree, dir)) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            setTime(d, TIME);
        }
    }

    private static void setTime(Path p, Instant t) throws IOException {
        FileTime ft = FileTime.from(t);
        Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(ft, ft, null);
    }

    private static String sha256Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POSIX ustar archive: arc/, arc/hello.txt, arc/sub/, arc/sub/n.txt, arc/l -> hello.txt. */
    static byte[] ustar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long mtime = TIME.getEpochSecond();
        ustarEntry(out, "arc/", '5', 0755, mtime, "", new byte[0]);
        ustarEntry(out, "arc/hello.txt", '0', 0644, mtime, "", "hello from a tar\n".getBytes(StandardCharsets.US_ASCII));
        ustarEntry(out, "arc/sub/", '5', 0750, mtime - 86400, "", new byte[0]);
        ustarEntry(out, "arc/sub/n.txt", '0', 0600, mtime - 86400, "", "1\n2\n3\n".getBytes(StandardCharsets.US_ASCII));
        ustarEntry(out, "arc/l", '2', 0777, mtime, "hello.txt", new byte[0]);
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void ustarEntry(ByteArrayOutputStream out, String name, char type, int mode, long mtime,
            String link, byte[] data) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, String.format("%07o", mode));
        put(h, 108, String.format("%07o", 1000));
        put(h, 116, String.format("%07o", 1000));
        put(h, 124, String.format("%011o", data.length));
        put(h, 136, String.format("%011o", mtime));
        h[156] = (byte) type;
        put(h, 157, link);
        put(h, 257, "ustar");
        put(h, 263, "00");
        put(h, 265, "jemu");
        put(h, 297, "test");
        put(h, 148, "        ");
        int sum = 0;
        for (byte x : h) {
            sum += x & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        out.writeBytes(h);
        out.writeBytes(data);
        out.writeBytes(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    /** Writes the inputs into DIR, to check an expected text by hand: {@code java -cp test-classes jemu.testdata.RootfsIT DIR}. */
    public static void main(String[] args) throws IOException {
        writeInputs(Files.createDirectories(Path.of(args[0])));
    }
}
