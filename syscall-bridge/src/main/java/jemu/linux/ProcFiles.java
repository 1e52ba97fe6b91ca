package jemu.linux;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.elf.InitialStack;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * The /proc files whose host version would describe the JVM rather than the guest, generated
 * from the guest's own state as QEMU's fake_open and do_guest_readlink do, for
 * {@code /proc/self/}, {@code /proc/thread-self/} and {@code /proc/PID/} of the guest's own pid:
 *
 * <ul>
 * <li>files: maps, smaps, smaps_rollup ({@link ProcMaps}), stat, auxv, cmdline, and
 *     {@code /proc/cpuinfo} (the ARM CPU jemu presents), opened as sealed read-only memfds;
 * <li>links: exe, cwd, root, fd/N ({@link ProcFds}), with paths as the guest sees them;
 * <li>the fd directory, listed from the guest's descriptor table, and fd/N, fdinfo/N and
 *     /dev/fd/N, /dev/stdin... naming the host descriptor behind guest fd N.
 * </ul>
 *
 * Everything else under /proc is the host's, which is right where the JVM's process is the
 * guest's (status, limits, environ...) and the JVM's own business elsewhere.
 */
public final class ProcFiles {
    private ProcFiles() {}

    /** {@link #open} and {@link #getdents64}: not a file of ours, the host's call does it. */
    public static final long HOST = Long.MIN_VALUE;

    /** O_DIRECTORY as arm and arm64 guests spell it. */
    private static final int GUEST_O_DIRECTORY = 040000;

    private static final byte[] CPUINFO = "/proc/cpuinfo".getBytes(StandardCharsets.US_ASCII);

    /** A /proc path about this process: the part after the process directory ("maps", "fd/3"). */
    private record Entry(String name, boolean thread) {
    }

    /** The entry {@code path} names under /proc/self, /proc/thread-self or /proc/PID (this process), or null. */
    private static Entry entry(GuestProcess p, byte[] path) {
        if (path.length < 7 || path[0] != '/' || path[1] != 'p') {
            return null;
        }
        String s = new String(path, StandardCharsets.ISO_8859_1);
        if (!s.startsWith("/proc/")) {
            return null;
        }
        int slash = s.indexOf('/', 6);
        if (slash < 0) {
            return null;
        }
        String dir = s.substring(6, slash);
        boolean thread = dir.equals("thread-self");
        if (!thread && !dir.equals("self") && !dir.equals(Integer.toString(p.pid))) {
            return null;
        }
        int end = s.length();
        while (end > slash + 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return end > slash + 1 ? new Entry(s.substring(slash + 1, end), thread) : null;
    }

    // ------------------------------------------------------------------ what the syscalls ask

    /**
     * openat of an absolute guest path under /proc or /dev: a host descriptor of a generated file
     * (or a listing of the fd directory), {@code -errno}, or {@link #HOST} if the host's own file
     * is the answer.
     */
    public static long open(GuestThread t, byte[] path, int flags, int mode) {
        if ((flags & OpenFlags.O_ACCMODE) != 0 || (flags & OpenFlags.O_PATH) != 0) {
            return HOST; // writing: Linux's files are read-only (EACCES), and so are the host's
        }
        if (path.length > 6 && path[1] == 'd') {
            // /dev/fd is the host's link to /proc/self/fd: the same directory, listed the same way.
            String s = new String(path, StandardCharsets.ISO_8859_1);
            return s.equals("/dev/fd") || s.equals("/dev/fd/") ? ProcFds.openListing(t.host, path, flags, mode) : HOST;
        }
        byte[] generated;
        if (Arrays.equals(path, CPUINFO)) {
            generated = t.process.arch.cpuinfo(Runtime.getRuntime().availableProcessors())
                    .getBytes(StandardCharsets.US_ASCII);
        } else {
            Entry e = entry(t.process, path);
            if (e == null) {
                return HOST;
            }
            if (e.name.equals("fd")) {
                return ProcFds.openListing(t.host, path, flags, mode);
            }
            generated = contents(t, e);
        }
        if (generated == null) {
            return HOST;
        }
        return (flags & GUEST_O_DIRECTORY) != 0 ? -Errno.ENOTDIR : memfd(t.host, generated);
    }

    /**
     * readlinkat of an absolute guest path: the link's contents, or null if the host's link is
     * the answer; throws ENOENT for fd/N of a descriptor the guest does not have.
     */
    public static byte[] readlink(GuestThread t, byte[] path) {
        GuestProcess p = t.process;
        if (path.length > 8 && path[0] == '/' && path[1] == 'd'
                && new String(path, StandardCharsets.ISO_8859_1).startsWith("/dev/fd/")) {
            return ProcFds.link(p, t.host, ProcFds.devEntry(path)); // the kernel follows /dev/fd first
        }
        Entry e = entry(p, path);
        if (e == null) {
            return null;
        }
        return switch (e.name) {
            case "exe" -> p.paths.executableGuestPath();
            case "cwd" -> {
                byte[] cwd = ProcFds.hostReadlink(t.host, "/proc/self/cwd".getBytes(StandardCharsets.US_ASCII));
                yield cwd == null ? null : p.paths.guestView(cwd);
            }
            case "root" -> new byte[] {'/'};
            default -> e.name.startsWith("fd/") ? ProcFds.link(p, t.host, e.name) : null;
        };
    }

    /**
     * The host path for a guest path that names something of the guest's own through /proc or
     * /dev/fd (guest fd N, the executable), or null for every other path.
     */
    public static byte[] hostPath(GuestProcess p, byte[] path) {
        if (path.length < 8 || path[0] != '/' || path[1] != 'p' && path[1] != 'd') {
            return null;
        }
        String name;
        if (path[1] == 'd') {
            name = ProcFds.devEntry(path);
        } else {
            Entry e = entry(p, path);
            if (e != null && e.name.equals("exe") && p.paths.executableHostPath() != null) {
                return p.paths.executableHostPath();
            }
            name = e == null ? null : e.name;
        }
        return name == null ? null : ProcFds.hostPath(p, name);
    }

    /** getdents64 of host descriptor {@code h}: the guest's fds if it lists /proc/self/fd, else {@link #HOST}. */
    public static long getdents64(GuestThread t, int h, long buf, long len) {
        return ProcFds.isListing(t.host, h) ? ProcFds.getdents64(t.process, t.host, h, buf, len) : HOST;
    }

    // ------------------------------------------------------------------ the files

    /** One method per file (QEMU's fake_open table). */
    private static byte[] contents(GuestThread t, Entry e) {
        GuestProcess p = t.process;
        return switch (e.name) {
            case "maps" -> ProcMaps.maps(p.mem).getBytes(StandardCharsets.UTF_8);
            case "smaps" -> ProcMaps.smaps(t.host, p.mem).getBytes(StandardCharsets.UTF_8);
            case "smaps_rollup" -> ProcMaps.smapsRollup(t.host, p.mem).getBytes(StandardCharsets.UTF_8);
            case "stat" -> stat(t, e.thread).getBytes(StandardCharsets.ISO_8859_1);
            case "auxv" -> auxv(p);
            case "cmdline" -> cmdline(p);
            default -> null;
        };
    }

    /** The auxiliary vector the image started with, up to and including AT_NULL (Linux's saved_auxv). */
    static byte[] auxv(GuestProcess p) {
        InitialStack.Result s = p.stackInfo;
        return s == null ? new byte[0] : s.savedAuxv().clone();
    }

    /**
     * get_mm_cmdline: the argument strings as they are now in guest memory, each ending in NUL;
     * if the program overwrote the last NUL (setproctitle), up to the first NUL from there into
     * the environment, as Linux does.
     */
    static byte[] cmdline(GuestProcess p) {
        InitialStack.Result s = p.stackInfo;
        GuestMemory mem = p.mem;
        if (s == null || s.argEnd() <= s.argStart() || !mem.isAccessible(s.argStart(), s.argEnd() - s.argStart(),
                GuestMemory.R)) {
            return new byte[0];
        }
        byte[] args = mem.readBytes(s.argStart(), (int) (s.argEnd() - s.argStart()));
        if (args[args.length - 1] == 0) {
            return args;
        }
        long end = s.envStart() == s.argEnd() && s.envEnd() > s.envStart() ? s.envEnd() : s.argEnd();
        if (!mem.isAccessible(s.argStart(), end - s.argStart(), GuestMemory.R)) {
            return args;
        }
        byte[] title = mem.readBytes(s.argStart(), (int) (end - s.argStart()));
        for (int i = 0; i < title.length; i++) {
            if (title[i] == 0) {
                return Arrays.copyOf(title, i + 1);
            }
        }
        return title;
    }

    /**
     * do_task_stat's 52 fields. QEMU's open_self_stat writes pid, comm, ppid, starttime and
     * startstack and zeros elsewhere; jemu takes from the host's own stat every field that is
     * true of the guest too, because the guest process is this host process (ppid, pgrp,
     * session, tty, faults, utime/stime, children's times, priority, nice, starttime, rsslim,
     * exit signal, cpu, policy; times include the JVM's own threads), and the guest's for the
     * rest: pid (tid for thread-self), comm, state R (the caller is running), num_threads,
     * vsize and rss of the guest's mappings, code and data bounds (page-granular, from the
     * executable's mappings), startstack (the initial stack pointer, where argc is), the
     * guest's pending, blocked, ignored and caught signals, start_brk and the argument and
     * environment strings. kstkesp, kstkeip, wchan, nswap and exit_code are 0, as Linux shows
     * them to a running process.
     */
    static String stat(GuestThread t, boolean thread) {
        GuestProcess p = t.process;
        Host host = t.host;
        String[] h = hostStat(host, thread);
        GuestThread subject = thread ? t : p.thread(p.pid) != null ? p.thread(p.pid) : t;
        long[] sizeRss = ProcMaps.sizeAndRss(host, p.mem);
        long[] code = imageBounds(p);
        InitialStack.Result st = p.stackInfo;
        long ignored = 0, caught = 0;
        for (int sig = 1; sig <= 64; sig++) {
            long handler = p.signalActions.handler(sig);
            if (handler == SignalActions.SIG_IGN) {
                ignored |= 1L << (sig - 1);
            } else if (handler != SignalActions.SIG_DFL) {
                caught |= 1L << (sig - 1);
            }
        }
        long pending = subject.pending.set | p.signals.shared.set;
        StringBuilder sb = new StringBuilder(320);
        sb.append(thread ? t.tid : p.pid).append(" (").append(new String(p.comm, StandardCharsets.ISO_8859_1))
                .append(") R");
        for (int f = 4; f <= 52; f++) {
            String v = switch (f) {
                case 20 -> Integer.toString(Math.max(1, p.threads.size()));
                case 23 -> Long.toUnsignedString(sizeRss[0]);
                case 24 -> Long.toString(sizeRss[1] / GuestMemory.PAGE_SIZE);
                case 26 -> Long.toUnsignedString(code[0]);
                case 27 -> Long.toUnsignedString(code[1]);
                case 28 -> Long.toUnsignedString(st == null ? 0 : st.sp());
                case 29, 30, 35, 36, 37, 52 -> "0";
                case 31 -> Long.toUnsignedString(pending);
                case 32 -> Long.toUnsignedString(subject.signalMask);
                case 33 -> Long.toUnsignedString(ignored);
                case 34 -> Long.toUnsignedString(caught);
                case 45 -> Long.toUnsignedString(code[2]);
                case 46 -> Long.toUnsignedString(code[3]);
                case 47 -> Long.toUnsignedString(p.brkStart);
                case 48 -> Long.toUnsignedString(st == null ? 0 : st.argStart());
                case 49 -> Long.toUnsignedString(st == null ? 0 : st.argEnd());
                case 50 -> Long.toUnsignedString(st == null ? 0 : st.envStart());
                case 51 -> Long.toUnsignedString(st == null ? 0 : st.envEnd());
                default -> f - 3 < h.length ? h[f - 3] : "0";
            };
            sb.append(' ').append(v);
        }
        return sb.append('\n').toString();
    }

    /** The host's stat fields after "(comm)": index 0 is field 3 (state). */
    private static String[] hostStat(Host host, boolean thread) {
        byte[] b = readHostFile(host, (thread ? "/proc/thread-self/stat" : "/proc/self/stat")
                .getBytes(StandardCharsets.US_ASCII));
        String s = new String(b, StandardCharsets.ISO_8859_1).trim();
        int close = s.lastIndexOf(')');
        return close < 0 ? new String[0] : s.substring(close + 1).trim().split(" ");
    }

    /**
     * startcode, endcode, start_data, end_data: the executable's lowest executable mapping's
     * start and highest executable mapping's end, and its highest mapping's start and end (Linux
     * takes the segments' exact bounds; these are their pages).
     */
    private static long[] imageBounds(GuestProcess p) {
        byte[] exe = p.paths.executableGuestPath();
        String name = exe == null ? null : new String(exe, StandardCharsets.UTF_8);
        long startCode = 0, endCode = 0, startData = 0, endData = 0;
        for (Region r : p.mem.regions()) {
            if (name == null || !name.equals(r.tag())) {
                continue;
            }
            if ((r.prot() & GuestMemory.X) != 0) {
                startCode = startCode == 0 ? r.start() : startCode;
                endCode = r.end();
            }
            startData = r.start();
            endData = r.end();
        }
        return new long[] {startCode, endCode, startData, endData};
    }

    // ------------------------------------------------------------------ the process's name

    /** Linux's comm for a new image: the last part of the file name execve was given, at most 15 bytes. */
    public static byte[] commOf(byte[] filename) {
        int from = filename.length;
        while (from > 0 && filename[from - 1] != '/') {
            from--;
        }
        return Arrays.copyOfRange(filename, from, Math.min(filename.length, from + 15));
    }

    /**
     * Names the host process after the guest program, as the kernel names a process at execve:
     * the thread-group leader (what /proc/PID/comm and stat, status's Name: and ps read, from
     * the guest or the host) and this thread, which runs the guest's first thread.
     */
    public static void nameHost(Host host, byte[] comm) {
        nameLeader(host, comm);
        host.syscall(HostSyscall.PRCTL, 15 /* PR_SET_NAME */, host.cString(comm, Host.PATH2));
    }

    /** Sets the comm of the host's thread-group leader (the JVM's first thread), which any thread of the group may. */
    public static void nameLeader(Host host, byte[] comm) {
        long fd = host.syscall(HostSyscall.OPENAT, -100, host.cString(COMM, Host.PATH1),
                1 /* O_WRONLY */ | OpenFlags.O_CLOEXEC, 0);
        if (fd >= 0) {
            host.syscall(HostSyscall.WRITE, fd, host.cString(comm, Host.PATH2), comm.length);
            host.close((int) fd);
        }
    }

    private static final byte[] COMM = "/proc/self/comm".getBytes(StandardCharsets.US_ASCII);

    // ------------------------------------------------------------------ host helpers

    /** The name /proc/self/maps gives a file mapping: the path of its host descriptor, as the guest names it. */
    public static String fileName(Host host, GuestPaths paths, int hostFd) {
        byte[] name = ProcFds.hostReadlink(host, ("/proc/self/fd/" + hostFd).getBytes(StandardCharsets.US_ASCII));
        return name == null || name.length == 0 ? null : new String(paths.guestView(name), StandardCharsets.UTF_8);
    }

    /** A generated file: a sealed read-only memfd holding {@code contents}, or -errno. */
    private static long memfd(Host host, byte[] contents) {
        long h = host.syscall(HostSyscall.MEMFD_CREATE, host.cString(MEMFD_NAME, Host.PATH2),
                1 /* MFD_CLOEXEC */ | 2 /* MFD_ALLOW_SEALING */);
        if (h < 0) {
            return h;
        }
        int chunk = Host.SCRATCH_SIZE - (int) Host.STRUCT;
        for (int off = 0; off < contents.length; off += chunk) {
            int n = Math.min(chunk, contents.length - off);
            java.lang.foreign.MemorySegment.copy(contents, off, host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE,
                    Host.STRUCT, n);
            long w = host.syscall(HostSyscall.PWRITE64, h, host.scratchAddress(Host.STRUCT), n, off);
            if (w != n) {
                host.close((int) h);
                return w < 0 ? w : -Errno.ENOMEM;
            }
        }
        // Read-only from here on, as the /proc file is.
        host.syscall(HostSyscall.FCHMOD, h, 0444);
        host.syscall(HostSyscall.FCNTL, h, 1033 /* F_ADD_SEALS */, 0xf /* SEAL_SEAL|SHRINK|GROW|WRITE */);
        return h;
    }

    private static final byte[] MEMFD_NAME = "jemu-proc".getBytes(StandardCharsets.US_ASCII);

    /** A small host file read whole (a /proc file of the host's), or empty. */
    private static byte[] readHostFile(Host host, byte[] path) {
        long fd = host.syscall(HostSyscall.OPENAT, -100, host.cString(path, Host.PATH1), OpenFlags.O_CLOEXEC, 0);
        if (fd < 0) {
            return new byte[0];
        }
        long n = host.syscall(HostSyscall.READ, fd, host.scratchAddress(Host.STRUCT), 4096);
        host.close((int) fd);
        if (n <= 0) {
            return new byte[0];
        }
        byte[] out = new byte[(int) n];
        java.lang.foreign.MemorySegment.copy(host.scratch(), java.lang.foreign.ValueLayout.JAVA_BYTE, Host.STRUCT, out,
                0, (int) n);
        return out;
    }
}
