package jemu.linux;


import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import jemu.core.memory.GuestMemory;
import jemu.linux.host.Host;
import jemu.linux.host.HostStat;
import jemu.linux.host.HostSyscall;

/**
 * The guest's descriptors as /proc shows them ({@code /proc/self/fd}, {@code /proc/self/fdinfo},
 * and {@code /dev/fd}, {@code /dev/stdin} and friends, which are links into it). Guest fd N is
 * host fd {@code fds.host(N)}, so each name is turned into the host's name of that descriptor;
 * a directory listing of /proc/self/fd is generated from the guest's table.
 */
final class ProcFds {
    private ProcFds() {}

    private static final byte[] SIGNALFD = bytes("anon_inode:[signalfd]");
    private static final byte[] HOST_FD = bytes("/proc/self/fd/"), HOST_FDINFO = bytes("/proc/self/fdinfo/");

    /**
     * The host path for a guest path naming guest fd N ({@code /proc/self/fd/N[/more]},
     * {@code /proc/self/fdinfo/N}, {@code /dev/fd/N[/more]}, {@code /dev/stdin}...), or null to
     * take the guest path as it is. A guest fd that the host knows by the same number keeps its
     * name (so lstat of /dev/stdin still sees that link); one that is not open names nothing.
     */
    static byte[] hostPath(GuestProcess p, String entry) {
        int fd;
        int end;
        boolean info = false;
        if (entry.startsWith("fd/")) {
            end = digits(entry, 3);
            fd = number(entry, 3, end);
        } else if (entry.startsWith("fdinfo/")) {
            info = true;
            end = digits(entry, 7);
            fd = number(entry, 7, end);
            if (end != entry.length()) {
                return null;
            }
        } else {
            return null;
        }
        if (fd < 0 || end < entry.length() && entry.charAt(end) != '/') {
            return null;
        }
        int h = p.fds.host(fd);
        if (h == fd) {
            return null;
        }
        String rest = entry.substring(end);
        return concat(info ? HOST_FDINFO : HOST_FD, bytes((h < 0 ? "-1" : Integer.toString(h)) + rest));
    }

    /** The entry /dev/fd/N, /dev/stdin, /dev/stdout or /dev/stderr stands for ("fd/N..."), or null. */
    static String devEntry(byte[] path) {
        if (path.length < 7 || path[1] != 'd') {
            return null;
        }
        String s = new String(path, StandardCharsets.ISO_8859_1);
        return switch (s) {
            case "/dev/stdin" -> "fd/0";
            case "/dev/stdout" -> "fd/1";
            case "/dev/stderr" -> "fd/2";
            default -> s.startsWith("/dev/fd/") ? s.substring(5) : null;
        };
    }

    /**
     * readlink of fd/N: what the host says of the descriptor behind guest fd N, with file names
     * as the guest sees them ({@code pipe:[INODE]} and the like unchanged); ENOENT if the guest
     * has no fd N.
     */
    static byte[] link(GuestProcess p, Host host, String entry) {
        int end = digits(entry, 3);
        int fd = number(entry, 3, end);
        if (end != entry.length() || fd < 0) {
            return null;
        }
        int h = p.fds.host(fd);
        if (h < 0) {
            throw new SyscallException(Errno.ENOENT);
        }
        if (p.fds.signalFd(fd) != null) {
            return SIGNALFD; // the host's file is an eventfd
        }
        byte[] target = hostReadlink(host, concat(HOST_FD, bytes(Integer.toString(h))));
        if (target == null) {
            throw new SyscallException(Errno.ENOENT);
        }
        return p.paths.guestView(target);
    }

    /** readlinkat(AT_FDCWD, path) on the host, or null. */
    static byte[] hostReadlink(Host host, byte[] path) {
        return host.readlink(path, Host.PATH2);
    }

    // ------------------------------------------------------------------ the directory listing

    /**
     * Host descriptors of /proc/self/fd directories the guest opened, with the directory's inode:
     * getdents64 on them lists the guest's descriptors. The inode tells a live entry from a
     * stale one whose host number was closed (by exec, say) and reused for something else.
     */
    private static final ConcurrentHashMap<Integer, Long> LISTINGS = new ConcurrentHashMap<>();

    /** Opens the host's /proc/self/fd (a directory) for a guest that will list it. */
    static long openListing(Host host, byte[] path, int flags, int mode) {
        long h = host.syscall(HostSyscall.OPENAT, -100, host.cString(path, Host.PATH1),
                OpenFlags.toHost(flags) | OpenFlags.O_CLOEXEC, mode);
        if (h >= 0) {
            long ino = inode(host, (int) h);
            if (ino >= 0) {
                LISTINGS.put((int) h, ino);
            }
        }
        return h;
    }

    /** Whether getdents64 on host descriptor {@code h} is to list the guest's descriptors. */
    static boolean isListing(Host host, int h) {
        if (LISTINGS.isEmpty()) {
            return false;
        }
        Long ino = LISTINGS.get(h);
        if (ino == null) {
            return false;
        }
        if (inode(host, h) != ino) {
            LISTINGS.remove(h, ino);
            return false;
        }
        return true;
    }

    private static final int DT_DIR = 4, DT_LNK = 10;

    /**
     * getdents64 on a listing: proc_readfd_common's entries and positions ("." at 0, ".." at 1,
     * fd N at N + 2), written as struct linux_dirent64 {u64 d_ino; s64 d_off; u16 d_reclen;
     * u8 d_type; char d_name[];}, 8-byte aligned. The position is the host directory's own file
     * offset, so lseek, rewinddir and dup behave as they do on Linux.
     */
    static long getdents64(GuestProcess p, Host host, int h, long buf, long len) {
        long pos = host.syscall(HostSyscall.LSEEK, h, 0, 1 /* SEEK_CUR */);
        if (pos < 0) {
            return pos;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long next = pos;
        int[] open = p.fds.openFds();
        int i = 0;
        while (true) {
            long at;
            String name;
            long ino;
            int type;
            if (next == 0 || next == 1) {
                at = next;
                name = next == 0 ? "." : "..";
                ino = next == 0 ? inode(host, h) : inodeAt(host, h, "..");
                type = DT_DIR;
            } else {
                while (i < open.length && open[i] + 2L < next) {
                    i++;
                }
                if (i == open.length) {
                    break;
                }
                at = open[i] + 2L;
                name = Integer.toString(open[i]);
                int hostFd = p.fds.host(open[i]);
                ino = hostFd < 0 ? -1 : inodeAt(host, -100, "/proc/self/fd/" + hostFd);
                type = DT_LNK;
                i++;
            }
            int reclen = (19 + name.length() + 1 + 7) & ~7;
            if (out.size() + reclen > len) {
                if (out.size() == 0) {
                    return -Errno.EINVAL;
                }
                break;
            }
            byte[] rec = new byte[reclen];
            MemorySegment r = MemorySegment.ofArray(rec);
            r.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, 0, ino > 0 ? ino : 1);
            r.set(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, 8, at + 1);
            r.set(java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED, 16, (short) reclen);
            rec[18] = (byte) type;
            byte[] n = bytes(name);
            System.arraycopy(n, 0, rec, 19, n.length);
            out.writeBytes(rec);
            next = at + 1;
        }
        byte[] entries = out.toByteArray();
        if (entries.length > 0) {
            GuestMemory mem = p.mem;
            if (!mem.isAccessible(buf, entries.length, GuestMemory.W)) {
                return -Errno.EFAULT;
            }
            mem.writeBytes(buf, entries);
        }
        host.syscall(HostSyscall.LSEEK, h, next, 0 /* SEEK_SET */);
        return entries.length;
    }

    private static long inode(Host host, int fd) {
        long r = host.syscall(HostSyscall.FSTAT, fd, host.scratchAddress(Host.STRUCT));
        return r < 0 ? -1 : (long) HostStat.ST_INO.get(host.scratch(), (long) Host.STRUCT);
    }

    /** The inode of {@code path} itself (not followed), relative to host descriptor {@code dir}. */
    private static long inodeAt(Host host, int dir, String path) {
        long r = host.syscall(HostSyscall.NEWFSTATAT, dir, host.cString(bytes(path), Host.PATH2),
                host.scratchAddress(Host.STRUCT), 0x100 /* AT_SYMLINK_NOFOLLOW */);
        return r < 0 ? -1 : (long) HostStat.ST_INO.get(host.scratch(), (long) Host.STRUCT);
    }

    // ------------------------------------------------------------------ helpers

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The decimal number in s[from, to), or -1 (none, a leading zero as proc's name_to_int refuses, too large). */
    private static int number(String s, int from, int to) {
        if (to == from || to - from > 1 && s.charAt(from) == '0') {
            return -1;
        }
        long v = Long.parseLong(s, from, to, 10);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
