package jemu.linux;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Turns paths the guest names into host paths: the sysroot prefix ({@code -L}, as qemu's
 * {@code path()} does: an absolute path is looked up under the prefix first and falls back to
 * the host path), and the guest's own executable behind {@code /proc/self/exe}.
 */
public final class GuestPaths {
    private static final byte[] PROC_SELF_EXE = bytes("/proc/self/exe");

    private final byte[] prefix;
    private final byte[] procPidExe;
    /** The running image as the guest knows it (absolute, what /proc/self/exe reads as). */
    private volatile byte[] exeGuestPath;
    /** The same file as the host opens it. */
    private volatile byte[] exeHostPath;

    public GuestPaths(String prefix, int pid) {
        this.prefix = prefix == null || prefix.isEmpty() || prefix.equals("/") ? null
                : bytes(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        this.procPidExe = bytes("/proc/" + pid + "/exe");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
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

    public String prefix() {
        return prefix == null ? null : new String(prefix, StandardCharsets.UTF_8);
    }

    /** A host path as the guest sees it: without the sysroot prefix when it lies under it. */
    public byte[] guestView(byte[] hostPath) {
        if (prefix != null && hostPath.length > prefix.length && hostPath[prefix.length] == '/'
                && Arrays.equals(hostPath, 0, prefix.length, prefix, 0, prefix.length)) {
            return Arrays.copyOfRange(hostPath, prefix.length, hostPath.length);
        }
        return hostPath;
    }

    /**
     * The host path for a guest path. Returns the same array when nothing changes, so the
     * caller can pass the guest's own string to the host.
     */
    public byte[] resolve(byte[] path, Host host) {
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
}
