package jemu.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The start path's parser: options, then PROGRAM, then the guest's words. It understands only
 * the well-formed launch options and gives up (null) on anything else — help, version, a
 * mistake — which picocli then handles with proper messages. Keeping picocli off this path
 * saves ~100 ms at every guest start, and every process a guest shell forks is one.
 */
final class FastArgs {
    private FastArgs() {}

    static Options parse(List<byte[]> args) {
        Options o = new Options();
        int i = 0;
        while (i < args.size()) {
            String a = new String(args.get(i), StandardCharsets.UTF_8);
            if (!a.startsWith("-") || a.equals("-")) {
                o.programIndex = i;
                return consistent(o);
            }
            switch (a) {
                case "--" -> {
                    if (i + 1 >= args.size()) {
                        return null;
                    }
                    o.programIndex = i + 1;
                    return consistent(o);
                }
                case "--strace", "-strace" -> {
                    o.strace = true;
                    i++;
                }
                case "-L", "-0", "-E", "-U", "--rootfs", "--bind" -> {
                    if (i + 1 >= args.size()) {
                        return null;
                    }
                    byte[] value = args.get(i + 1);
                    switch (a) {
                        case "-L" -> o.ldPrefix = new String(value, StandardCharsets.UTF_8);
                        case "--rootfs" -> o.rootfs = new String(value, StandardCharsets.UTF_8);
                        case "--bind" -> o.binds.add(new String(value, StandardCharsets.UTF_8));
                        case "-0" -> o.argv0 = value;
                        case "-E" -> o.setEnv.add(value);
                        default -> o.unsetEnv.add(value);
                    }
                    i += 2;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** Combinations picocli must explain (null) rather than run. */
    private static Options consistent(Options o) {
        boolean bad = o.ldPrefix != null && o.rootfs != null || !o.binds.isEmpty() && o.rootfs == null;
        return bad ? null : o;
    }
}
