package jemu.linux;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.path.PathConfig;
import jemu.linux.path.RootView;

/**
 * Turns paths the guest names into host paths, and back: the sysroot prefix ({@code -L}, as
 * qemu's {@code path()} does: an absolute path is looked up under the prefix first and falls back
 * to the host path), the root file system ({@code --rootfs}: every path, relative ones included,
 * is looked up inside the root, see {@link RootView}), and the guest's own executable behind
 * {@code /proc/self/exe}.
 */
public final class GuestPaths {
    private static final byte[] PROC_SELF_EXE = bytes("/proc/self/exe");
    private static final int AT_FDCWD = -100;

    private final PathConfig config;
    private final byte[] prefix;
    private final RootView root;
    private final byte[] procPidExe;
    /** The running image as the guest knows it (absolute, what /proc/self/exe reads as). */
    private volatile byte[] exeGuestPath;
    /** The same file as the host opens it. */
    private volatile byte[] exeHostPath;
    /** The guest's working directory inside the root, until the next chdir (null: ask the host). */
    private volatile String cwd;

    public GuestPaths(PathConfig config, int pid) {
        this.config = config;
        this.prefix = config.sysroot() == null ? null : bytes(config.sysroot());
        this.root = config.root() == null ? null : RootView.of(config);
        this.procPidExe = bytes("/proc/" + pid + "/exe");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public PathConfig config() {
        return config;
    }

    public void setExecutable(byte[] guestPath, byte[] hostPath) {
        this.exeGuestPath = guestPath;
        this.exeHostPath = hostPath;
    }

    public byte[] executableGuestPath() {
        return exeGuestPath;
    }

    public byte[] executableHostPath() {
        return exeHostPath;
    }

    /** Whether {@code path} names this process's executable through /proc. */
    public boolean isSelfExe(byte[] path) {
        return Arrays.equals(path, PROC_SELF_EXE) || Arrays.equals(path, procPidExe);
    }

    /** Whether every path is looked up inside a root file system. */
    public boolean inRoot() {
        return root != null;
    }

    /** A host path as the guest sees it: inside the root or without the sysroot prefix. */
    public byte[] guestView(byte[] hostPath) {
        if (root != null) {
            String g = root.toGuest(latin1(hostPath));
            return g == null ? hostPath : latin1(g);
        }
        if (prefix != null && hostPath.length > prefix.length && hostPath[prefix.length] == '/'
                && Arrays.equals(hostPath, 0, prefix.length, prefix, 0, prefix.length)) {
            return Arrays.copyOfRange(hostPath, prefix.length, hostPath.length);
        }
        return hostPath;
    }

    /** Whether the guest can name this host path at all (always, outside a root file system). */
    public boolean visible(byte[] hostPath) {
        return root == null || root.toGuest(latin1(hostPath)) != null;
    }

    /**
     * The host path for a guest path that the host will look up from its working directory,
     * following a final link (what exec and the loader open). Returns the same array when nothing
     * changes.
     */
    public byte[] resolve(byte[] path, Host host) {
        if (root != null) {
            return resolveAt(AT_FDCWD, path, true, host);
        }
        if (path.length == 0 || path[0] != '/') {
            return path;
        }
        if (isSelfExe(path) && exeHostPath != null) {
            return exeHostPath;
        }
        if (prefix == null || path.length == 1) {
            return path;
        }
        byte[] candidate = new byte[prefix.length + path.length];
        System.arraycopy(prefix, 0, candidate, 0, prefix.length);
        System.arraycopy(path, 0, candidate, prefix.length, path.length);
        // faccessat(AT_FDCWD, candidate, F_OK, AT_SYMLINK_NOFOLLOW): does it exist under the prefix?
        long r = host.syscall(HostSyscall.FACCESSAT2, -100, host.cString(candidate, Host.PATH2), 0, 0x100);
        return r == 0 ? candidate : path;
    }

    /**
     * Inside a root file system: the absolute host path for {@code path} relative to the host
     * directory descriptor {@code hostDirFd} (or the working directory), its last component
     * followed if it is a link and {@code followLast}.
     */
    public byte[] resolveAt(int hostDirFd, byte[] path, boolean followLast, Host host) {
        if (path.length == 0) {
            return path;
        }
        byte[] absolute = absolute(hostDirFd, path, host);
        if (isSelfExe(absolute) && exeHostPath != null && followLast) {
            return exeHostPath;
        }
        byte[] out = latin1(root.toHost(latin1(absolute), followLast, host));
        if (out.length >= 4096) {
            throw new SyscallException(Errno.ENAMETOOLONG);
        }
        return out;
    }

    /** Inside a root file system: the absolute guest path of {@code path} relative to a host directory descriptor. */
    public byte[] absolute(int hostDirFd, byte[] path, Host host) {
        if (path.length > 0 && path[0] == '/') {
            return path;
        }
        String base = hostDirFd == AT_FDCWD ? cwd(host) : directoryOf(hostDirFd, host);
        return latin1((base.equals("/") ? "/" : base + "/") + latin1(path));
    }

    /** The guest's working directory (as getcwd reports it inside the root). */
    public String cwd(Host host) {
        String c = cwd;
        if (c == null) {
            long n = host.syscall(HostSyscall.GETCWD, host.scratchAddress(Host.RESOLVE), 4096);
            if (n < 0) {
                throw new SyscallException((int) -n);
            }
            String hostCwd = copyOut(host, Host.RESOLVE, (int) n - 1);
            String g = root.toGuest(hostCwd);
            cwd = c = g != null ? g : hostCwd;
        }
        return c;
    }

    /** After chdir or fchdir: the next relative lookup asks the host again. */
    public void cwdChanged() {
        cwd = null;
    }

    /** The guest path of the directory behind a host descriptor (what a relative *at path starts from). */
    private String directoryOf(int hostFd, Host host) {
        byte[] link = host.readlink(latin1("/proc/self/fd/" + hostFd), Host.RESOLVE);
        if (link == null) {
            throw new SyscallException(Errno.EBADF);
        }
        String hostPath = latin1(link);
        if (!hostPath.startsWith("/")) {
            throw new SyscallException(Errno.ENOTDIR); // a pipe, socket or anonymous file
        }
        String g = root.toGuest(hostPath);
        return g != null ? g : hostPath;
    }

    private static String copyOut(Host host, long at, int n) {
        byte[] b = new byte[n];
        MemorySegment.copy(host.scratch(), ValueLayout.JAVA_BYTE, at, b, 0, n);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
