package jemu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jemu bundle --output DIR}: a directory that runs jemu with nothing from outside it, so it
 * can be copied into a foreign-architecture root file system that has no x86-64 file at all:
 *
 * <pre>
 * DIR/bin/jemu                 the launcher (static x86-64 ELF, jemu-launcher.c)
 * DIR/bin/sh-shim              the launcher as /bin/sh: jemu -0 ARGV0 /bin/sh.real ARGS...
 * DIR/bin/cross-build-start    /bin/sh -> /bin/sh.real, /bin/sh -> DIR/bin/sh-shim
 * DIR/bin/cross-build-end      and back
 * DIR/bin/jemu-binfmt          the launcher as binfmt_misc interpreter (any of the flags POCF)
 * DIR/lib/jemu.jar             this jar
 * DIR/lib/ld-linux-x86-64.so.2 the host's dynamic loader, and the C libraries the runtime needs
 * DIR/runtime/                 a jlink'ed Java runtime; bin/java is the launcher as plain java,
 *                              bin/java.real the JDK's
 * </pre>
 *
 * The launcher is compiled here, at bundle time, with the host's C compiler ({@code -static}):
 * the bundle is made from the host's files anyway (its loader, its libc, its JDK's jlink), and
 * the Maven build stays pure Java.
 */
@Command(name = "jemu bundle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a self-contained jemu to DIR (Java runtime, dynamic loader, C libraries, static "
            + "launcher), to be copied into a foreign-architecture root file system at PREFIX.", ""},
        footer = {"", "Then: chroot ROOTFS PREFIX/bin/jemu /bin/sh -c '...'",
            "or PREFIX/bin/cross-build-start / cross-build-end around Dockerfile RUN lines."})
final class BundleCommand implements Callable<Integer> {
    /** What jemu.jar needs: {@code jdeps --print-module-deps cli/target/jemu.jar} says java.base only. */
    static final String MODULES = "java.base";

    /** Launcher roles: the JEMU_ROLE numbers of jemu-launcher.c, and where each binary goes. */
    private static final Map<String, Integer> ROLES = Map.of("bin/jemu", 0, "runtime/bin/java", 1, "bin/sh-shim", 2,
            "bin/cross-build-start", 3, "bin/cross-build-end", 4, "bin/jemu-binfmt", 5);

    private static final Pattern LDD_LINE = Pattern.compile("^\\s*(\\S+)(?:\\s+=>\\s+(\\S+))?\\s+\\(0x[0-9a-f]+\\)\\s*$");

    @Option(names = {"--output", "-o"}, required = true, paramLabel = "DIR", description = "Where to write the bundle (must not exist).")
    Path output;

    @Option(names = "--prefix", paramLabel = "PREFIX", defaultValue = "/jemu",
            description = "Where the bundle will live inside the root file system (default: ${DEFAULT-VALUE}); "
                    + "used when /proc is not mounted there.")
    String prefix;

    @Option(names = "--cc", paramLabel = "CC", defaultValue = "cc",
            description = "C compiler for the static launcher (default: ${DEFAULT-VALUE}).")
    String cc;

    @Override
    public Integer call() throws Exception {
        if (!prefix.startsWith("/") || prefix.contains("\"") || prefix.contains("\\")) {
            throw new IllegalArgumentException("--prefix must be an absolute path: " + prefix);
        }
        if (Files.exists(output)) {
            throw new IllegalArgumentException(output + " exists");
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path jlink = javaHome.resolve("bin/jlink");
        if (!Files.isExecutable(jlink)) {
            throw new IllegalArgumentException("no jlink in " + javaHome + ": run jemu bundle on a JDK, not a JRE");
        }
        Path jar = runningJar();
        Path launchers = Files.createTempDirectory("jemu-launchers");
        try {
            compileLaunchers(launchers); // first: a missing compiler fails in a second, not after jlink
            Path runtime = output.resolve("runtime");
            Files.createDirectories(output.resolve("bin"));
            Files.createDirectories(output.resolve("lib"));
            run(List.of(jlink.toString(), "--add-modules", MODULES, "--strip-debug", "--no-man-pages",
                    "--no-header-files", "--generate-cds-archive", "--output", runtime.toString()));
            Files.deleteIfExists(runtime.resolve("bin/keytool"));
            Files.move(runtime.resolve("bin/java"), runtime.resolve("bin/java.real"));
            Files.copy(jar, output.resolve("lib/jemu.jar"));
            copyLibraries(runtime, output.resolve("lib"));
            for (String role : ROLES.keySet()) {
                Files.move(launchers.resolve(role.replace('/', '_')), output.resolve(role));
            }
        } catch (Exception | Error e) {
            deleteTree(output); // it did not exist: leave no half-made bundle
            throw e;
        } finally {
            deleteTree(launchers);
        }
        System.out.println("jemu bundle: " + output + " (to be placed at " + prefix + ")");
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The jar this class was loaded from. */
    private static Path runningJar() throws URISyntaxException {
        Path p = Path.of(BundleCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("jemu bundle must run from jemu.jar, not from " + p);
        }
        return p;
    }

    /**
     * The dynamic loader and every library that ldd finds for the runtime's ELF files, copied
     * (links followed) under their sonames. glibc 2.34+ has nss_files inside libc.so.6, so user
     * and group lookups need no dlopen'ed module.
     */
    private static void copyLibraries(Path runtime, Path lib) throws IOException, InterruptedException {
        Map<String, Path> needed = new TreeMap<>();
        List<Path> elves;
        try (Stream<Path> s = Files.walk(runtime)) {
            elves = s.filter(Files::isRegularFile).filter(BundleCommand::isElf).toList();
        }
        for (Path elf : elves) {
            for (String line : output(List.of("ldd", elf.toString())).split("\n")) {
                Matcher m = LDD_LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String name = m.group(1), where = m.group(2);
                if (where == null && name.startsWith("/") && name.contains("ld-linux")) {
                    needed.put("ld-linux-x86-64.so.2", Path.of(name));
                } else if (where != null && where.startsWith("/") && !where.startsWith(runtime.toAbsolutePath().toString())) {
                    needed.put(name, Path.of(where));
                }
            }
        }
        if (!needed.containsKey("ld-linux-x86-64.so.2")) {
            throw new IllegalStateException("ldd did not name the x86-64 dynamic loader");
        }
        // glibc dlopens libgcc_s for thread cancellation and unwinding; ldd cannot see that.
        for (Path extra : List.of(Path.of("/lib/x86_64-linux-gnu/libgcc_s.so.1"), Path.of("/usr/lib/x86_64-linux-gnu/libgcc_s.so.1"))) {
            if (Files.exists(extra)) {
                needed.putIfAbsent("libgcc_s.so.1", extra);
                break;
            }
        }
        for (Map.Entry<String, Path> e : needed.entrySet()) {
            Path to = lib.resolve(e.getKey());
            Files.copy(e.getValue().toRealPath(), to, StandardCopyOption.COPY_ATTRIBUTES);
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isElf(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 0x7f && b[1] == 'E' && b[2] == 'L' && b[3] == 'F';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One static launcher per role, from jemu-launcher.c (a resource of this jar), into {@code dir} as bin_jemu... */
    private void compileLaunchers(Path dir) throws IOException, InterruptedException {
        Path src = dir.resolve("jemu-launcher.c");
        try (InputStream in = BundleCommand.class.getResourceAsStream("jemu-launcher.c")) {
            Files.copy(in, src);
        }
        for (Map.Entry<String, Integer> role : ROLES.entrySet()) {
            try {
                run(List.of(cc, "-static", "-O2", "-s", "-Wall", "-DJEMU_ROLE=" + role.getValue(),
                        "-DJEMU_PREFIX=\"" + prefix + "\"", "-o", dir.resolve(role.getKey().replace('/', '_')).toString(),
                        src.toString()));
            } catch (IOException e) {
                throw new IOException(e.getMessage() + ": the launcher needs a C compiler with a static libc (gcc, libc6-dev; see --cc)", e);
            }
        }
    }

    /** Runs a tool quietly (jlink's CDS step warns about classes outside java.base); its output only on failure. */
    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + cmd.get(0), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + ": exit status " + p.exitValue() + "\n" + out.strip());
        }
    }

    private static String output(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** The command's own picocli entry: {@code jemu bundle ARGS}. */
    static int main(String[] args) {
        picocli.CommandLine cl = new picocli.CommandLine(new BundleCommand());
        cl.setExecutionExceptionHandler((e, line, result) -> {
            System.err.println("jemu bundle: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }
}
