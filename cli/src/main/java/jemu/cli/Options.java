package jemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jemu.linux.LaunchSpec;
import jemu.linux.path.PathConfig;

/**
 * The options that start a guest, and how they become a {@link LaunchSpec}. Both parsers (the
 * fast one on the start path and picocli for everything user-facing) fill this same object.
 */
final class Options {
    String ldPrefix;
    String rootfs;
    final List<String> binds = new ArrayList<>();
    byte[] argv0;
    final List<byte[]> setEnv = new ArrayList<>();
    final List<byte[]> unsetEnv = new ArrayList<>();
    boolean strace;
    /** Index in the raw arguments of PROGRAM; everything after it belongs to the guest. */
    int programIndex = -1;
    /** The program already open (binfmt_misc's AT_EXECFD), or -1. */
    int execFd = -1;

    LaunchSpec toSpec(List<byte[]> rawArgs, List<byte[]> environment) {
        byte[] program = rawArgs.get(programIndex);
        List<byte[]> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : program);
        argv.addAll(rawArgs.subList(programIndex + 1, rawArgs.size()));
        List<byte[]> env = new ArrayList<>(environment);
        for (byte[] name : unsetEnv) {
            env.removeIf(e -> isVariable(e, name));
        }
        for (byte[] assignment : setEnv) {
            int eq = indexOf(assignment, (byte) '=');
            byte[] name = eq < 0 ? assignment : Arrays.copyOf(assignment, eq);
            env.removeIf(e -> isVariable(e, name));
            env.add(assignment);
        }
        return new LaunchSpec(program, argv, env, paths(), strace, execFd);
    }

    private PathConfig paths() {
        if (rootfs != null) {
            // Canonical, so the host paths the kernel reports (/proc/self/fd, getcwd) start with it.
            Path root = Path.of(rootfs).toAbsolutePath();
            try {
                root = root.toRealPath();
            } catch (IOException e) {
                // The launcher reports a missing root in the guest's terms.
            }
            return PathConfig.rootfs(root.toString(), binds.stream().map(Options::absoluteHost).toList());
        }
        return PathConfig.sysroot(ldPrefix != null ? ldPrefix : System.getenv("JEMU_LD_PREFIX"));
    }

    /** HOST[:GUEST] with HOST made absolute (the guest side is a guest path already). */
    private static String absoluteHost(String bind) {
        int colon = bind.indexOf(':');
        String hostPart = colon < 0 ? bind : bind.substring(0, colon);
        String absolute = Path.of(hostPart).toAbsolutePath().normalize().toString();
        return colon < 0 ? absolute + ":" + absolute : absolute + bind.substring(colon);
    }

    private static boolean isVariable(byte[] entry, byte[] name) {
        return entry.length > name.length && entry[name.length] == '='
                && Arrays.equals(entry, 0, name.length, name, 0, name.length);
    }

    private static int indexOf(byte[] b, byte c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
