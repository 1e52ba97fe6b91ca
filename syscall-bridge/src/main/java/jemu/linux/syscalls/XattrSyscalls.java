package jemu.linux.syscalls;

import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Extended attributes (fs/xattr.c): the host's own calls. Names and values are plain bytes on
 * every ABI, so only the path (through the sysroot or root file system; the l* variants do not
 * follow a final link) and the descriptor need translating; values and lists go to the host in
 * the guest's buffer.
 */
public final class XattrSyscalls extends Syscalls {
    /** XATTR_NAME_MAX: a longer name is ERANGE, as the kernel's strncpy_from_user check says. */
    private static final int XATTR_NAME_MAX = 255;

    public XattrSyscalls(GuestThread t) {
        super(t);
    }

    public long setxattr(long pathAddr, long name, long value, long size, int flags, boolean follow) {
        long path = hostPath(pathAddr, follow);
        return host.syscall(follow ? HostSyscall.SETXATTR : HostSyscall.LSETXATTR, path, hostName(name), value(value, size), size, flags);
    }

    public long fsetxattr(int fd, long name, long value, long size, int flags) {
        return host.syscall(HostSyscall.FSETXATTR, hostFd(fd), hostName(name), value(value, size), size, flags);
    }

    public long getxattr(long pathAddr, long name, long value, long size, boolean follow) {
        long path = hostPath(pathAddr, follow);
        return wrote(value, host.syscall(follow ? HostSyscall.GETXATTR : HostSyscall.LGETXATTR, path, hostName(name), value(value, size), size));
    }

    public long fgetxattr(int fd, long name, long value, long size) {
        return wrote(value, host.syscall(HostSyscall.FGETXATTR, hostFd(fd), hostName(name), value(value, size), size));
    }

    public long listxattr(long pathAddr, long list, long size, boolean follow) {
        long path = hostPath(pathAddr, follow);
        return wrote(list, host.syscall(follow ? HostSyscall.LISTXATTR : HostSyscall.LLISTXATTR, path, value(list, size), size));
    }

    public long flistxattr(int fd, long list, long size) {
        return wrote(list, host.syscall(HostSyscall.FLISTXATTR, hostFd(fd), value(list, size), size));
    }

    public long removexattr(long pathAddr, long name, boolean follow) {
        long path = hostPath(pathAddr, follow);
        return host.syscall(follow ? HostSyscall.REMOVEXATTR : HostSyscall.LREMOVEXATTR, path, hostName(name));
    }

    public long fremovexattr(int fd, long name) {
        return host.syscall(HostSyscall.FREMOVEXATTR, hostFd(fd), hostName(name));
    }

    /** The attribute name as a host C string in PATH2 (the path, if any, is in PATH1). */
    private long hostName(long name) {
        byte[] n;
        try {
            n = mem.readCString(name, XATTR_NAME_MAX + 1);
        } catch (GuestFault f) {
            throw new SyscallException(Errno.EFAULT);
        }
        if (n == null || n.length == 0) {
            throw new SyscallException(Errno.ERANGE);
        }
        return host.cString(n, Host.PATH2);
    }

    /**
     * A value or list buffer: size 0 asks only for the length, and then the pointer is not
     * looked at (NULL is usual); a size too large for any attribute is the host's to refuse.
     */
    private long value(long addr, long size) {
        if (size == 0) {
            return 0;
        }
        return buffer(addr, Math.min(size, 1L << 20));
    }
}
