package jemu.linux.syscalls;

import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Data between descriptors and memory beyond read and write: splice, tee, vmsplice, preadv2,
 * pwritev2, readahead, sync_file_range, and memfd_create. Arguments are integers, loff_t
 * pointers and iovec arrays, the same on both ABIs; only descriptors and pointers are translated.
 */
public final class IoSyscalls extends Syscalls {
    private static final int MFD_CLOEXEC = 1;
    /** MFD_NAME_MAX_LEN: NAME_MAX less the "memfd:" prefix. */
    private static final int MFD_NAME_MAX = 255 - 6;

    public IoSyscalls(GuestThread t) {
        super(t);
    }

    public long memfdCreate(long nameAddr, int flags) {
        byte[] name;
        try {
            name = mem.readCString(nameAddr, MFD_NAME_MAX + 1);
        } catch (GuestFault f) {
            return -Errno.EFAULT;
        }
        if (name == null) {
            return -Errno.EINVAL;
        }
        long h = host.syscall(HostSyscall.MEMFD_CREATE, host.cString(name, Host.PATH1), flags | MFD_CLOEXEC);
        return h < 0 ? h : t.files.newGuestFd((int) h, 0, (flags & MFD_CLOEXEC) != 0);
    }

    /** splice: waits on pipes like read and write do; a pipe without readers raises SIGPIPE. */
    public long splice(int fdIn, long offIn, int fdOut, long offOut, long len, int flags) {
        int in = hostFd(fdIn), out = hostFd(fdOut);
        long hostOffIn = offIn == 0 ? 0 : buffer(offIn, 8), hostOffOut = offOut == 0 ? 0 : buffer(offOut, 8);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.SPLICE, in, hostOffIn, out, hostOffOut, len, flags);
        } finally {
            t.endBlocking();
        }
        if (r >= 0 && offIn != 0) {
            mem.noteHostWrite(offIn, 8);
        }
        if (r >= 0 && offOut != 0) {
            mem.noteHostWrite(offOut, 8);
        }
        return t.files.pipeCheck(r);
    }

    public long tee(int fdIn, int fdOut, long len, int flags) {
        int in = hostFd(fdIn), out = hostFd(fdOut);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.TEE, in, out, len, flags);
        } finally {
            t.endBlocking();
        }
        return t.files.pipeCheck(r);
    }

    /**
     * vmsplice: guest memory into a pipe, or a pipe into guest memory (the direction is the
     * pipe end's); the iovecs get host addresses.
     */
    public long vmsplice(int fd, long iov, long count, int flags) {
        int h = hostFd(fd);
        if (count < 0 || count > 1024) {
            return -Errno.EINVAL;
        }
        long v = t.files.hostIovec(iov, (int) count);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.VMSPLICE, h, v, count, flags);
        } finally {
            t.endBlocking();
        }
        t.files.noteIovecWrite(iov, (int) count, r);
        return t.files.pipeCheck(r);
    }

    /**
     * preadv2/pwritev2(fd, iov, count, pos_l, pos_h, flags): on a 64-bit ABI pos_l is the whole
     * offset (-1: the file position, when the call may wait as readv does).
     */
    public long preadv2(int fd, long iov, int count, long offset, int flags) {
        int h = hostFd(fd);
        long v = t.files.hostIovec(iov, count);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.PREADV2, h, v, count, offset, 0, flags);
        } finally {
            t.endBlocking();
        }
        t.files.noteIovecWrite(iov, count, r);
        return r;
    }

    public long pwritev2(int fd, long iov, int count, long offset, int flags) {
        int h = hostFd(fd);
        long v = t.files.hostIovec(iov, count);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.PWRITEV2, h, v, count, offset, 0, flags);
        } finally {
            t.endBlocking();
        }
        return t.files.pipeCheck(r);
    }

    public long readahead(int fd, long offset, long count) {
        return host.syscall(HostSyscall.READAHEAD, hostFd(fd), offset, count);
    }

    /** sync_file_range: arm64 has the generic argument order (fd, offset, nbytes, flags), as x86-64. */
    public long syncFileRange(int fd, long offset, long nbytes, int flags) {
        return host.syscall(HostSyscall.SYNC_FILE_RANGE, hostFd(fd), offset, nbytes, flags);
    }
}
