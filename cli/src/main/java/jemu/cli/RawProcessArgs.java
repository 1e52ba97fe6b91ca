package jemu.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jemu.core.host.HostFiles;

/**
 * The command-line arguments and environment of this process as the kernel holds them: raw
 * bytes. Java decodes both with the locale's charset (ASCII under LANG=C), which would mangle a
 * guest's non-ASCII file names; the guest must see exactly what it was given.
 */
final class RawProcessArgs {
    private RawProcessArgs() {}

    /** NUL-separated entries of a /proc file, or null if it cannot be read. */
    static List<byte[]> read(String procFile) {
        int fd = HostFiles.openReadOnly(procFile.getBytes(StandardCharsets.US_ASCII));
        if (fd < 0) {
            return null;
        }
        try {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            long offset = 0;
            while (true) {
                byte[] chunk = HostFiles.pread(fd, 65536, offset);
                if (chunk == null) {
                    return null;
                }
                if (chunk.length == 0) {
                    break;
                }
                all.write(chunk, 0, chunk.length);
                offset += chunk.length;
            }
            byte[] b = all.toByteArray();
            List<byte[]> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    out.add(java.util.Arrays.copyOfRange(b, start, i));
                    start = i + 1;
                }
            }
            if (start < b.length) {
                out.add(java.util.Arrays.copyOfRange(b, start, b.length));
            }
            return out;
        } finally {
            HostFiles.close(fd);
        }
    }

    /**
     * The raw bytes of {@code args} (the JVM's decoded main arguments): the last entries of
     * /proc/self/cmdline, accepted only if they decode back to the same strings.
     */
    static List<byte[]> arguments(String[] args) {
        List<byte[]> cmdline = read("/proc/self/cmdline");
        if (cmdline != null && cmdline.size() >= args.length) {
            List<byte[]> tail = cmdline.subList(cmdline.size() - args.length, cmdline.size());
            boolean same = true;
            for (int i = 0; i < args.length && same; i++) {
                same = decode(tail.get(i)).equals(args[i]);
            }
            if (same) {
                return new ArrayList<>(tail);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * The environment this process started with, raw, less what belongs to the JVM under jemu:
     * {@code _JAVA_SR_SIGNUM}, which bin/jemu sets so that the JVM leaves SIGUSR2 to the guest.
     */
    static List<byte[]> environment() {
        List<byte[]> env = read("/proc/self/environ");
        if (env == null) {
            env = new ArrayList<>();
            for (var e : System.getenv().entrySet()) {
                env.add((e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        }
        env.removeIf(e -> startsWith(e, JVM_ONLY));
        return env;
    }

    private static final byte[] JVM_ONLY = "_JAVA_SR_SIGNUM=".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && java.util.Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String decode(byte[] b) {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return new String(b, jnu != null ? java.nio.charset.Charset.forName(jnu) : StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
