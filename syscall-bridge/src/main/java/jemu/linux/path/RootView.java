package jemu.linux.path;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import jemu.linux.Errno;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Path lookup inside a root file system without privileges: a chroot done by hand. Guest paths
 * are absolute guest paths; the result is a host path whose directories hold no symbolic link
 * the host would misread (an absolute link inside the root means the root's own file, and ".."
 * stops at the root), so the host's own call can then take it.
 *
 * <p>Most paths contain no link and no dots: one {@code openat2} with RESOLVE_IN_ROOT and
 * RESOLVE_NO_SYMLINKS proves it, and the path is used as it is. The others are walked a
 * component at a time with {@code readlinkat}, as the kernel's own lookup does (at most 40
 * links, then ELOOP). Inside a bound host directory (/proc, /dev, /sys, /tmp...) the host
 * resolves what is left: its links are the host's, and /proc's magic links must reach the kernel.
 */
public final class RootView {
    private static final int MAXSYMLINKS = 40;
    private static final int AT_FDCWD = -100;
    private static final long O_PATH = 010000000, O_NOFOLLOW = 0400000, O_DIRECTORY = 0200000, O_CLOEXEC = 02000000;
    private static final long RESOLVE_NO_SYMLINKS = 0x04, RESOLVE_IN_ROOT = 0x10;
    /** Where in the thread's scratch area lookups work, clear of the two path slots the caller fills. */
    private static final long HOW = Host.RESOLVE, PATH = Host.RESOLVE + 64, LINK = PATH + 4352;

    private final String root;
    private final List<PathConfig.Bind> binds;
    private volatile int rootFd = -1;
    private volatile boolean noOpenat2;

    private static RootView current;

    private RootView(String root, List<PathConfig.Bind> binds) {
        // Lookups work on paths' bytes, one char per byte; the configuration's strings are Unicode.
        this.root = bytewise(root);
        this.binds = binds.stream().map(b -> new PathConfig.Bind(bytewise(b.host()), bytewise(b.guest()))).toList();
    }

    private static String bytewise(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The one root of this process (a JVM runs one guest process; execs keep the same root). */
    public static synchronized RootView of(PathConfig config) {
        RootView wanted = new RootView(config.root(), config.binds());
        if (current == null || !current.root.equals(wanted.root) || !current.binds.equals(wanted.binds)) {
            current = wanted;
        }
        return current;
    }

    /** The host path for an absolute guest path. */
    public String toHost(String guest, boolean followLast, Host host) {
        if (isClean(guest)) {
            PathConfig.Bind b = bindFor(guest);
            if (b != null) {
                return b.host() + guest.substring(b.guest().length());
            }
            if (linkFree(guest, followLast, host)) {
                return root + guest;
            }
        }
        return walk(guest, followLast, host);
    }

    /** The guest path of a host path, or null when the guest cannot see it. */
    public String toGuest(String hostPath) {
        String best = null;
        int bestLength = -1;
        if (under(hostPath, root)) {
            best = hostPath.length() == root.length() ? "/" : hostPath.substring(root.length());
            bestLength = root.length();
        }
        for (PathConfig.Bind b : binds) {
            if (b.host().length() > bestLength && under(hostPath, b.host())) {
                best = b.guest() + hostPath.substring(b.host().length());
                bestLength = b.host().length();
            }
        }
        return best;
    }

    String root() {
        return root;
    }

    private static boolean under(String path, String dir) {
        return path.startsWith(dir) && (path.length() == dir.length() || path.charAt(dir.length()) == '/'
                || dir.equals("/"));
    }

    private PathConfig.Bind bindFor(String guest) {
        for (PathConfig.Bind b : binds) {
            if (under(guest, b.guest())) {
                return b;
            }
        }
        return null;
    }

    /** No empty, "." or ".." component (a trailing slash is fine). */
    private static boolean isClean(String p) {
        int n = p.length();
        for (int i = 0; i < n; i++) {
            if (p.charAt(i) == '/' && i + 1 < n) {
                char c = p.charAt(i + 1);
                if (c == '/') {
                    return false;
                }
                if (c == '.' && (i + 2 == n || p.charAt(i + 2) == '/'
                        || p.charAt(i + 2) == '.' && (i + 3 == n || p.charAt(i + 3) == '/'))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the kernel, looking {@code guest} up inside the root, meets no symbolic link (a
     * missing component counts as link-free: the host call will meet it at the same place).
     */
    private boolean linkFree(String guest, boolean followLast, Host host) {
        if (noOpenat2) {
            return false;
        }
        MemorySegment s = host.scratch();
        s.set(ValueLayout.JAVA_LONG, HOW, O_PATH | O_CLOEXEC | (followLast ? 0 : O_NOFOLLOW));
        s.set(ValueLayout.JAVA_LONG, HOW + 8, 0L);
        s.set(ValueLayout.JAVA_LONG, HOW + 16, RESOLVE_IN_ROOT | RESOLVE_NO_SYMLINKS);
        long r = host.syscall(HostSyscall.OPENAT2, rootFd(host), host.cString(latin1(guest), PATH),
                host.scratchAddress(HOW), 24);
        if (r >= 0) {
            host.close((int) r);
            return true;
        }
        if (r == -Errno.ENOSYS || r == -Errno.EINVAL || r == -Errno.E2BIG) {
            noOpenat2 = true;
            return false;
        }
        return r != -Errno.ELOOP && r != -Errno.EAGAIN && r != -Errno.EXDEV;
    }

    private int rootFd(Host host) {
        int fd = rootFd;
        if (fd < 0) {
            synchronized (this) {
                if (rootFd < 0) {
                    long r = host.syscall(HostSyscall.OPENAT, AT_FDCWD, host.cString(latin1(root), PATH),
                            O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
                    if (r < 0) {
                        throw new SyscallException((int) -r);
                    }
                    rootFd = (int) r;
                }
                fd = rootFd;
            }
        }
        return fd;
    }

    /** The kernel's walk, done here: each component either a directory, a link to expand, or the end. */
    private String walk(String guest, boolean followLast, Host host) {
        ArrayDeque<String> todo = new ArrayDeque<>(components(guest));
        boolean trailingSlash = guest.endsWith("/") && !todo.isEmpty();
        List<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            done.add(c);
            String g = "/" + String.join("/", done);
            if (bindFor(g) != null) {
                continue; // the host resolves links below a bind
            }
            if (todo.isEmpty() && !followLast && !trailingSlash) {
                break;
            }
            String target = readlink(root + g, host);
            if (target == null) {
                continue;
            }
            if (target.isEmpty()) {
                // Missing, not a directory, not searchable: the host call meets the same error here.
                return hostPath(done) + (todo.isEmpty() ? "" : "/" + String.join("/", todo))
                        + (trailingSlash ? "/" : "");
            }
            if (++links > MAXSYMLINKS) {
                throw new SyscallException(Errno.ELOOP);
            }
            done.remove(done.size() - 1);
            if (target.startsWith("/")) {
                done.clear();
            }
            List<String> parts = components(target);
            for (int i = parts.size() - 1; i >= 0; i--) {
                todo.addFirst(parts.get(i));
            }
        }
        return hostPath(done) + (trailingSlash && !done.isEmpty() ? "/" : "");
    }

    private String hostPath(List<String> done) {
        String g = "/" + String.join("/", done);
        PathConfig.Bind b = bindFor(g);
        return b != null ? b.host() + g.substring(b.guest().length()) : done.isEmpty() ? root + "/" : root + g;
    }

    /**
     * The target of a symbolic link; null if {@code hostPath} is something else that exists;
     * "" if the lookup fails (missing component, not a directory, no search permission).
     */
    private static String readlink(String hostPath, Host host) {
        long n = host.syscall(HostSyscall.READLINKAT, AT_FDCWD, host.cString(latin1(hostPath), PATH),
                host.scratchAddress(LINK), 4096);
        if (n == -Errno.EINVAL) {
            return null;
        }
        if (n <= 0) {
            return "";
        }
        byte[] b = new byte[(int) n];
        MemorySegment.copy(host.scratch(), ValueLayout.JAVA_BYTE, LINK, b, 0, (int) n);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
