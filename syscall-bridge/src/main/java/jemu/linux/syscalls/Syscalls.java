package jemu.linux.syscalls;

import jemu.core.memory.GuestMemory;
import jemu.linux.Errno;
import jemu.linux.FdTable;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;

/** What every family of system call handlers shares: its thread, and argument conversions. */
abstract class Syscalls {
    static final int AT_FDCWD = -100;
    static final int AT_EMPTY_PATH = 0x1000, AT_SYMLINK_NOFOLLOW = 0x100;

    final GuestThread t;
    final GuestProcess p;
    final GuestMemory mem;
    final Host host;
    final FdTable fds;
    /**
     * Bytes of the guest's {@code long} and pointers: 8 on an LP64 guest (AArch64), 4 on an
     * ILP32 one (ARM EABI). Structs with long or pointer fields are laid out by it.
     */
    final int word;
    /** An ILP32 guest: longs and pointers are 4 bytes, time_t of the old calls too. */
    final boolean ilp32;

    Syscalls(GuestThread t) {
        this.t = t;
        this.p = t.process;
        this.mem = t.mem;
        this.host = t.host;
        this.fds = t.process.fds;
        this.word = t.process.arch.wordSize();
        this.ilp32 = word == 4;
    }

    /** A guest unsigned long or pointer at {@code addr} (zero-extended on ILP32). */
    final long readWord(long addr) {
        return ilp32 ? mem.read32(addr) & 0xffff_ffffL : mem.read64(addr);
    }

    /** A guest signed long at {@code addr} (sign-extended on ILP32). */
    final long readLong(long addr) {
        return ilp32 ? mem.read32(addr) : mem.read64(addr);
    }

    /** A time_t or timespec/timeval field: 64-bit, or 32-bit (sign-extended) in the old calls of an ILP32 guest. */
    final long readTime(long addr, boolean time32) {
        return time32 ? mem.read32(addr) : mem.read64(addr);
    }

    /**
     * tv_nsec of a guest struct timespec. In a 64-bit one from an ILP32 guest (the *_time64
     * calls) only the low half counts: the kernel drops the upper one (get_timespec64), where
     * glibc leaves padding.
     */
    final long readNsec(long addr, boolean time32) {
        return time32 ? mem.read32(addr) : ilp32 ? mem.read64(addr) & 0xffff_ffffL : mem.read64(addr);
    }

    final void writeTime(long addr, long v, boolean time32) {
        if (time32) {
            mem.write32(addr, (int) v);
        } else {
            mem.write64(addr, v);
        }
    }

    /** Scratch offset where {@link #hostTimes} puts converted 32-bit times by default (below RESOLVE). */
    static final long TIME32 = Host.RESOLVE - 128;

    /**
     * {@code n} guest timespecs or timevals at {@code addr} for the host (two 64-bit words
     * each): an LP64 guest's own buffer, or a converted copy at scratch offset {@code off}: with
     * {@code time32} (an ILP32 guest's old calls) from two 32-bit words each, and in an ILP32
     * guest's *_time64 calls with the upper half of each tv_nsec dropped (see {@link #readNsec}).
     * 0 for NULL.
     */
    final long hostTimes(long addr, int n, boolean time32, long off) {
        if (addr == 0) {
            return 0;
        }
        if (!time32 && !ilp32) {
            return buffer(addr, 16L * n);
        }
        if (!time32) {
            readable(addr, 16L * n);
            for (int i = 0; i < n; i++) {
                host.scratch().set(java.lang.foreign.ValueLayout.JAVA_LONG, off + 16L * i, mem.read64(addr + 16L * i));
                host.scratch().set(java.lang.foreign.ValueLayout.JAVA_LONG, off + 16L * i + 8, readNsec(addr + 16L * i + 8, false));
            }
            return host.scratchAddress(off);
        }
        readable(addr, 8L * n);
        for (int i = 0; i < 2 * n; i++) {
            host.scratch().set(java.lang.foreign.ValueLayout.JAVA_LONG, off + 8L * i, (long) mem.read32(addr + 4L * i));
        }
        return host.scratchAddress(off);
    }

    /** {@code n} host timespecs at scratch offset {@code off} stored as an ILP32 guest's 32-bit ones at {@code addr}. */
    final void timesToGuest32(long off, long addr, int n) {
        for (int i = 0; i < 2 * n; i++) {
            mem.write32(addr + 4L * i, (int) host.scratch().get(java.lang.foreign.ValueLayout.JAVA_LONG, off + 8L * i));
        }
    }

    /**
     * A host call that fills {@code n} timespecs (or timevals): into the guest's buffer at
     * {@code addr} directly, or with {@code time32} into scratch and then converted. {@code call}
     * gets the host address to pass.
     */
    final long timesOut(long addr, int n, boolean time32, java.util.function.LongUnaryOperator call) {
        if (!time32) {
            return filled(addr, 16L * n, call.applyAsLong(buffer(addr, 16L * n)));
        }
        writable(addr, 8L * n);
        long r = call.applyAsLong(host.scratchAddress(TIME32));
        if (r >= 0) {
            timesToGuest32(TIME32, addr, n);
        }
        return r;
    }

    /** Stores a guest long or pointer (truncated to 32 bits on ILP32). */
    final void writeWord(long addr, long v) {
        if (ilp32) {
            mem.write32(addr, (int) v);
        } else {
            mem.write64(addr, v);
        }
    }

    /** The host descriptor behind a guest one, or EBADF. */
    final int hostFd(int fd) {
        int h = fds.host(fd);
        if (h < 0) {
            throw new SyscallException(Errno.EBADF);
        }
        return h;
    }

    /**
     * The host address of a guest buffer of {@code len} bytes, which must lie inside the guest
     * window (a host call may then touch only guest memory; unmapped guest pages are inaccessible
     * on the host too, so the host kernel answers EFAULT exactly where Linux would).
     */
    final long buffer(long addr, long len) {
        if (len < 0 || addr < 0 || addr + len > mem.size || addr + len < addr) {
            throw new SyscallException(Errno.EFAULT);
        }
        return mem.host(addr);
    }

    /** A guest struct that a handler fills through {@code mem.segment()}: checked writable first. */
    final long writable(long addr, long len) {
        if (!mem.isAccessible(addr, len, GuestMemory.W)) {
            throw new SyscallException(Errno.EFAULT);
        }
        mem.noteHostWrite(addr, len);
        return addr;
    }

    /** A guest struct that a handler reads through {@code mem.segment()}: checked readable first. */
    final long readable(long addr, long len) {
        if (!mem.isAccessible(addr, len, GuestMemory.R)) {
            throw new SyscallException(Errno.EFAULT);
        }
        return addr;
    }

    /**
     * The path argument of an *at call, made the host's: leaves it as a C string in the scratch
     * {@code slot} and returns the host directory descriptor to pass with it. Inside a root file
     * system the lookup is done here and must know whether the call follows a link in the last
     * component ({@code followLast}, as the call's own flags say).
     */
    final int at(int dirfd, byte[] path, boolean followLast, long slot) {
        if (path.length == 0) {
            host.cString(path, slot);
            return dirfd == AT_FDCWD ? AT_FDCWD : hostFd(dirfd);
        }
        // /proc/self/fd/N, /dev/fd/N and /proc/self/exe lead to what the guest's fd N and program are.
        byte[] proc = followLast && path[0] == '/' ? jemu.linux.ProcFiles.hostPath(p, path) : null;
        if (proc != null) {
            host.cString(proc, slot);
            return AT_FDCWD;
        }
        if (p.paths.inRoot()) {
            int hostDir = dirfd == AT_FDCWD || path[0] == '/' ? AT_FDCWD : hostFd(dirfd);
            host.cString(p.paths.resolveAt(hostDir, path, followLast, host), slot);
            return AT_FDCWD;
        }
        // An absolute path ignores the directory (the host's -1 is never looked at).
        int hostDir = dirfd == AT_FDCWD ? AT_FDCWD : path[0] == '/' ? -1 : hostFd(dirfd);
        host.cString(p.paths.resolve(path, host), slot);
        return hostDir;
    }

    /** The host address of a path slot {@link #at} filled. */
    final long slot(long slot) {
        return host.scratchAddress(slot);
    }

    /** A path argument of a call without a directory descriptor (following a final link), as a host C string in PATH1. */
    final long hostPath(long addr, boolean followLast) {
        at(AT_FDCWD, t.readPath(addr), followLast, Host.PATH1);
        return slot(Host.PATH1);
    }

    /** A host call that filled a guest struct of {@code len} bytes at {@code addr} when it succeeded. */
    final long filled(long addr, long len, long r) {
        if (r >= 0) {
            mem.noteHostWrite(addr, len);
        }
        return r;
    }

    /** Records a host result that wrote {@code r} bytes into guest memory at {@code addr}. */
    final long wrote(long addr, long r) {
        if (r > 0) {
            mem.noteHostWrite(addr, r);
        }
        return r;
    }
}
