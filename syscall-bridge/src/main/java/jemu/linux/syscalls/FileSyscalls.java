package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemorySegment;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.OpenFlags;
import jemu.linux.ProcFiles;
import jemu.linux.Signals;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostStat;
import jemu.linux.host.HostSyscall;

/**
 * Files, descriptors and their metadata. Guest buffers go to the host kernel in place; guest
 * descriptors are translated through the process's {@link jemu.linux.FdTable}; paths through
 * {@link jemu.linux.GuestPaths}.
 */
public final class FileSyscalls extends Syscalls {
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4,
            F_DUPFD_CLOEXEC = 1030;
    private static final int FD_CLOEXEC = 1;

    public FileSyscalls(GuestThread t) {
        super(t);
    }

    // ------------------------------------------------------------------ descriptors

    public long openat(int dirfd, long pathAddr, int flags, int mode) {
        byte[] path = t.readPath(pathAddr);
        if (path.length > 5 && path[0] == '/' && (path[1] == 'p' || path[1] == 'd')) {
            long generated = ProcFiles.open(t, path, flags, mode);
            if (generated != ProcFiles.HOST) {
                return generated < 0 ? generated : newGuestFd((int) generated, 0, (flags & OpenFlags.O_CLOEXEC) != 0);
            }
        }
        int hostFlags = OpenFlags.toHost(flags) | OpenFlags.O_CLOEXEC;
        // O_NOFOLLOW, and O_CREAT|O_EXCL (which never follows a final link), stop at the last component.
        boolean follow = (hostFlags & OpenFlags.HOST_O_NOFOLLOW) == 0
                && (hostFlags & (OpenFlags.O_CREAT | OpenFlags.O_EXCL)) != (OpenFlags.O_CREAT | OpenFlags.O_EXCL);
        int hostDir = at(dirfd, path, follow, Host.PATH1);
        long h = host.syscall(HostSyscall.OPENAT, hostDir, slot(Host.PATH1), hostFlags, mode);
        if (h < 0) {
            return h;
        }
        return newGuestFd((int) h, 0, (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    /** Gives a fresh host descriptor a guest number; closes it again if the table is full. */
    long newGuestFd(int hostFd, int min, boolean cloexec) {
        int fd = fds.allocate(hostFd, min, cloexec);
        if (fd < 0) {
            host.close(hostFd);
        }
        return fd;
    }

    public long close(int fd) {
        int h = fds.remove(fd);
        if (h < 0) {
            return -Errno.EBADF;
        }
        return closeHost(h);
    }

    /**
     * Closes a host descriptor that left the guest's table. The host's 0, 1 and 2 are never
     * freed: they are the JVM's too, and a later host open must not land there.
     */
    long closeHost(int h) {
        if (h <= 2) {
            long nul = host.syscall(HostSyscall.OPENAT, AT_FDCWD, host.cString(DEV_NULL, Host.PATH2), 2, 0);
            if (nul >= 0) {
                host.dup3((int) nul, h, 0);
                host.close((int) nul);
            }
            return 0;
        }
        long r = host.close(h);
        // Linux frees the descriptor even when close reports an error (EINTR, EIO).
        return r == -Errno.EBADF ? 0 : r;
    }

    private static final byte[] DEV_NULL = "/dev/null".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public long closeRange(int first, int last, int flags) {
        if (flags != 0 && flags != 4 /* CLOSE_RANGE_CLOEXEC */ || Integer.compareUnsigned(first, last) > 0) {
            return -Errno.EINVAL;
        }
        for (int fd : fds.openFds()) {
            if (Integer.compareUnsigned(fd, first) >= 0 && Integer.compareUnsigned(fd, last) <= 0) {
                if (flags != 0) {
                    fds.setCloexec(fd, true);
                } else {
                    close(fd);
                }
            }
        }
        return 0;
    }

    public long dup(int fd) {
        long h = host.dupCloexec(hostFd(fd), 3);
        return h < 0 ? h : sameFile(fd, newGuestFd((int) h, 0, false));
    }

    /** A duplicate {@code copy} of guest {@code fd} (or an error) stands for the same signalfd, if {@code fd} is one. */
    private long sameFile(int fd, long copy) {
        jemu.linux.signal.SignalFd s = fds.signalFd(fd);
        if (s != null && copy >= 0) {
            fds.attach((int) copy, s);
        }
        return copy;
    }

    public long dup3(int fd, int newFd, int flags) {
        if ((flags & ~OpenFlags.O_CLOEXEC) != 0 || fd == newFd) {
            return -Errno.EINVAL;
        }
        return dupTo(fd, newFd, (flags & OpenFlags.O_CLOEXEC) != 0);
    }

    long dupTo(int fd, int newFd, boolean cloexec) {
        int h = hostFd(fd);
        if (newFd < 0 || newFd >= fds.limit()) {
            return -Errno.EBADF;
        }
        if (fd == newFd) {
            return newFd;
        }
        long nh = host.dupCloexec(h, 3);
        if (nh < 0) {
            return nh;
        }
        int old = fds.install(newFd, (int) nh, cloexec);
        sameFile(fd, newFd);
        if (old >= 0) {
            closeHost(old);
        }
        return newFd;
    }

    public long fcntl(int fd, int cmd, long arg) {
        int h = hostFd(fd);
        switch (cmd) {
            case F_DUPFD, F_DUPFD_CLOEXEC -> {
                if (arg < 0 || arg >= fds.limit()) {
                    return -Errno.EINVAL;
                }
                long nh = host.dupCloexec(h, 3);
                return nh < 0 ? nh : sameFile(fd, newGuestFd((int) nh, (int) arg, cmd == F_DUPFD_CLOEXEC));
            }
            case F_GETFD -> {
                return fds.cloexec(fd) ? FD_CLOEXEC : 0;
            }
            case F_SETFD -> {
                fds.setCloexec(fd, (arg & FD_CLOEXEC) != 0);
                return 0;
            }
            case F_GETFL -> {
                long r = host.syscall(HostSyscall.FCNTL, h, F_GETFL);
                return r < 0 ? r : OpenFlags.fromHost((int) r);
            }
            case F_SETFL -> {
                return host.syscall(HostSyscall.FCNTL, h, F_SETFL, OpenFlags.toHost((int) arg));
            }
            // Record locks: struct flock has one layout on arm64 and x86-64; F_*LK numbers agree.
            case 5, 6, 7, 36, 37, 38 -> {
                return host.syscall(HostSyscall.FCNTL, h, cmd, buffer(arg, 32));
            }
            // Arguments that are plain integers: owner, signal, lease, notify, pipe size, seals.
            case 8, 9, 10, 11, 1024, 1025, 1026, 1031, 1032, 1033, 1034 -> {
                return host.syscall(HostSyscall.FCNTL, h, cmd, arg);
            }
            default -> {
                return -Errno.EINVAL;
            }
        }
    }

    /**
     * fcntl and fcntl64 of an ILP32 guest (arm): F_GETLK, F_SETLK, F_SETLKW take the 32-bit
     * struct flock {short type, whence; long start, len; int pid} (and so do the OFD locks in
     * plain fcntl); F_GETLK64, F_SETLK64, F_SETLKW64 (12-14) and fcntl64's OFD locks take struct
     * flock64, which is the host's struct flock. Everything else is {@link #fcntl}.
     */
    public long fcntl32(int fd, int cmd, long arg, boolean fcntl64) {
        switch (cmd) {
            case 12, 13, 14 -> {
                return fcntl64 ? fcntl(fd, cmd - 7, arg) : -Errno.EINVAL;
            }
            case 36, 37, 38 -> {
                return fcntl64 ? fcntl(fd, cmd, arg) : flock32(fd, cmd, arg);
            }
            case 5, 6, 7 -> {
                return flock32(fd, cmd, arg);
            }
            default -> {
                return fcntl(fd, cmd, arg);
            }
        }
    }

    /** A record lock with the 32-bit struct flock (16 bytes), through the host's 64-bit one. */
    private long flock32(int fd, int cmd, long arg) {
        int h = hostFd(fd);
        readable(arg, 16);
        var s = host.scratch();
        long at = Host.STRUCT;
        s.set(JAVA_SHORT, at, (short) mem.read16(arg));
        s.set(JAVA_SHORT, at + 2, (short) mem.read16(arg + 2));
        s.set(JAVA_INT, at + 4, 0);
        s.set(JAVA_LONG, at + 8, (long) mem.read32(arg + 4));
        s.set(JAVA_LONG, at + 16, (long) mem.read32(arg + 8));
        s.set(JAVA_LONG, at + 24, (long) mem.read32(arg + 12));
        boolean get = cmd == 5 || cmd == 36;
        if (get) {
            writable(arg, 16);
        }
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.FCNTL, h, cmd, host.scratchAddress(at));
        } finally {
            t.endBlocking();
        }
        if (r == 0 && get) {
            long start = s.get(JAVA_LONG, at + 8), len = s.get(JAVA_LONG, at + 16);
            if (start != (int) start || len != (int) len) {
                return -Errno.EOVERFLOW;
            }
            mem.write16(arg, s.get(JAVA_SHORT, at));
            mem.write16(arg + 2, s.get(JAVA_SHORT, at + 2));
            mem.write32(arg + 4, (int) start);
            mem.write32(arg + 8, (int) len);
            mem.write32(arg + 12, s.get(JAVA_INT, at + 24));
        }
        return r;
    }

    public long pipe2(long fdsAddr, int flags) {
        if ((flags & ~(OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK | 0200000 /* ARM O_DIRECT */)) != 0) {
            return -Errno.EINVAL;
        }
        writable(fdsAddr, 8);
        long at = Host.STRUCT;
        long r = host.syscall(HostSyscall.PIPE2, host.scratchAddress(at),
                OpenFlags.toHost(flags) | OpenFlags.O_CLOEXEC);
        if (r < 0) {
            return r;
        }
        int h0 = host.scratch().get(JAVA_INT, at);
        int h1 = host.scratch().get(JAVA_INT, at + 4);
        boolean cloexec = (flags & OpenFlags.O_CLOEXEC) != 0;
        long g0 = newGuestFd(h0, 0, cloexec);
        if (g0 < 0) {
            host.close(h1);
            return g0;
        }
        long g1 = newGuestFd(h1, 0, cloexec);
        if (g1 < 0) {
            close((int) g0);
            return g1;
        }
        mem.write32(fdsAddr, (int) g0);
        mem.write32(fdsAddr + 4, (int) g1);
        return 0;
    }

    // ------------------------------------------------------------------ data

    public long read(int fd, long buf, long len) {
        int h = hostFd(fd);
        jemu.linux.signal.SignalFd s = fds.signalFd(fd);
        if (s != null) {
            return t.signals.readSignalFd(s, fd, buf, len);
        }
        long b = buffer(buf, len);
        t.beginBlocking();
        try {
            return wrote(buf, host.syscall(HostSyscall.READ, h, b, len));
        } finally {
            t.endBlocking();
        }
    }

    public long write(int fd, long buf, long len) {
        int h = hostFd(fd);
        if (fds.signalFd(fd) != null) {
            return -Errno.EINVAL; // a signalfd has no write; the eventfd behind it would take one
        }
        long b = buffer(buf, len);
        t.beginBlocking();
        try {
            return pipeCheck(host.syscall(HostSyscall.WRITE, h, b, len));
        } finally {
            t.endBlocking();
        }
    }

    public long pread64(int fd, long buf, long len, long offset) {
        return wrote(buf, host.syscall(HostSyscall.PREAD64, hostFd(fd), buffer(buf, len), len, offset));
    }

    public long pwrite64(int fd, long buf, long len, long offset) {
        return pipeCheck(host.syscall(HostSyscall.PWRITE64, hostFd(fd), buffer(buf, len), len, offset));
    }

    public long readv(int fd, long iov, int count) {
        int h = hostFd(fd);
        jemu.linux.signal.SignalFd s = fds.signalFd(fd);
        if (s != null) {
            return t.signals.readvSignalFd(s, fd, iov, count);
        }
        long v = hostIovec(iov, count);
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.READV, h, v, count);
        } finally {
            t.endBlocking();
        }
        noteIovecWrite(iov, count, r);
        return r;
    }

    public long writev(int fd, long iov, int count) {
        int h = hostFd(fd);
        if (fds.signalFd(fd) != null) {
            return -Errno.EINVAL;
        }
        long v = hostIovec(iov, count);
        t.beginBlocking();
        try {
            return pipeCheck(host.syscall(HostSyscall.WRITEV, h, v, count));
        } finally {
            t.endBlocking();
        }
    }

    public long preadv(int fd, long iov, int count, long offset) {
        long r = host.syscall(HostSyscall.PREADV, hostFd(fd), hostIovec(iov, count), count, offset, offset >> 32);
        noteIovecWrite(iov, count, r);
        return r;
    }

    public long pwritev(int fd, long iov, int count, long offset) {
        return pipeCheck(host.syscall(HostSyscall.PWRITEV, hostFd(fd), hostIovec(iov, count), count, offset,
                offset >> 32));
    }

    /**
     * Rewrites a guest iovec array ({base, len}: two longs, 16 bytes on LP64, 8 on ILP32) into
     * the scratch area as a host one.
     */
    long hostIovec(long iov, int count) {
        if (count < 0 || count > 1024) {
            throw new SyscallException(Errno.EINVAL);
        }
        long size = 2L * word;
        readable(iov, size * count);
        MemorySegment s = host.scratch();
        long at = Host.STRUCT;
        if (16L * count > Host.SCRATCH_SIZE - at) {
            throw new SyscallException(Errno.EINVAL);
        }
        for (int i = 0; i < count; i++) {
            long base = readWord(iov + size * i);
            long len = readLong(iov + size * i + word);
            s.set(JAVA_LONG, at + 16L * i, len == 0 ? 0 : buffer(base, len));
            s.set(JAVA_LONG, at + 16L * i + 8, len);
        }
        return host.scratchAddress(at);
    }

    void noteIovecWrite(long iov, int count, long r) {
        long size = 2L * word;
        for (int i = 0; i < count && r > 0; i++) {
            long base = readWord(iov + size * i);
            long len = Math.min(r, readWord(iov + size * i + word));
            mem.noteHostWrite(base, len);
            r -= len;
        }
    }

    /**
     * A write to a pipe with no reader: Linux sends the writing thread SIGPIPE (si_code SI_USER,
     * from itself) besides returning EPIPE. The JVM ignores SIGPIPE on the host, so the guest's
     * signal is sent here; its default action ends the process before the call returns.
     */
    long pipeCheck(long r) {
        if (r == -Errno.EPIPE) {
            p.signals.send(t, jemu.linux.signal.SigInfo.user(Signals.SIGPIPE, jemu.linux.signal.SigInfo.SI_USER, p.pid,
                    (int) host.syscall(HostSyscall.GETUID)));
        }
        return r;
    }

    public long lseek(int fd, long offset, int whence) {
        return host.syscall(HostSyscall.LSEEK, hostFd(fd), offset, whence);
    }

    public long sendfile(int outFd, int inFd, long offsetAddr, long count) {
        long off = offsetAddr == 0 ? 0 : buffer(offsetAddr, 8);
        long r = host.syscall(HostSyscall.SENDFILE, hostFd(outFd), hostFd(inFd), off, count);
        if (offsetAddr != 0) {
            mem.noteHostWrite(offsetAddr, 8);
        }
        return pipeCheck(r);
    }

    /** sendfile of an ILP32 guest (arm's sendfile, not sendfile64): the offset is a 32-bit off_t. */
    public long sendfile32(int outFd, int inFd, long offsetAddr, long count) {
        if (offsetAddr == 0) {
            return sendfile(outFd, inFd, 0, count);
        }
        readable(offsetAddr, 4);
        writable(offsetAddr, 4);
        long at = Host.STRUCT;
        host.scratch().set(JAVA_LONG, at, (long) mem.read32(offsetAddr));
        long r = host.syscall(HostSyscall.SENDFILE, hostFd(outFd), hostFd(inFd), host.scratchAddress(at), count);
        mem.write32(offsetAddr, (int) host.scratch().get(JAVA_LONG, at));
        return pipeCheck(r);
    }

    public long copyFileRange(int inFd, long inOff, int outFd, long outOff, long len, int flags) {
        return host.syscall(HostSyscall.COPY_FILE_RANGE, hostFd(inFd), inOff == 0 ? 0 : buffer(inOff, 8),
                hostFd(outFd), outOff == 0 ? 0 : buffer(outOff, 8), len, flags);
    }

    // ------------------------------------------------------------------ metadata

    /** A guest {@code struct stat} layout: its size, and the conversion from the host's at a checked address. */
    public interface StatLayout {
        int size();

        void write(java.lang.foreign.MemorySegment ram, long addr, java.lang.foreign.MemorySegment hostStat);
    }

    /** The architecture's own struct stat (GuestArch.statSize/writeStat). */
    private StatLayout archStat() {
        return new StatLayout() {
            @Override
            public int size() {
                return p.arch.statSize();
            }

            @Override
            public void write(java.lang.foreign.MemorySegment ram, long addr, java.lang.foreign.MemorySegment h) {
                p.arch.writeStat(ram, addr, h);
            }
        };
    }

    public long fstat(int fd, long statAddr) {
        return fstat(fd, statAddr, archStat());
    }

    /** fstat into {@code layout} (a 32-bit ABI has more than one struct stat). */
    public long fstat(int fd, long statAddr, StatLayout layout) {
        long at = Host.STRUCT;
        long r = host.syscall(HostSyscall.FSTAT, hostFd(fd), host.scratchAddress(at));
        return r < 0 ? r : putStat(statAddr, at, layout);
    }

    public long newfstatat(int dirfd, long pathAddr, long statAddr, int flags) {
        return newfstatat(dirfd, pathAddr, statAddr, flags, archStat());
    }

    /** newfstatat into {@code layout}: also stat and lstat (AT_FDCWD, without or with AT_SYMLINK_NOFOLLOW). */
    public long newfstatat(int dirfd, long pathAddr, long statAddr, int flags, StatLayout layout) {
        byte[] path = t.readPath(pathAddr);
        if (path.length == 0 && (flags & AT_EMPTY_PATH) != 0 && dirfd != AT_FDCWD) {
            return fstat(dirfd, statAddr, layout);
        }
        long at = Host.STRUCT;
        int hostDir = at(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) == 0, Host.PATH1);
        long r = host.syscall(HostSyscall.NEWFSTATAT, hostDir, slot(Host.PATH1), host.scratchAddress(at), flags);
        return r < 0 ? r : putStat(statAddr, at, layout);
    }

    private long putStat(long statAddr, long hostAt, StatLayout layout) {
        writable(statAddr, layout.size());
        layout.write(mem.segment(), statAddr, host.scratch().asSlice(hostAt, HostStat.LAYOUT.byteSize()));
        return 0;
    }

    /** statx: struct statx is the same on every architecture. */
    public long statx(int dirfd, long pathAddr, int flags, int mask, long buf) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) == 0, Host.PATH1);
        return filled(buf, 256,
                host.syscall(HostSyscall.STATX, hostDir, slot(Host.PATH1), flags, mask, buffer(buf, 256)));
    }

    public long faccessat(int dirfd, long pathAddr, int mode, int flags) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) == 0, Host.PATH1);
        return host.syscall(HostSyscall.FACCESSAT2, hostDir, slot(Host.PATH1), mode, flags);
    }

    public long readlinkat(int dirfd, long pathAddr, long buf, long size) {
        byte[] path = t.readPath(pathAddr);
        if ((int) size <= 0) {
            return -Errno.EINVAL;
        }
        byte[] link = ProcFiles.readlink(t, path);
        if (link != null) {
            int n = (int) Math.min(size, link.length);
            writable(buf, n);
            mem.writeBytes(buf, link, 0, n);
            return n;
        }
        int hostDir = at(dirfd, path, false, Host.PATH1);
        return wrote(buf, host.syscall(HostSyscall.READLINKAT, hostDir, slot(Host.PATH1), buffer(buf, size), size));
    }

    public long getdents64(int fd, long buf, long len) {
        long listed = ProcFiles.getdents64(t, hostFd(fd), buf, len);
        if (listed != ProcFiles.HOST) {
            return listed;
        }
        return wrote(buf, host.syscall(HostSyscall.GETDENTS64, hostFd(fd), buffer(buf, len), len));
    }

    public long getcwd(long buf, long size) {
        if (!p.paths.inRoot()) {
            return wrote(buf, host.syscall(HostSyscall.GETCWD, buffer(buf, size), size));
        }
        byte[] cwd = p.paths.cwd(host).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (cwd.length + 1 > size) {
            return -Errno.ERANGE;
        }
        writable(buf, cwd.length + 1);
        mem.writeBytes(buf, cwd, 0, cwd.length);
        mem.write8(buf + cwd.length, 0);
        return cwd.length + 1;
    }

    public long chdir(long pathAddr) {
        long r = host.syscall(HostSyscall.CHDIR, hostPath(pathAddr, true));
        p.paths.cwdChanged();
        return r;
    }

    public long fchdir(int fd) {
        long r = host.syscall(HostSyscall.FCHDIR, hostFd(fd));
        p.paths.cwdChanged();
        return r;
    }

    public long mkdirat(int dirfd, long pathAddr, int mode) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, false, Host.PATH1);
        return host.syscall(HostSyscall.MKDIRAT, hostDir, slot(Host.PATH1), mode);
    }

    public long mknodat(int dirfd, long pathAddr, int mode, long dev) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, false, Host.PATH1);
        return host.syscall(HostSyscall.MKNODAT, hostDir, slot(Host.PATH1), mode, dev);
    }

    public long unlinkat(int dirfd, long pathAddr, int flags) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, false, Host.PATH1);
        return host.syscall(HostSyscall.UNLINKAT, hostDir, slot(Host.PATH1), flags);
    }

    public long renameat2(int olddirfd, long oldAddr, int newdirfd, long newAddr, int flags) {
        byte[] oldPath = t.readPath(oldAddr);
        byte[] newPath = t.readPath(newAddr);
        int oldDir = at(olddirfd, oldPath, false, Host.PATH1);
        int newDir = at(newdirfd, newPath, false, Host.PATH2);
        return host.syscall(HostSyscall.RENAMEAT2, oldDir, slot(Host.PATH1), newDir, slot(Host.PATH2), flags);
    }

    public long linkat(int olddirfd, long oldAddr, int newdirfd, long newAddr, int flags) {
        byte[] oldPath = t.readPath(oldAddr);
        byte[] newPath = t.readPath(newAddr);
        int oldDir = at(olddirfd, oldPath, (flags & 0x400 /* AT_SYMLINK_FOLLOW */) != 0, Host.PATH1);
        int newDir = at(newdirfd, newPath, false, Host.PATH2);
        return host.syscall(HostSyscall.LINKAT, oldDir, slot(Host.PATH1), newDir, slot(Host.PATH2), flags);
    }

    /** symlinkat: the link's contents are stored as given, never prefixed. */
    public long symlinkat(long targetAddr, int newdirfd, long linkAddr) {
        byte[] target = t.readPath(targetAddr);
        byte[] link = t.readPath(linkAddr);
        int hostDir = at(newdirfd, link, false, Host.PATH2);
        return host.syscall(HostSyscall.SYMLINKAT, host.cString(target, Host.PATH1), hostDir, slot(Host.PATH2));
    }

    public long fchmod(int fd, int mode) {
        return host.syscall(HostSyscall.FCHMOD, hostFd(fd), mode);
    }

    public long fchmodat(int dirfd, long pathAddr, int mode) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, true, Host.PATH1);
        return host.syscall(HostSyscall.FCHMODAT, hostDir, slot(Host.PATH1), mode);
    }

    public long fchown(int fd, int uid, int gid) {
        return host.syscall(HostSyscall.FCHOWN, hostFd(fd), uid, gid);
    }

    public long fchownat(int dirfd, long pathAddr, int uid, int gid, int flags) {
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) == 0, Host.PATH1);
        return host.syscall(HostSyscall.FCHOWNAT, hostDir, slot(Host.PATH1), uid, gid, flags);
    }

    /** utimensat: a NULL path means the descriptor itself (futimens). */
    public long utimensat(int dirfd, long pathAddr, long times, int flags) {
        return utimensat(dirfd, pathAddr, times, flags, false);
    }

    /** utimensat; {@code time32}: an ILP32 guest's old call (two 32-bit struct timespecs). */
    public long utimensat(int dirfd, long pathAddr, long times, int flags, boolean time32) {
        long hostTimes = hostTimes(times, 2, time32, TIME32);
        if (pathAddr == 0) {
            return host.syscall(HostSyscall.UTIMENSAT, hostFd(dirfd), 0, hostTimes, flags);
        }
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, (flags & AT_SYMLINK_NOFOLLOW) == 0, Host.PATH1);
        return host.syscall(HostSyscall.UTIMENSAT, hostDir, slot(Host.PATH1), hostTimes, flags);
    }

    /**
     * utimes and futimesat (arm has them): two struct timevals of the guest's longs (NULL: now),
     * made timespecs for utimensat; a microsecond count outside [0, 1e6) is EINVAL.
     */
    public long utimes(int dirfd, long pathAddr, long tv) {
        if (tv == 0) {
            return utimensat(dirfd, pathAddr, 0, 0);
        }
        readable(tv, 4L * word);
        var s = host.scratch();
        for (int i = 0; i < 2; i++) {
            long sec = readLong(tv + 2L * word * i), usec = readLong(tv + 2L * word * i + word);
            if (usec < 0 || usec >= 1_000_000) {
                return -Errno.EINVAL;
            }
            s.set(JAVA_LONG, TIME32 + 16L * i, sec);
            s.set(JAVA_LONG, TIME32 + 16L * i + 8, usec * 1000);
        }
        byte[] path = t.readPath(pathAddr);
        int hostDir = at(dirfd, path, true, Host.PATH1);
        return host.syscall(HostSyscall.UTIMENSAT, hostDir, slot(Host.PATH1), host.scratchAddress(TIME32), 0);
    }

    public long truncate(long pathAddr, long length) {
        return host.syscall(HostSyscall.TRUNCATE, hostPath(pathAddr, true), length);
    }

    public long ftruncate(int fd, long length) {
        return host.syscall(HostSyscall.FTRUNCATE, hostFd(fd), length);
    }

    public long fallocate(int fd, int mode, long offset, long len) {
        return host.syscall(HostSyscall.FALLOCATE, hostFd(fd), mode, offset, len);
    }

    public long fsync(int fd) {
        return host.syscall(HostSyscall.FSYNC, hostFd(fd));
    }

    public long fdatasync(int fd) {
        return host.syscall(HostSyscall.FDATASYNC, hostFd(fd));
    }

    public long sync() {
        return host.syscall(HostSyscall.SYNC);
    }

    public long syncfs(int fd) {
        return host.syscall(HostSyscall.SYNCFS, hostFd(fd));
    }

    public long fadvise64(int fd, long offset, long len, int advice) {
        return host.syscall(HostSyscall.FADVISE64, hostFd(fd), offset, len, advice);
    }

    public long flock(int fd, int op) {
        return host.syscall(HostSyscall.FLOCK, hostFd(fd), op);
    }

    /**
     * statfs64/fstatfs64 of an ILP32 guest (arm), whose struct statfs64 is packed to 84 bytes:
     * f_type, f_bsize (32-bit), f_blocks, f_bfree, f_bavail, f_files, f_ffree (64-bit), f_fsid
     * (two ints), f_namelen, f_frsize, f_flags, f_spare[4] (32-bit); {@code size} must be 84.
     * With {@code old}, the plain statfs/fstatfs: struct statfs of 32-bit longs (64 bytes), EOVERFLOW
     * where a count does not fit.
     */
    public long statfs32(long pathAddr, int fd, long size, long buf, boolean old) {
        if (!old && size != 84) {
            return -Errno.EINVAL;
        }
        long at = Host.STRUCT;
        long r = pathAddr != 0 ? host.syscall(HostSyscall.STATFS, hostPath(pathAddr, true), host.scratchAddress(at))
                : host.syscall(HostSyscall.FSTATFS, hostFd(fd), host.scratchAddress(at));
        if (r < 0) {
            return r;
        }
        var s = host.scratch();
        // the host's struct statfs: type, bsize, blocks, bfree, bavail, files, ffree, fsid, namelen, frsize, flags, spare[4]
        long[] v = new long[11];
        for (int i = 0; i < 11; i++) {
            v[i] = s.get(JAVA_LONG, at + 8L * i);
        }
        if (old) {
            writable(buf, 64);
            for (int i = 2; i <= 6; i++) {
                if (v[i] >>> 32 != 0 && (i != 5 && i != 6 || v[i] != -1)) {
                    return -Errno.EOVERFLOW;
                }
            }
            mem.write32(buf, (int) v[0]);
            mem.write32(buf + 4, (int) v[1]);
            for (int i = 2; i <= 6; i++) {
                mem.write32(buf + 4L * i, (int) v[i]);
            }
            mem.write64(buf + 28, v[7]);
            mem.write32(buf + 36, (int) v[8]);
            mem.write32(buf + 40, (int) v[9]);
            mem.write32(buf + 44, (int) v[10]);
            for (int i = 48; i < 64; i += 4) {
                mem.write32(buf + i, 0);
            }
            return 0;
        }
        writable(buf, 84);
        mem.write32(buf, (int) v[0]);
        mem.write32(buf + 4, (int) v[1]);
        for (int i = 2; i <= 6; i++) {
            mem.write64(buf + 8 + 8L * (i - 2), v[i]);
        }
        mem.write64(buf + 48, v[7]);
        mem.write32(buf + 56, (int) v[8]);
        mem.write32(buf + 60, (int) v[9]);
        mem.write32(buf + 64, (int) v[10]);
        for (int i = 68; i < 84; i += 4) {
            mem.write32(buf + i, 0);
        }
        return 0;
    }

    /** statfs/fstatfs: struct statfs is all longs on both 64-bit ABIs. */
    public long statfs(long pathAddr, long buf) {
        return filled(buf, STATFS_SIZE, host.syscall(HostSyscall.STATFS, hostPath(pathAddr, true), buffer(buf, STATFS_SIZE)));
    }

    public long fstatfs(int fd, long buf) {
        return filled(buf, STATFS_SIZE, host.syscall(HostSyscall.FSTATFS, hostFd(fd), buffer(buf, STATFS_SIZE)));
    }

    private static final int STATFS_SIZE = 120;

    // ------------------------------------------------------------------ terminals and devices

    /**
     * ioctl: only requests known to have the same number and argument layout on the guest
     * ABIs and the host pass through; anything else is ENOTTY, as for a device without it.
     */
    public long ioctl(int fd, int request, long arg) {
        int h = hostFd(fd);
        switch (request) {
            case 0x5451 -> { // FIOCLEX
                fds.setCloexec(fd, true);
                return 0;
            }
            case 0x5450 -> { // FIONCLEX
                fds.setCloexec(fd, false);
                return 0;
            }
            // TCGETS, TCSETS, TCSETSW, TCSETSF (struct termios, 36 bytes), TCGETA..., TIOCGLCKTRMIOS
            case 0x5401, 0x5402, 0x5403, 0x5404 -> {
                return filled(arg, 36, host.syscall(HostSyscall.IOCTL, h, request, buffer(arg, 36)));
            }
            // TIOCGWINSZ, TIOCSWINSZ (struct winsize, 8 bytes)
            case 0x5413, 0x5414 -> {
                return filled(arg, 8, host.syscall(HostSyscall.IOCTL, h, request, buffer(arg, 8)));
            }
            // TIOCGPGRP, TIOCSPGRP, FIONREAD, FIONBIO, TIOCGSID, TIOCOUTQ, TIOCGPTN, TIOCSPTLCK, FIOASYNC
            case 0x540f, 0x5410, 0x541b, 0x5421, 0x5429, 0x5411, 0x80045430, 0x40045431, 0x5452 -> {
                return filled(arg, 4, host.syscall(HostSyscall.IOCTL, h, request, buffer(arg, 4)));
            }
            // TIOCSCTTY, TIOCNOTTY, TCSBRK, TCXONC, TCFLSH, TIOCEXCL, TIOCNXCL: integer or no argument
            case 0x540e, 0x5422, 0x5409, 0x540a, 0x540b, 0x540c, 0x540d -> {
                return host.syscall(HostSyscall.IOCTL, h, request, arg);
            }
            default -> {
                return -Errno.ENOTTY;
            }
        }
    }

    // ------------------------------------------------------------------ waiting for descriptors

    /** ppoll: struct pollfd is {int fd; short events; short revents;} everywhere. */
    public long ppoll(long fdsAddr, long nfds, long timeout, long sigmask, long sigsetSize) {
        return ppoll(fdsAddr, nfds, timeout, sigmask, sigsetSize, false);
    }

    /** ppoll; {@code time32}: an ILP32 guest's old ppoll, whose timeout is a 32-bit struct timespec. */
    public long ppoll(long fdsAddr, long nfds, long timeout, long sigmask, long sigsetSize, boolean time32) {
        return ppoll(fdsAddr, nfds, timeout, sigmask, sigsetSize, time32 ? T_SPEC32 : T_SPEC64);
    }

    /** poll (arm has it; arm64 only ppoll): a timeout in milliseconds, negative for none. */
    public long poll(long fdsAddr, long nfds, int timeoutMs) {
        return ppoll(fdsAddr, nfds, timeoutMs, 0, 8, T_MS);
    }

    // How ppoll and pselect6 get their timeout: a pointer to a 64-bit or 32-bit struct timespec,
    // to a struct timeval of the guest's longs (select), or a number of milliseconds (poll).
    private static final int T_SPEC64 = 0, T_SPEC32 = 1, T_TIMEVAL = 2, T_MS = 3;

    private long ppoll(long fdsAddr, long nfds, long timeout, long sigmask, long sigsetSize, int kind) {
        if (nfds < 0 || nfds > fds.limit()) {
            return -Errno.EINVAL;
        }
        int n = (int) nfds;
        readable(fdsAddr, 8L * n);
        writable(fdsAddr, 8L * n);
        long at = Host.STRUCT;
        if (8L * n > Host.SCRATCH_SIZE - at) {
            return -Errno.ENOMEM;
        }
        MemorySegment s = host.scratch();
        int invalid = 0;
        for (int i = 0; i < n; i++) {
            int fd = mem.read32(fdsAddr + 8L * i);
            int h = fd < 0 ? -1 : fds.host(fd);
            if (fd >= 0 && h < 0) {
                invalid++;
            }
            s.set(JAVA_INT, at + 8L * i, h);
            s.set(JAVA_SHORT, at + 8L * i + 4, (short) mem.read16(fdsAddr + 8L * i + 4));
            s.set(JAVA_SHORT, at + 8L * i + 6, (short) 0);
        }
        long timeAt = at + 8L * n + 16;
        long hostTimeout = timeoutIn(timeout, kind, timeAt);
        long r;
        if (!withMask(sigmask, sigsetSize)) {
            return -Errno.EINTR;
        }
        if (invalid > 0) {
            // Invalid descriptors are ready (POLLNVAL) at once: poll the rest without waiting.
            long zero = at + 8L * n;
            s.set(JAVA_LONG, zero, 0L);
            s.set(JAVA_LONG, zero + 8, 0L);
            r = host.syscall(HostSyscall.PPOLL, host.scratchAddress(at), n, host.scratchAddress(zero), 0, 8);
        } else {
            t.beginBlocking();
            try {
                r = host.syscall(HostSyscall.PPOLL, host.scratchAddress(at), n, hostTimeout, 0, 8);
            } finally {
                t.endBlocking();
            }
        }
        endMask(sigmask, r);
        timeLeft(timeout, kind, timeAt);
        if (r < 0) {
            return r;
        }
        for (int i = 0; i < n; i++) {
            int fd = mem.read32(fdsAddr + 8L * i);
            short revents = s.get(JAVA_SHORT, at + 8L * i + 6);
            if (fd >= 0 && fds.host(fd) < 0) {
                revents = 0x20; // POLLNVAL
                r++;
            }
            mem.write16(fdsAddr + 8L * i + 6, revents);
        }
        return r;
    }

    /** pselect6: guest fd_sets are rebuilt as host fd_sets over the host numbers. */
    public long pselect6(int nfds, long readfds, long writefds, long exceptfds, long timeout, long sigmaskArg) {
        return pselect6(nfds, readfds, writefds, exceptfds, timeout, sigmaskArg, false);
    }

    /**
     * pselect6; {@code time32}: an ILP32 guest's old pselect6 (32-bit struct timespec). An ILP32
     * guest's fd_set is made of 32-bit longs (the same bits; only its size rounds to 4 bytes),
     * and the sixth argument's {sigset pointer, size} pair is two 32-bit words.
     */
    public long pselect6(int nfds, long readfds, long writefds, long exceptfds, long timeout, long sigmaskArg,
            boolean time32) {
        return pselect6(nfds, readfds, writefds, exceptfds, timeout, sigmaskArg, time32 ? T_SPEC32 : T_SPEC64);
    }

    /** select (arm's _newselect): pselect6 with a struct timeval of the guest's longs and no mask. */
    public long select(int nfds, long readfds, long writefds, long exceptfds, long timeval) {
        return pselect6(nfds, readfds, writefds, exceptfds, timeval, 0, T_TIMEVAL);
    }

    private long pselect6(int nfds, long readfds, long writefds, long exceptfds, long timeout, long sigmaskArg,
            int kind) {
        if (nfds < 0 || nfds > fds.limit()) {
            return -Errno.EINVAL;
        }
        int words = (nfds + 63) / 64;
        // bytes of a guest fd_set the kernel reads and writes: whole guest longs
        int setBytes = ilp32 ? (nfds + 31) / 32 * 4 : 8 * words;
        long[][] guestSets = {readSet(readfds, words, setBytes), readSet(writefds, words, setBytes),
            readSet(exceptfds, words, setBytes)};
        int maxHost = -1;
        for (long[] set : guestSets) {
            if (set == null) {
                continue;
            }
            for (int fd = 0; fd < nfds; fd++) {
                if ((set[fd >> 6] >>> (fd & 63) & 1) != 0) {
                    int h = fds.host(fd);
                    if (h < 0) {
                        return -Errno.EBADF;
                    }
                    maxHost = Math.max(maxHost, h);
                }
            }
        }
        int hostWords = (maxHost + 64) / 64;
        MemorySegment s = host.scratch();
        long at = Host.STRUCT;
        long[] hostSetAt = new long[3];
        for (int k = 0; k < 3; k++) {
            if (guestSets[k] == null) {
                continue;
            }
            hostSetAt[k] = at;
            s.asSlice(at, 8L * hostWords).fill((byte) 0);
            for (int fd = 0; fd < nfds; fd++) {
                if ((guestSets[k][fd >> 6] >>> (fd & 63) & 1) != 0) {
                    int h = fds.host(fd);
                    long w = at + 8L * (h >> 6);
                    s.set(JAVA_LONG, w, s.get(JAVA_LONG, w) | 1L << (h & 63));
                }
            }
            at += 8L * Math.max(1, hostWords);
        }
        long timeAt = at;
        long hostTimeout = timeoutIn(timeout, kind, timeAt);
        // the sixth argument points to {const sigset_t *ss; size_t ss_len}
        long sigmask = 0, sigsetSize = 8;
        if (sigmaskArg != 0) {
            readable(sigmaskArg, 2L * word);
            sigmask = readWord(sigmaskArg);
            sigsetSize = readWord(sigmaskArg + word);
        }
        if (!withMask(sigmask, sigsetSize)) {
            return -Errno.EINTR;
        }
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(HostSyscall.PSELECT6, maxHost + 1, addr(hostSetAt[0]), addr(hostSetAt[1]),
                    addr(hostSetAt[2]), hostTimeout, 0);
        } finally {
            t.endBlocking();
        }
        endMask(sigmask, r);
        timeLeft(timeout, kind, timeAt);
        if (r < 0) {
            return r;
        }
        long[] sets = {readfds, writefds, exceptfds};
        for (int k = 0; k < 3; k++) {
            if (guestSets[k] == null) {
                continue;
            }
            long[] out = new long[words];
            for (int fd = 0; fd < nfds; fd++) {
                if ((guestSets[k][fd >> 6] >>> (fd & 63) & 1) != 0) {
                    int h = fds.host(fd);
                    if ((s.get(JAVA_LONG, hostSetAt[k] + 8L * (h >> 6)) >>> (h & 63) & 1) != 0) {
                        out[fd >> 6] |= 1L << (fd & 63);
                    }
                }
            }
            for (int b = 0; b < setBytes; b++) {
                mem.write8(sets[k] + b, (int) (out[b >> 3] >>> (8 * (b & 7))));
            }
        }
        return r;
    }

    /**
     * set_user_sigmask(): ppoll and pselect6 wait with the guest's {@code sigmask} (0: none) in
     * place of the thread's mask. False if a signal it unblocks is already pending: the call
     * then returns EINTR at once, and the handler runs with the old mask saved.
     */
    boolean withMask(long sigmask, long sigsetSize) {
        if (sigmask == 0) {
            return true;
        }
        if (sigsetSize != 8) {
            throw new SyscallException(Errno.EINVAL);
        }
        readable(sigmask, 8);
        t.savedMask = t.signalMask;
        t.setSignalMask(mem.read64(sigmask));
        host.clearWake();
        if (p.signals.hasDeliverable(t)) {
            t.restoreSavedMask = true;
            return false;
        }
        return true;
    }

    /** restore_saved_sigmask_unless(): the old mask comes back now, or after the handler if interrupted. */
    void endMask(long sigmask, long r) {
        if (sigmask == 0) {
            return;
        }
        if (r == -Errno.EINTR) {
            t.restoreSavedMask = true;
        } else {
            t.setSignalMask(t.savedMask);
        }
    }

    private long addr(long scratchOffset) {
        return scratchOffset == 0 ? 0 : host.scratchAddress(scratchOffset);
    }

    /** A guest fd_set of {@code bytes} bytes as {@code words} 64-bit words (the same bits: fd n is bit n%8 of byte n/8). */
    private long[] readSet(long addr, int words, int bytes) {
        if (addr == 0) {
            return null;
        }
        readable(addr, bytes);
        writable(addr, bytes);
        long[] set = new long[words];
        for (int b = 0; b < bytes; b++) {
            set[b >> 3] |= (long) (mem.read8(addr + b) & 0xff) << (8 * (b & 7));
        }
        return set;
    }

    /** The host timeout (a struct timespec's address, 0 for none) of ppoll and pselect6; converted ones go to scratch {@code timeAt}. */
    private long timeoutIn(long timeout, int kind, long timeAt) {
        var s = host.scratch();
        switch (kind) {
            case T_SPEC64, T_SPEC32 -> {
                return hostTimes(timeout, 1, kind == T_SPEC32, timeAt);
            }
            case T_MS -> {
                int ms = (int) timeout;
                if (ms < 0) {
                    return 0;
                }
                s.set(JAVA_LONG, timeAt, ms / 1000L);
                s.set(JAVA_LONG, timeAt + 8, ms % 1000 * 1_000_000L);
                return host.scratchAddress(timeAt);
            }
            default -> {
                if (timeout == 0) {
                    return 0;
                }
                readable(timeout, 2L * word);
                long sec = readLong(timeout), usec = readLong(timeout + word);
                sec += usec / 1_000_000;
                long nsec = usec % 1_000_000 * 1000;
                if (sec < 0 || nsec < 0) {
                    throw new SyscallException(Errno.EINVAL);
                }
                s.set(JAVA_LONG, timeAt, sec);
                s.set(JAVA_LONG, timeAt + 8, nsec);
                return host.scratchAddress(timeAt);
            }
        }
    }

    /** The time left that ppoll and pselect6 store back into the guest's timeout (from scratch {@code timeAt} where converted). */
    private void timeLeft(long timeout, int kind, long timeAt) {
        if (timeout == 0 || kind == T_MS) {
            return;
        }
        switch (kind) {
            case T_SPEC64 -> {
                if (ilp32) { // the host wrote into the copy
                    writable(timeout, 16);
                    mem.write64(timeout, host.scratch().get(JAVA_LONG, timeAt));
                    mem.write64(timeout + 8, host.scratch().get(JAVA_LONG, timeAt + 8));
                } else {
                    mem.noteHostWrite(timeout, 16);
                }
            }
            case T_SPEC32 -> timesToGuest32(timeAt, timeout, 1);
            default -> {
                writable(timeout, 2L * word);
                writeWord(timeout, host.scratch().get(JAVA_LONG, timeAt));
                writeWord(timeout + word, host.scratch().get(JAVA_LONG, timeAt + 8) / 1000);
            }
        }
    }
}
