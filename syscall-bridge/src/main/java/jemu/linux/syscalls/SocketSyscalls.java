package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * Sockets (net/socket.c). Every structure that crosses here has one layout on arm64 and x86-64
 * (sockaddr_*, msghdr, mmsghdr, cmsghdr, iovec, ucred, timeval, linger), and the socket, level,
 * option and MSG_* numbers are asm-generic on both, so buffers go to the host in place. An
 * ILP32 guest (arm) has the same numbers, but its msghdr, mmsghdr, cmsghdr, iovec, sock_fprog
 * and old-style timeval options have 32-bit longs and pointers: those are converted. What is
 * translated: descriptors (the socket itself, and those an SCM_RIGHTS message carries, both
 * ways), pointers inside structures (iovecs, msg_name, msg_control, a socket filter), and the
 * path of an AF_UNIX address, which names a guest file (through the sysroot or root file system;
 * getsockname and friends show the guest's path back).
 *
 * <p>Calls that may wait (accept, connect, send*, recv*) are interruptible by guest signals and
 * restart under SA_RESTART, except when the socket has a timeout for that direction
 * (SO_RCVTIMEO/SO_SNDTIMEO): Linux's sock_intr_errno() then reports EINTR.
 */
public final class SocketSyscalls extends Syscalls {
    static final int AF_UNIX = 1;
    static final int SOL_SOCKET = 1, SCM_RIGHTS = 1;
    static final int SOCK_CLOEXEC = 02000000;
    static final int MSG_CTRUNC = 8, MSG_DONTWAIT = 0x40, MSG_NOSIGNAL = 0x4000, MSG_WAITFORONE = 0x10000,
            MSG_CMSG_CLOEXEC = 0x40000000;
    private static final int SO_RCVTIMEO_OLD = 20, SO_SNDTIMEO_OLD = 21, SO_ATTACH_FILTER = 26, SO_ATTACH_BPF = 50,
            SO_ATTACH_REUSEPORT_CBPF = 51, SO_ATTACH_REUSEPORT_EBPF = 52, SO_PEERPIDFD = 77;
    /** sizeof(struct sockaddr_storage): the kernel's limit on an address, in and out. */
    private static final int SOCKADDR_MAX = 128;
    /** sizeof(sockaddr_un.sun_path). */
    private static final int SUN_PATH = 108;
    /** UIO_MAXIOV: the most iovecs, and the most messages of sendmmsg/recvmmsg. */
    private static final int UIO_MAXIOV = 1024;

    // struct msghdr of the host and the LP64 guests: name, namelen, iov, iovlen, control, controllen, flags
    // (an ILP32 guest's is the same fields in 4-byte slots, 28 bytes; its struct mmsghdr is 32)
    private static final int MSG_NAME = 0, MSG_NAMELEN = 8, MSG_IOV = 16, MSG_IOVLEN = 24, MSG_CONTROL = 32,
            MSG_CONTROLLEN = 40, MSG_FLAGS = 48, MSGHDR_SIZE = 56;
    /** struct cmsghdr: size_t cmsg_len, int cmsg_level, int cmsg_type, then the data (CMSG_ALIGN 8). */
    private static final int CMSG_HDR = 16;

    // The scratch area: iovecs where FileSyscalls.hostIovec puts them (STRUCT, up to 16 KiB), then ours.
    private static final long MSG = Host.STRUCT + 16 * 1024, ADDR = MSG + 64, ADDRLEN = ADDR + SOCKADDR_MAX,
            OPT = ADDRLEN + 16, CONTROL = MSG + 512;
    private static final int CONTROL_MAX = (int) (Host.SCRATCH_SIZE - CONTROL);

    /**
     * AF_UNIX names this process bound or connected to whose host spelling differs from the
     * guest's (host sun_path -> guest sun_path), so getsockname/getpeername/accept/recvfrom can
     * answer with the guest's. Kept for the JVM's lifetime, which is the host process's: the
     * sockets outlive an execve, and a forked child starts a JVM of its own.
     */
    private static final Map<String, byte[]> UNIX_NAMES = new ConcurrentHashMap<>();

    /** The directory descriptor behind a "/proc/self/fd/N/name" spelling of a long path, to close after the call. */
    private int heldDirFd = -1;

    public SocketSyscalls(GuestThread t) {
        super(t);
    }

    // ------------------------------------------------------------------ descriptors

    public long socket(int domain, int type, int protocol) {
        long h = host.syscall(HostSyscall.SOCKET, domain, type | SOCK_CLOEXEC, protocol);
        return h < 0 ? h : t.files.newGuestFd((int) h, 0, (type & SOCK_CLOEXEC) != 0);
    }

    public long socketpair(int domain, int type, int protocol, long sv) {
        writable(sv, 8);
        long at = OPT;
        long r = host.syscall(HostSyscall.SOCKETPAIR, domain, type | SOCK_CLOEXEC, protocol, host.scratchAddress(at));
        if (r < 0) {
            return r;
        }
        int h0 = host.scratch().get(JAVA_INT, at), h1 = host.scratch().get(JAVA_INT, at + 4);
        boolean cloexec = (type & SOCK_CLOEXEC) != 0;
        long g0 = t.files.newGuestFd(h0, 0, cloexec);
        if (g0 < 0) {
            host.close(h1);
            return g0;
        }
        long g1 = t.files.newGuestFd(h1, 0, cloexec);
        if (g1 < 0) {
            t.files.close((int) g0);
            return g1;
        }
        mem.write32(sv, (int) g0);
        mem.write32(sv + 4, (int) g1);
        return 0;
    }

    public long bind(int fd, long addr, int len) {
        int h = hostFd(fd);
        try {
            int n = sockaddrIn(addr, len, false);
            return host.syscall(HostSyscall.BIND, h, host.scratchAddress(ADDR), n);
        } finally {
            releaseDir();
        }
    }

    public long listen(int fd, int backlog) {
        return host.syscall(HostSyscall.LISTEN, hostFd(fd), backlog);
    }

    public long accept4(int fd, long addr, long addrLen, int flags) {
        int h = hostFd(fd);
        int room = addrRoom(addr, addrLen);
        long r = waiting(h, SO_RCVTIMEO_OLD, HostSyscall.ACCEPT4, h, addr == 0 ? 0 : host.scratchAddress(ADDR),
                addr == 0 ? 0 : host.scratchAddress(ADDRLEN), flags | SOCK_CLOEXEC, 0, 0);
        if (r < 0) {
            return r;
        }
        long g = t.files.newGuestFd((int) r, 0, (flags & SOCK_CLOEXEC) != 0);
        if (g >= 0 && addr != 0) {
            sockaddrOut(addr, addrLen, room);
        }
        return g;
    }

    public long connect(int fd, long addr, int len) {
        int h = hostFd(fd);
        try {
            int n = sockaddrIn(addr, len, true);
            return waiting(h, SO_SNDTIMEO_OLD, HostSyscall.CONNECT, h, host.scratchAddress(ADDR), n, 0, 0, 0);
        } finally {
            releaseDir();
        }
    }

    public long getsockname(int fd, long addr, long addrLen) {
        return name(HostSyscall.GETSOCKNAME, fd, addr, addrLen);
    }

    public long getpeername(int fd, long addr, long addrLen) {
        return name(HostSyscall.GETPEERNAME, fd, addr, addrLen);
    }

    private long name(int nr, int fd, long addr, long addrLen) {
        int h = hostFd(fd);
        int room = addrRoom(addr, addrLen);
        long r = host.syscall(nr, h, host.scratchAddress(ADDR), host.scratchAddress(ADDRLEN));
        if (r == 0) {
            sockaddrOut(addr, addrLen, room);
        }
        return r;
    }

    public long shutdown(int fd, int how) {
        return host.syscall(HostSyscall.SHUTDOWN, hostFd(fd), how);
    }

    // ------------------------------------------------------------------ options

    public long setsockopt(int fd, int level, int name, long value, int len) {
        int h = hostFd(fd);
        if (len < 0) {
            return -Errno.EINVAL;
        }
        if (level == SOL_SOCKET && (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF) && len == 2 * word) {
            // struct sock_fprog { unsigned short len; struct sock_filter *filter; }: a guest pointer inside
            readable(value, 2L * word);
            int count = mem.read16(value) & 0xffff;
            long filter = readWord(value + word);
            MemorySegment s = host.scratch();
            s.set(JAVA_LONG, OPT, count);
            s.set(JAVA_LONG, OPT + 8, count == 0 ? 0 : buffer(filter, 8L * count));
            return host.syscall(HostSyscall.SETSOCKOPT, h, level, name, host.scratchAddress(OPT), 16);
        }
        if (level == SOL_SOCKET && (name == SO_ATTACH_BPF || name == SO_ATTACH_REUSEPORT_EBPF) && len >= 4) {
            readable(value, 4);
            host.scratch().set(JAVA_INT, OPT, hostFd(mem.read32(value)));
            return host.syscall(HostSyscall.SETSOCKOPT, h, level, name, host.scratchAddress(OPT), 4);
        }
        if (ilp32 && level == SOL_SOCKET && (name == SO_RCVTIMEO_OLD || name == SO_SNDTIMEO_OLD)) {
            // an ILP32 guest's struct timeval is two 32-bit longs; the host's option takes 64-bit ones
            if (len < 8) {
                return -Errno.EINVAL;
            }
            readable(value, 8);
            host.scratch().set(JAVA_LONG, OPT, (long) mem.read32(value));
            host.scratch().set(JAVA_LONG, OPT + 8, (long) mem.read32(value + 4));
            return host.syscall(HostSyscall.SETSOCKOPT, h, level, name, host.scratchAddress(OPT), 16);
        }
        return host.syscall(HostSyscall.SETSOCKOPT, h, level, name, len == 0 ? 0 : buffer(value, len), len);
    }

    public long getsockopt(int fd, int level, int name, long value, long lenAddr) {
        int h = hostFd(fd);
        readable(lenAddr, 4);
        writable(lenAddr, 4);
        int len = mem.read32(lenAddr);
        if (len < 0) {
            return -Errno.EINVAL;
        }
        if (ilp32 && level == SOL_SOCKET && (name == SO_RCVTIMEO_OLD || name == SO_SNDTIMEO_OLD)) {
            MemorySegment s = host.scratch();
            s.set(JAVA_INT, OPT + 16, 16);
            long r = host.syscall(HostSyscall.GETSOCKOPT, h, level, name, host.scratchAddress(OPT),
                    host.scratchAddress(OPT + 16));
            if (r < 0) {
                return r;
            }
            int out = Math.min(len, 8);
            writable(value, out);
            byte[] tv = new byte[8];
            java.nio.ByteBuffer.wrap(tv).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .putInt((int) s.get(JAVA_LONG, OPT)).putInt((int) s.get(JAVA_LONG, OPT + 8));
            mem.writeBytes(value, tv, 0, out);
            mem.write32(lenAddr, out);
            return r;
        }
        long r = host.syscall(HostSyscall.GETSOCKOPT, h, level, name, len == 0 ? 0 : buffer(value, len),
                buffer(lenAddr, 4));
        if (r < 0) {
            return r;
        }
        int out = Math.min(len, mem.read32(lenAddr));
        mem.noteHostWrite(value, out);
        if (level == SOL_SOCKET && name == SO_PEERPIDFD && out >= 4) {
            // a new pidfd (always close-on-exec) in the host's table: it needs a guest number
            long g = t.files.newGuestFd(mem.read32(value), 0, true);
            if (g < 0) {
                return g;
            }
            mem.write32(value, (int) g);
        }
        return r;
    }

    // ------------------------------------------------------------------ data

    public long sendto(int fd, long buf, long len, int flags, long addr, int addrLen) {
        int h = hostFd(fd);
        long b = buffer(buf, len);
        try {
            int n = addr == 0 ? 0 : sockaddrIn(addr, addrLen, true);
            return sent(waiting(h, SO_SNDTIMEO_OLD, HostSyscall.SENDTO, h, b, len, flags,
                    addr == 0 ? 0 : host.scratchAddress(ADDR), n), flags);
        } finally {
            releaseDir();
        }
    }

    public long recvfrom(int fd, long buf, long len, int flags, long addr, long addrLen) {
        int h = hostFd(fd);
        long b = buffer(buf, len);
        int room = addrRoom(addr, addrLen);
        long r = waiting(h, SO_RCVTIMEO_OLD, HostSyscall.RECVFROM, h, b, len, flags,
                addr == 0 ? 0 : host.scratchAddress(ADDR), addr == 0 ? 0 : host.scratchAddress(ADDRLEN));
        if (r >= 0) {
            wrote(buf, Math.min(r, len));
            if (addr != 0) {
                sockaddrOut(addr, addrLen, room);
            }
        }
        return r;
    }

    public long sendmsg(int fd, long msg, int flags) {
        return message(hostFd(fd), msg, flags, true);
    }

    public long recvmsg(int fd, long msg, int flags) {
        return message(hostFd(fd), msg, flags, false);
    }

    /** sendmmsg: one sendmsg per message (as QEMU does), each one's count into its msg_len. */
    public long sendmmsg(int fd, long vec, int vlen, int flags) {
        return messages(fd, vec, vlen, flags, 0, true);
    }

    /**
     * recvmmsg: one recvmsg per message; MSG_WAITFORONE makes those after the first
     * non-blocking, and the timeout is looked at after each message (as Linux does: it does not
     * bound a wait), the time left being written back.
     */
    public long recvmmsg(int fd, long vec, int vlen, int flags, long timeout) {
        return messages(fd, vec, vlen, flags, timeout, false, false);
    }

    /** recvmmsg; {@code time32}: the timeout is an ILP32 guest's old 32-bit struct timespec (recvmmsg, not recvmmsg_time64). */
    public long recvmmsg(int fd, long vec, int vlen, int flags, long timeout, boolean time32) {
        return messages(fd, vec, vlen, flags, timeout, false, time32);
    }

    private long messages(int fd, long vec, int vlen, int flags, long timeout, boolean send) {
        return messages(fd, vec, vlen, flags, timeout, send, false);
    }

    private long messages(int fd, long vec, int vlen, int flags, long timeout, boolean send, boolean time32) {
        int tw = time32 ? 4 : 8;
        // struct mmsghdr: a msghdr, then the unsigned msg_len (padded to a long)
        int mmsgLen = 7 * word, mmsgSize = 8 * word;
        int h = hostFd(fd);
        int n = Integer.compareUnsigned(vlen, UIO_MAXIOV) > 0 ? UIO_MAXIOV : vlen;
        long deadline = 0;
        if (timeout != 0) {
            readable(timeout, 2L * tw);
            long sec = readTime(timeout, time32), nsec = readNsec(timeout + tw, time32);
            if (sec < 0 || nsec < 0 || nsec >= 1_000_000_000L) {
                return -Errno.EINVAL;
            }
            deadline = System.nanoTime() + Math.min(sec, Long.MAX_VALUE / 2_000_000_000L) * 1_000_000_000L + nsec;
        }
        int done = 0;
        long r = 0;
        while (done < n) {
            long m = vec + (long) mmsgSize * done;
            r = message(h, m, flags & ~MSG_WAITFORONE, send);
            if (r < 0) {
                break;
            }
            mem.write32(m + mmsgLen, (int) r);
            done++;
            if ((flags & MSG_WAITFORONE) != 0) {
                flags |= MSG_DONTWAIT;
            }
            if (timeout != 0 && deadline - System.nanoTime() <= 0) {
                break;
            }
        }
        if (done == 0) {
            return r;
        }
        if (timeout != 0) {
            long left = Math.max(0, deadline - System.nanoTime());
            writable(timeout, 2L * tw);
            writeTime(timeout, left / 1_000_000_000L, time32);
            writeTime(timeout + tw, left % 1_000_000_000L, time32);
        }
        return done;
    }

    /**
     * sendmsg/recvmsg on host descriptor {@code h}: the guest's msghdr rebuilt in the scratch area
     * with host pointers, its address and control messages translated.
     */
    private long message(int h, long msg, int flags, boolean send) {
        // the guest's msghdr: name, namelen (int), iov, iovlen, control, controllen, flags (int), each in a long's slot
        int w = word, guestSize = ilp32 ? 28 : MSGHDR_SIZE;
        readable(msg, guestSize);
        long name = readWord(msg);
        int nameLen = mem.read32(msg + w);
        long iov = readWord(msg + 2L * w);
        long iovLen = readWord(msg + 3L * w);
        long control = readWord(msg + 4L * w);
        long controlLen = readWord(msg + 5L * w);
        long guestFlags = msg + 6L * w, guestControlLen = msg + 5L * w, guestNameLen = msg + w;
        if (!send) {
            writable(msg, guestSize);
        }
        if (nameLen < 0) {
            return -Errno.EINVAL;
        }
        if (Long.compareUnsigned(iovLen, UIO_MAXIOV) > 0) {
            return -Errno.EMSGSIZE;
        }
        nameLen = Math.min(nameLen, SOCKADDR_MAX);
        try {
            MemorySegment s = host.scratch();
            long hostName = 0;
            int hostNameLen = 0;
            if (name != 0) {
                hostName = host.scratchAddress(ADDR);
                hostNameLen = send ? sockaddrIn(name, nameLen, true) : SOCKADDR_MAX;
            }
            long hostIov = t.files.hostIovec(iov, (int) iovLen);
            long hostControl = 0, hostControlLen = 0;
            if (controlLen != 0 && (send || control != 0)) { // a NULL control to receive into: MSG_CTRUNC
                if (send) {
                    if (Long.compareUnsigned(controlLen, Integer.MAX_VALUE) > 0 || controlLen > CONTROL_MAX) {
                        return -Errno.ENOBUFS;
                    }
                    readable(control, controlLen);
                    if (ilp32) {
                        hostControlLen = controlToHost(mem.readBytes(control, (int) controlLen));
                    } else {
                        MemorySegment.copy(mem.segment(), control, s, CONTROL, controlLen);
                        hostControlLen = controlLen;
                    }
                    rightsToHost((int) hostControlLen);
                } else {
                    writable(control, Math.min(controlLen, CONTROL_MAX));
                    // an ILP32 guest's messages grow by half or more in the host's layout (headers of 16, not 12)
                    long room = ilp32 ? 2 * controlLen + 16 : controlLen;
                    hostControlLen = Long.compareUnsigned(room, CONTROL_MAX) > 0 ? CONTROL_MAX : room;
                }
                hostControl = host.scratchAddress(CONTROL);
            }
            s.set(JAVA_LONG, MSG + MSG_NAME, hostName);
            s.set(JAVA_INT, MSG + MSG_NAMELEN, hostNameLen);
            s.set(JAVA_INT, MSG + MSG_NAMELEN + 4, 0);
            s.set(JAVA_LONG, MSG + MSG_IOV, hostIov);
            s.set(JAVA_LONG, MSG + MSG_IOVLEN, iovLen);
            s.set(JAVA_LONG, MSG + MSG_CONTROL, hostControl);
            s.set(JAVA_LONG, MSG + MSG_CONTROLLEN, hostControlLen);
            s.set(JAVA_LONG, MSG + MSG_FLAGS, 0L);
            long hostMsg = host.scratchAddress(MSG);
            if (send) {
                return sent(waiting(h, SO_SNDTIMEO_OLD, HostSyscall.SENDMSG, h, hostMsg, flags, 0, 0, 0), flags);
            }
            long r = waiting(h, SO_RCVTIMEO_OLD, HostSyscall.RECVMSG, h, hostMsg, flags | MSG_CMSG_CLOEXEC, 0, 0, 0);
            if (r < 0) {
                return r;
            }
            t.files.noteIovecWrite(iov, (int) iovLen, r);
            // the kernel echoes MSG_CMSG_CLOEXEC in msg_flags: only if the guest asked for it
            int msgFlags = s.get(JAVA_INT, MSG + MSG_FLAGS) & ~MSG_CMSG_CLOEXEC | flags & MSG_CMSG_CLOEXEC;
            if (hostControl != 0) {
                long used = s.get(JAVA_LONG, MSG + MSG_CONTROLLEN);
                used = rightsToGuest((int) used, (flags & MSG_CMSG_CLOEXEC) != 0);
                if (rightsCut) {
                    msgFlags |= MSG_CTRUNC;
                }
                if (ilp32) {
                    byte[] g = controlToGuest((int) used, controlLen);
                    if (controlCut) {
                        msgFlags |= MSG_CTRUNC;
                    }
                    mem.writeBytes(control, g, 0, g.length);
                    used = g.length;
                } else {
                    MemorySegment.copy(s, CONTROL, mem.segment(), control, used);
                    mem.noteHostWrite(control, used);
                }
                writeWord(guestControlLen, used);
            } else {
                writeWord(guestControlLen, 0);
            }
            if (name != 0) {
                s.set(JAVA_INT, ADDRLEN, s.get(JAVA_INT, MSG + MSG_NAMELEN));
                int room = nameLen;
                byte[] a = guestSockaddr();
                int n = Math.min(room, a.length);
                mem.writeBytes(name, a, 0, n);
                mem.write32(guestNameLen, a.length);
            }
            mem.write32(guestFlags, msgFlags);
            return r;
        } finally {
            releaseDir();
        }
    }

    /** The SCM_RIGHTS descriptors of the control messages at CONTROL, guest numbers made the host's. */
    private void rightsToHost(int len) {
        MemorySegment s = host.scratch();
        for (int off = 0; off + CMSG_HDR <= len; ) {
            long cmsgLen = s.get(JAVA_LONG, CONTROL + off);
            if (cmsgLen < CMSG_HDR || cmsgLen > len - off) {
                return; // malformed: the host answers EINVAL for it
            }
            if (s.get(JAVA_INT, CONTROL + off + 8) == SOL_SOCKET && s.get(JAVA_INT, CONTROL + off + 12) == SCM_RIGHTS) {
                for (long at = CONTROL + off + CMSG_HDR; at + 4 <= CONTROL + off + cmsgLen; at += 4) {
                    s.set(JAVA_INT, at, hostFd(s.get(JAVA_INT, at)));
                }
            }
            off += (int) align(cmsgLen);
        }
    }

    /**
     * The host descriptors that arrived in SCM_RIGHTS messages at CONTROL, given guest numbers
     * (scm_detach_fds): returns the control length to hand back. If the guest's table could not
     * take them all, those left are closed, the message is cut and {@link #rightsCut} set (MSG_CTRUNC).
     */
    private long rightsToGuest(int len, boolean cloexec) {
        MemorySegment s = host.scratch();
        long kept = -1;
        for (int off = 0; off + CMSG_HDR <= len; ) {
            long cmsgLen = s.get(JAVA_LONG, CONTROL + off);
            if (cmsgLen < CMSG_HDR || cmsgLen > len - off) {
                break;
            }
            if (s.get(JAVA_INT, CONTROL + off + 8) == SOL_SOCKET && s.get(JAVA_INT, CONTROL + off + 12) == SCM_RIGHTS) {
                long end = CONTROL + off + cmsgLen;
                for (long at = CONTROL + off + CMSG_HDR; at + 4 <= end; at += 4) {
                    int hostFd = s.get(JAVA_INT, at);
                    if (kept >= 0) {
                        host.close(hostFd);
                        continue;
                    }
                    long g = t.files.newGuestFd(hostFd, 0, cloexec); // closes hostFd when it fails
                    if (g < 0) {
                        // the message keeps the descriptors installed so far; none: no message at all
                        long installed = at - (CONTROL + off + CMSG_HDR);
                        if (installed == 0) {
                            kept = off;
                        } else {
                            s.set(JAVA_LONG, CONTROL + off, CMSG_HDR + installed);
                            kept = off + align(CMSG_HDR + installed);
                        }
                        continue;
                    }
                    s.set(JAVA_INT, at, (int) g);
                }
            }
            off += (int) align(cmsgLen);
        }
        rightsCut = kept >= 0;
        return rightsCut ? kept : len;
    }

    /**
     * An ILP32 guest's control messages (struct cmsghdr {u32 len; int level, type;}, 12 bytes,
     * aligned to 4) rewritten at CONTROL in the host's layout (16-byte header, aligned to 8), as
     * the kernel's cmsghdr_from_user_compat_to_kern does; returns the host length.
     */
    private long controlToHost(byte[] g) {
        var in = java.nio.ByteBuffer.wrap(g).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        MemorySegment s = host.scratch();
        long out = 0;
        for (int off = 0; off + 12 <= g.length; ) {
            int len = in.getInt(off);
            if (len < 12 || len > g.length - off) {
                throw new SyscallException(Errno.EINVAL);
            }
            int data = len - 12;
            if (out + CMSG_HDR + data > CONTROL_MAX) {
                throw new SyscallException(Errno.ENOBUFS);
            }
            s.set(JAVA_LONG, CONTROL + out, (long) CMSG_HDR + data);
            s.set(JAVA_INT, CONTROL + out + 8, in.getInt(off + 4));
            s.set(JAVA_INT, CONTROL + out + 12, in.getInt(off + 8));
            MemorySegment.copy(g, off + 12, s, java.lang.foreign.ValueLayout.JAVA_BYTE, CONTROL + out + CMSG_HDR, data);
            out += align(CMSG_HDR + data);
            off += (len + 3) & ~3;
        }
        return out;
    }

    /**
     * The host's control messages at CONTROL ({@code len} bytes) in an ILP32 guest's layout, at
     * most {@code room} bytes of whole messages; {@link #controlCut} says whether some did not fit.
     */
    private byte[] controlToGuest(int len, long room) {
        MemorySegment s = host.scratch();
        var out = new java.io.ByteArrayOutputStream();
        controlCut = false;
        for (int off = 0; off + CMSG_HDR <= len; ) {
            long cmsgLen = s.get(JAVA_LONG, CONTROL + off);
            if (cmsgLen < CMSG_HDR || cmsgLen > len - off) {
                break;
            }
            int data = (int) cmsgLen - CMSG_HDR;
            int padded = (12 + data + 3) & ~3;
            if (out.size() + 12 + data > room) {
                controlCut = true;
                break;
            }
            byte[] m = new byte[Math.min(padded, (int) room - out.size())];
            var b = java.nio.ByteBuffer.wrap(m).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            b.putInt(0, 12 + data).putInt(4, s.get(JAVA_INT, CONTROL + off + 8)).putInt(8, s.get(JAVA_INT, CONTROL + off + 12));
            MemorySegment.copy(s, java.lang.foreign.ValueLayout.JAVA_BYTE, CONTROL + off + CMSG_HDR, m, 12, data);
            out.writeBytes(m);
            off += (int) align(cmsgLen);
        }
        return out.toByteArray();
    }

    /** Set by {@link #controlToGuest} when the guest's buffer could not take every message. */
    private boolean controlCut;

    /** Set by {@link #rightsToGuest} when it had to cut the control messages. */
    private boolean rightsCut;

    private static long align(long n) {
        return (n + 7) & ~7L;
    }

    // ------------------------------------------------------------------ waiting and SIGPIPE

    /**
     * A call that may wait on socket {@code h}: interruptible by a guest signal; if the socket has
     * a timeout for that direction ({@code timeoOption}), an interruption is EINTR for the guest
     * and never a restart (sock_intr_errno).
     */
    private long waiting(int h, int timeoOption, int nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        long r;
        t.beginBlocking();
        try {
            r = host.syscall(nr, a0, a1, a2, a3, a4, a5);
        } finally {
            t.endBlocking();
        }
        if (r == -Errno.EINTR && hasTimeout(h, timeoOption)) {
            host.takeInterrupted();
        }
        return r;
    }

    private boolean hasTimeout(int h, int option) {
        MemorySegment s = host.scratch();
        s.set(JAVA_INT, OPT + 16, 16);
        long r = host.syscall(HostSyscall.GETSOCKOPT, h, SOL_SOCKET, option, host.scratchAddress(OPT),
                host.scratchAddress(OPT + 16));
        return r == 0 && (s.get(JAVA_LONG, OPT) != 0 || s.get(JAVA_LONG, OPT + 8) != 0);
    }

    /** A send on a connection that is gone: EPIPE and, unless MSG_NOSIGNAL, SIGPIPE for the guest. */
    private long sent(long r, int flags) {
        return (flags & MSG_NOSIGNAL) != 0 ? r : t.files.pipeCheck(r);
    }

    // ------------------------------------------------------------------ addresses

    /**
     * Copies the guest's socket address ({@code len} bytes at {@code addr}) to ADDR, an AF_UNIX
     * path made the host's (its last component followed if {@code follow}); returns the host
     * address's length.
     */
    private int sockaddrIn(long addr, int len, boolean follow) {
        if (len < 0 || len > SOCKADDR_MAX) {
            throw new SyscallException(Errno.EINVAL);
        }
        if (len == 0) {
            return 0;
        }
        readable(addr, len);
        byte[] raw = mem.readBytes(addr, len);
        int family = raw[0] & 0xff | (len > 1 ? (raw[1] & 0xff) << 8 : 0);
        if (family == AF_UNIX && len > 2 && raw[2] != 0) {
            int end = 2;
            while (end < len && raw[end] != 0) {
                end++;
            }
            byte[] guestPath = Arrays.copyOfRange(raw, 2, end);
            byte[] hostPath = hostSocketPath(guestPath, follow);
            if (hostPath != null) {
                MemorySegment s = host.scratch();
                s.set(java.lang.foreign.ValueLayout.JAVA_SHORT, ADDR, (short) AF_UNIX);
                MemorySegment.copy(hostPath, 0, s, java.lang.foreign.ValueLayout.JAVA_BYTE, ADDR + 2, hostPath.length);
                s.set(java.lang.foreign.ValueLayout.JAVA_BYTE, ADDR + 2 + hostPath.length, (byte) 0);
                UNIX_NAMES.put(latin1(hostPath), guestPath);
                return 2 + hostPath.length + 1;
            }
        }
        MemorySegment.copy(raw, 0, host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, ADDR, len);
        return len;
    }

    /**
     * The host's sun_path for a guest socket path, or null when it is the same. A host path too
     * long for sun_path is reached through its directory: "/proc/self/fd/N/name", N an O_PATH
     * descriptor held until the call is done.
     */
    private byte[] hostSocketPath(byte[] guestPath, boolean follow) {
        at(AT_FDCWD, guestPath, follow, Host.PATH1);
        MemorySegment s = host.scratch();
        int n = 0;
        while (s.get(java.lang.foreign.ValueLayout.JAVA_BYTE, Host.PATH1 + n) != 0) {
            n++;
        }
        byte[] hostPath = new byte[n];
        MemorySegment.copy(s, java.lang.foreign.ValueLayout.JAVA_BYTE, Host.PATH1, hostPath, 0, n);
        if (Arrays.equals(hostPath, guestPath)) {
            return null;
        }
        if (hostPath.length < SUN_PATH) {
            return hostPath;
        }
        int slash = latin1(hostPath).lastIndexOf('/');
        if (slash < 0) {
            throw new SyscallException(Errno.ENAMETOOLONG);
        }
        byte[] dir = slash == 0 ? new byte[] {'/'} : Arrays.copyOf(hostPath, slash);
        long d = host.syscall(HostSyscall.OPENAT, AT_FDCWD, host.cString(dir, Host.PATH2),
                010000000 /* O_PATH */ | 0200000 /* O_DIRECTORY */ | 02000000 /* O_CLOEXEC */);
        if (d < 0) {
            throw new SyscallException((int) -d);
        }
        heldDirFd = (int) d;
        byte[] viaFd = ("/proc/self/fd/" + d + "/" + latin1(Arrays.copyOfRange(hostPath, slash + 1, hostPath.length)))
                .getBytes(StandardCharsets.ISO_8859_1);
        if (viaFd.length >= SUN_PATH) {
            throw new SyscallException(Errno.ENAMETOOLONG);
        }
        return viaFd;
    }

    private void releaseDir() {
        if (heldDirFd >= 0) {
            host.close(heldDirFd);
            heldDirFd = -1;
        }
    }

    /** The guest's room for an address it asked for (its *addrlen), checked before the call; 0 without one. */
    private int addrRoom(long addr, long addrLen) {
        MemorySegment s = host.scratch();
        s.set(JAVA_INT, ADDRLEN, SOCKADDR_MAX);
        if (addr == 0) {
            return 0;
        }
        readable(addrLen, 4);
        writable(addrLen, 4);
        int room = mem.read32(addrLen);
        if (room < 0) {
            throw new SyscallException(Errno.EINVAL);
        }
        return room;
    }

    /**
     * move_addr_to_user(): the host's address at ADDR (length at ADDRLEN) as the guest sees it,
     * cut to the guest's {@code room}; *addrLen gets the whole length.
     */
    private void sockaddrOut(long addr, long addrLen, int room) {
        byte[] a = guestSockaddr();
        int n = Math.min(room, a.length);
        if (n > 0) {
            mem.writeBytes(addr, a, 0, n);
        }
        mem.write32(addrLen, a.length);
    }

    /** The socket address at ADDR (length at ADDRLEN), an AF_UNIX path given back its guest spelling. */
    private byte[] guestSockaddr() {
        MemorySegment s = host.scratch();
        int len = Math.max(0, Math.min(s.get(JAVA_INT, ADDRLEN), SOCKADDR_MAX));
        byte[] a = new byte[len];
        MemorySegment.copy(s, java.lang.foreign.ValueLayout.JAVA_BYTE, ADDR, a, 0, len);
        if (len > 2 && (a[0] & 0xff | (a[1] & 0xff) << 8) == AF_UNIX && a[2] != 0) {
            int end = 2;
            while (end < len && a[end] != 0) {
                end++;
            }
            byte[] hostPath = Arrays.copyOfRange(a, 2, end);
            byte[] guestPath = UNIX_NAMES.get(latin1(hostPath));
            if (guestPath == null && hostPath[0] == '/') {
                guestPath = p.paths.guestView(hostPath);
            }
            if (guestPath != null && !Arrays.equals(guestPath, hostPath)) {
                byte[] out = new byte[2 + guestPath.length + 1];
                out[0] = a[0];
                out[1] = a[1];
                System.arraycopy(guestPath, 0, out, 2, guestPath.length);
                return out;
            }
        }
        return a;
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
