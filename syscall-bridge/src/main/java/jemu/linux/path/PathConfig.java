package jemu.linux.path;

import java.util.ArrayList;
import java.util.List;

/**
 * How guest paths meet the host's file system, chosen at start and inherited by every process a
 * guest forks or execs: as they are, under a sysroot ({@code -L}, qemu's fallback lookup), or
 * inside a root file system ({@code --rootfs}: the directory is the guest's {@code /}, with host
 * directories bound into it).
 *
 * @param sysroot the {@code -L} directory, or null
 * @param root the {@code --rootfs} directory (absolute, no trailing slash), or null
 * @param binds the host directories visible inside {@code root}, most specific guest path first
 */
public record PathConfig(String sysroot, String root, List<Bind> binds) {
    /** A host directory (or file) seen at {@code guest} inside the root file system. */
    public record Bind(String host, String guest) {}

    /** What the guest sees of the host unless the user binds otherwise. */
    public static final List<String> DEFAULT_BINDS = List.of("/proc", "/dev", "/sys", "/tmp");

    public PathConfig {
        binds = List.copyOf(binds);
    }

    public static final PathConfig HOST = new PathConfig(null, null, List.of());

    public static PathConfig sysroot(String dir) {
        return dir == null || dir.isEmpty() || dir.equals("/") ? HOST : new PathConfig(stripSlash(dir), null, List.of());
    }

    /**
     * A root file system at {@code root} (made absolute by the caller) with the default binds and
     * then the user's {@code HOST[:GUEST]} binds, a user bind replacing a default at the same
     * guest path.
     */
    public static PathConfig rootfs(String root, List<String> userBinds) {
        List<Bind> binds = new ArrayList<>();
        for (String d : DEFAULT_BINDS) {
            binds.add(new Bind(d, d));
        }
        for (String spec : userBinds) {
            int colon = spec.indexOf(':');
            String hostPath = normalise(colon < 0 ? spec : spec.substring(0, colon));
            String guestPath = normalise(colon < 0 ? spec : spec.substring(colon + 1));
            binds.removeIf(b -> b.guest.equals(guestPath));
            binds.add(new Bind(hostPath, guestPath));
        }
        // Longest guest path first, so the first match is the most specific.
        binds.removeIf(b -> b.guest.equals("/"));
        binds.sort((a, b) -> Integer.compare(b.guest.length(), a.guest.length()));
        String dir = normalise(root);
        return dir.equals("/") ? HOST : new PathConfig(null, dir, binds);
    }

    /** One line per field, for a forked child's description. */
    public List<String> encode() {
        List<String> out = new ArrayList<>();
        out.add(sysroot == null ? "" : sysroot);
        out.add(root == null ? "" : root);
        for (Bind b : binds) {
            out.add(b.host);
            out.add(b.guest);
        }
        return out;
    }

    public static PathConfig decode(List<String> lines) {
        List<Bind> binds = new ArrayList<>();
        for (int i = 2; i + 1 < lines.size(); i += 2) {
            binds.add(new Bind(lines.get(i), lines.get(i + 1)));
        }
        String s = lines.get(0), r = lines.get(1);
        return new PathConfig(s.isEmpty() ? null : s, r.isEmpty() ? null : r, binds);
    }

    /** An absolute path without "." or ".." components, repeated or trailing slashes. */
    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String c : path.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(c);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static String stripSlash(String dir) {
        return dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }
}
