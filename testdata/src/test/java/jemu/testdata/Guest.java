package jemu.testdata;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs guest programs the way users do: {@code java -jar cli/target/jemu.jar PROGRAM ARGS}, and
 * the oracle {@code qemu-aarch64 PROGRAM ARGS}, each as a separate process with its exit status
 * and byte-exact output.
 */
public final class Guest {
    private Guest() {}

    static final boolean CI = "true".equals(System.getenv("CI"));
    private static final long TIMEOUT_SECONDS = 300;

    public static Path jemuJar() {
        return Path.of(System.getProperty("jemu.jar", "../cli/target/jemu.jar")).toAbsolutePath().normalize();
    }

    /** The directory of our own AArch64 test programs. */
    public static Path aarch64Programs() {
        return Path.of(System.getProperty("jemu.testdata", ".")).resolve("bin/aarch64").toAbsolutePath().normalize();
    }

    /** The directory of our own armhf (ARMv7-A, hard float) test programs. */
    public static Path armhfPrograms() {
        return Path.of(System.getProperty("jemu.testdata", ".")).resolve("bin/armhf").toAbsolutePath().normalize();
    }

    /** Where testdata/fetch-debian.sh unpacked Debian packages. */
    public static Path debianCache() {
        return Path.of(System.getProperty("jemu.debian.cache", "../.cache/debian")).toAbsolutePath().normalize();
    }

    /**
     * The Debian bookworm arm64 root filesystem testdata/make-rootfs.sh builds (complete: the
     * script writes its stamp last); the test is skipped, or fails under CI, when it is not there.
     */
    public static Path rootfs() {
        return rootfs("arm64", System.getProperty("jemu.rootfs", "../.cache/rootfs/rootfs-arm64"));
    }

    /** As {@link #rootfs()}, the Debian bookworm armhf root filesystem. */
    public static Path armhfRootfs() {
        return rootfs("armhf", System.getProperty("jemu.rootfs.armhf", "../.cache/rootfs/rootfs-armhf"));
    }

    private static Path rootfs(String arch, String path) {
        Path r = Path.of(path).toAbsolutePath().normalize();
        require(Files.isExecutable(r.resolve("usr/bin/bash")) && Files.exists(r.resolveSibling(r.getFileName() + ".stamp")),
                "no Debian " + arch + " root filesystem at " + r + ": run testdata/make-rootfs.sh .cache/rootfs " + arch);
        return r;
    }

    /** A host program on PATH, or null. */
    public static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Skips the test with {@code why} when {@code ok} is false, except under CI=true, where the
     * missing piece is a broken setup and the test fails.
     */
    public static void require(boolean ok, String why) {
        if (!ok) {
            if (CI) {
                fail(why + " (CI=true: .ci/run should have provided it)");
            }
            Assumptions.abort(why);
        }
    }

    public static Path qemu() {
        Path q = onPath("qemu-aarch64");
        require(q != null, "qemu-aarch64 is not on PATH: install qemu-user to compare with it");
        return q;
    }

    /** qemu-arm, the oracle for armhf guests. */
    public static Path qemuArm() {
        Path q = onPath("qemu-arm");
        require(q != null, "qemu-arm is not on PATH: install qemu-user to compare with it");
        return q;
    }

    /** The java that runs jemu.jar: this JVM's own, a JDK 25. */
    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    public static Outcome jemu(List<String> args, Path cwd, byte[] stdin, Map<String, String> env) {
        return jemu(args, cwd, stdin, env, TIMEOUT_SECONDS);
    }

    public static Outcome jemu(List<String> args, Path cwd, byte[] stdin, Map<String, String> env, long timeoutSeconds) {
        List<String> cmd = new ArrayList<>(List.of(java().toString(), "-jar", jemuJar().toString()));
        cmd.addAll(args);
        return run(cmd, cwd, stdin, env, timeoutSeconds);
    }

    public static Outcome qemu(List<String> args, Path cwd, byte[] stdin, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of(qemu().toString()));
        cmd.addAll(args);
        return run(cmd, cwd, stdin, env);
    }

    /** {@code qemu-arm ARGS}: the oracle for armhf guests. */
    public static Outcome qemuArm(List<String> args, Path cwd, byte[] stdin, Map<String, String> env) {
        List<String> cmd = new ArrayList<>(List.of(qemuArm().toString()));
        cmd.addAll(args);
        return run(cmd, cwd, stdin, env);
    }

    public static Outcome run(List<String> cmd, Path cwd, byte[] stdin, Map<String, String> env) {
        return run(cmd, cwd, stdin, env, TIMEOUT_SECONDS);
    }

    /** Runs {@code cmd}; a run that outlives {@code timeoutSeconds} is killed with all its descendants and fails. */
    public static Outcome run(List<String> cmd, Path cwd, byte[] stdin, Map<String, String> env, long timeoutSeconds) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            if (stdin != null) {
                try (var in = p.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // The guest may exit without reading all of its input.
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("timed out after " + timeoutSeconds + " s: " + String.join(" ", cmd));
            }
            return new Outcome(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, r -> Thread.ofPlatform().daemon().start(r));
    }
}
