package jemu.linux.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jemu.core.host.HostMemory;
import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.elf.InitialStack;
import jemu.linux.FdTable;
import jemu.linux.signal.SignalFd;
import jemu.linux.GuestArch;
import jemu.linux.GuestPaths;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.Launcher;
import jemu.linux.ProcFiles;
import jemu.linux.SharedMappings;
import jemu.linux.Strace;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.path.PathConfig;

/**
 * A process image in transit from a forking parent to its child JVM, in one memfd: the guest
 * memory at file offset = guest address (a sparse file: all-zero pages are left as holes, so
 * untouched stack and heap cost nothing), and after the largest possible window, the rest of
 * the process (mappings, descriptors, dispositions, the forking thread's registers). The child
 * maps the memory privately from the memfd, so its pages are copied only when written.
 */
final class ForkImage {
    private ForkImage() {}

    /** Where the description starts in the memfd: past any guest window (GuestMemory allows 2^46). */
    static final long STATE_OFFSET = 1L << 46;
    private static final int MAGIC = 0x6a656d75; // "jemu"
    private static final long PAGE = GuestMemory.PAGE_SIZE;
    private static final MemorySegment ZERO_PAGE = Arena.global().allocate(PAGE, PAGE);

    /** What clone asked for the child, beyond a copy of the parent. */
    record CloneArgs(long flags, long stack, long tls, long childTid, int vforkPipe, int control) {
    }

    // ------------------------------------------------------------------ parent side

    /** Writes {@code t}'s process into {@code memfd}; returns 0 or {@code -errno}. */
    static long write(GuestThread t, CloneArgs clone, int memfd) throws IOException {
        GuestProcess p = t.process;
        Host host = t.host;
        long r = copyMemory(host, p.mem, memfd);
        if (r < 0) {
            return r;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeUTF(p.arch.unameMachine());
        out.writeInt(p.arch.addressBits());
        java.util.List<Region> regions = p.mem.regions();
        out.writeInt(regions.size());
        for (Region reg : regions) {
            out.writeLong(reg.start());
            out.writeLong(reg.end());
            out.writeInt(reg.prot());
            out.writeBoolean(reg.shared());
            out.writeLong(reg.offset());
            writeString(out, reg.tag() instanceof String s ? s : null);
            SharedMappings.Backing backing = SharedMappings.of(reg);
            out.writeInt(backing == null ? -1 : backing.fd);
            for (long a = reg.start(); a < reg.end(); a += PAGE) {
                if ((p.mem.flags(a) & GuestMemory.BEYOND_EOF) != 0) {
                    out.writeLong(a);
                }
            }
            out.writeLong(-1);
        }
        out.writeLong(p.brkStart);
        out.writeLong(p.brk);
        InitialStack.Result st = p.stackInfo;
        out.writeBoolean(st != null);
        if (st != null) {
            out.writeLong(st.sp());
            out.writeLong(st.argStart());
            out.writeLong(st.argEnd());
            out.writeLong(st.envStart());
            out.writeLong(st.envEnd());
            out.writeLong(st.auxv());
            out.writeInt(st.auxvBytes());
            writeBytes(out, st.savedAuxv());
        }
        writeBytes(out, p.comm);
        List<String> pathConfig = p.paths.config().encode();
        out.writeInt(pathConfig.size());
        for (String s : pathConfig) {
            writeString(out, s);
        }
        writeBytes(out, p.paths.executableGuestPath());
        writeBytes(out, p.paths.executableHostPath());
        int[] open = p.fds.openFds();
        out.writeInt(p.fds.limit());
        out.writeInt(open.length);
        java.util.List<SignalFd> signalFds = new java.util.ArrayList<>();
        for (int fd : open) {
            out.writeInt(fd);
            out.writeInt(p.fds.host(fd));
            out.writeBoolean(p.fds.cloexec(fd));
            // A signalfd: the index of its file among this image's (dup'ed numbers share one), and its mask.
            SignalFd s = p.fds.signalFd(fd);
            int file = s == null ? -1 : signalFds.indexOf(s);
            if (s != null && file < 0) {
                file = signalFds.size();
                signalFds.add(s);
            }
            out.writeInt(file);
            out.writeLong(s == null ? 0 : s.mask());
        }
        long[] actions = p.signalActions.snapshot();
        out.writeInt(actions.length);
        for (long v : actions) {
            out.writeLong(v);
        }
        out.writeLong(p.sigreturnTrampoline);
        out.writeLong(t.signalMask);
        out.writeLong(t.altStackSp);
        out.writeLong(t.altStackSize);
        out.writeInt(t.altStackFlags);
        out.writeBoolean(p.strace != null);
        out.writeLong(clone.flags());
        out.writeLong(clone.stack());
        out.writeLong(clone.tls());
        out.writeLong(clone.childTid());
        out.writeInt(clone.vforkPipe());
        out.writeInt(clone.control());
        p.arch.saveRegisters(t, out);
        out.flush();
        byte[] state = bytes.toByteArray();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(state.length + 8L);
            buf.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, state.length);
            MemorySegment.copy(state, 0, buf, ValueLayout.JAVA_BYTE, 8, state.length);
            return writeFully(host, memfd, buf.address(), buf.byteSize(), STATE_OFFSET);
        }
    }

    /**
     * Copies every mapped page that is not all zero to the memfd at its guest address, except
     * those of shared mappings: the child maps their backing itself.
     */
    private static long copyMemory(Host host, GuestMemory mem, int memfd) {
        MemorySegment ram = mem.segment();
        for (Region reg : mem.regions()) {
            if (SharedMappings.of(reg) != null) {
                continue;
            }
            boolean hidden = (reg.prot() & (GuestMemory.R | GuestMemory.W | GuestMemory.X)) == 0;
            if (hidden) {
                // PROT_NONE pages keep their contents; let the host read them for the copy.
                HostMemory.mprotect(mem.host(reg.start()), reg.length(), HostMemory.PROT_READ);
            }
            try {
                long runStart = -1;
                for (long a = reg.start(); a <= reg.end(); a += PAGE) {
                    boolean data = a < reg.end() && (mem.flags(a) & GuestMemory.BEYOND_EOF) == 0
                            && MemorySegment.mismatch(ram, a, a + PAGE, ZERO_PAGE, 0, PAGE) >= 0;
                    if (data && runStart < 0) {
                        runStart = a;
                    } else if (!data && runStart >= 0) {
                        long r = writeFully(host, memfd, mem.host(runStart), a - runStart, runStart);
                        if (r < 0) {
                            return r;
                        }
                        runStart = -1;
                    }
                }
            } finally {
                if (hidden) {
                    HostMemory.mprotect(mem.host(reg.start()), reg.length(), HostMemory.PROT_NONE);
                }
            }
        }
        return 0;
    }

    private static long writeFully(Host host, int fd, long from, long len, long offset) {
        while (len > 0) {
            long n = host.syscall(HostSyscall.PWRITE64, fd, from, len, offset);
            if (n == -4 /* EINTR */) {
                continue;
            }
            if (n <= 0) {
                return n < 0 ? n : -5 /* EIO */;
            }
            from += n;
            offset += n;
            len -= n;
        }
        return 0;
    }

    // ------------------------------------------------------------------ child side

    /**
     * Rebuilds the process described in {@code memfd}; returns its thread, ready to run. The
     * parent's host descriptor numbers become {@code hostFdMap}'s.
     */
    static GuestThread read(Host host, int memfd, java.util.function.IntUnaryOperator hostFdMap) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(readState(host, memfd)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a jemu fork image");
        }
        String machine = in.readUTF();
        GuestArch arch = null;
        for (GuestArch a : Launcher.ARCHES) {
            if (a.unameMachine().equals(machine)) {
                arch = a;
            }
        }
        if (arch == null) {
            throw new IOException("no architecture " + machine);
        }
        GuestMemory mem = GuestMemory.reserve(in.readInt());
        SharedMappings shared = new SharedMappings();
        java.util.Map<Integer, SharedMappings.Backing> backings = new java.util.HashMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            long start = in.readLong(), end = in.readLong();
            int prot = in.readInt();
            boolean isShared = in.readBoolean();
            long offset = in.readLong();
            Object tag = readString(in);
            int parentFd = in.readInt();
            int fd = memfd;
            long at = start;
            if (parentFd >= 0) {
                // A shared mapping: the same pages as the parent's, from the same host file.
                SharedMappings.Backing b = backings.get(parentFd);
                if (b == null) {
                    int ours = hostFdMap.applyAsInt(parentFd);
                    if (ours < 0) {
                        throw new IOException("the backing of a shared mapping was not passed");
                    }
                    host.syscall(HostSyscall.FCNTL, ours, 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
                    b = shared.adopt(ours);
                    backings.put(parentFd, b);
                }
                tag = b;
                fd = b.fd;
                at = offset;
            }
            Region reg = new Region(start, end, prot, isShared, offset, tag);
            long r = mem.restore(reg, fd, at);
            if (r < 0) {
                throw new IOException("cannot map 0x" + Long.toHexString(reg.start()) + ": errno " + -r);
            }
            for (long page = in.readLong(); page >= 0; page = in.readLong()) {
                mem.markBeyondEof(page);
            }
        }
        long brkStart = in.readLong(), brk = in.readLong();
        InitialStack.Result stack = in.readBoolean() ? new InitialStack.Result(in.readLong(), in.readLong(),
                in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readInt(), readBytes(in)) : null;
        byte[] comm = readBytes(in);
        List<String> pathLines = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            pathLines.add(readString(in));
        }
        byte[] exeGuest = readBytes(in), exeHost = readBytes(in);
        FdTable fds = new FdTable();
        fds.setLimit(in.readInt());
        java.util.Map<Integer, ChildSignalFd> signalFds = new java.util.HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            int fd = in.readInt(), hostFd = hostFdMap.applyAsInt(in.readInt());
            boolean cloexec = in.readBoolean();
            int file = in.readInt();
            long mask = in.readLong();
            fds.install(fd, hostFd, cloexec);
            // Inherited without close-on-exec; jemu keeps every host descriptor close-on-exec.
            host.syscall(HostSyscall.FCNTL, hostFd, 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
            if (file >= 0) {
                ChildSignalFd own = signalFds.computeIfAbsent(file, f -> ChildSignalFd.create(host, hostFd, mask));
                fds.attach(fd, own.file());
                if (own.eventFd() >= 0) {
                    host.dup3(own.eventFd(), hostFd, SignalFd.SFD_CLOEXEC);
                }
            }
        }
        signalFds.values().forEach(own -> host.close(own.eventFd()));
        int pid = host.getpid();
        GuestPaths paths = new GuestPaths(PathConfig.decode(pathLines), pid);
        paths.setExecutable(exeGuest, exeHost);
        long[] actions = new long[in.readInt()];
        for (int i = 0; i < actions.length; i++) {
            actions[i] = in.readLong();
        }
        long trampoline = in.readLong();
        long signalMask = in.readLong();
        long altSp = in.readLong(), altSize = in.readLong();
        int altFlags = in.readInt();
        Strace strace = in.readBoolean() ? new Strace(arch.syscallNames()) : null;
        GuestProcess process = new GuestProcess(arch, mem, fds, paths, pid, strace);
        process.sharedMappings.takeOver(shared);
        process.brkStart = brkStart;
        process.brk = brk;
        process.stackInfo = stack;
        process.comm = comm;
        ProcFiles.nameHost(host, comm);
        process.signalActions.restore(actions);
        process.sigreturnTrampoline = trampoline;
        long flags = in.readLong(), newStack = in.readLong(), tls = in.readLong(), childTid = in.readLong();
        int vforkPipe = in.readInt();
        int control = in.readInt();
        if (control >= 0) {
            int fd = hostFdMap.applyAsInt(control);
            host.syscall(HostSyscall.FCNTL, fd, 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
            ChildControl.serve(fd);
        }
        if (vforkPipe >= 0) {
            // The parent waits until this child execs or exits: keep the memfd to hand writes back.
            int pipe = hostFdMap.applyAsInt(vforkPipe);
            // Close-on-exec, as every host descriptor of jemu's: a grandchild must not hold the parent up.
            host.syscall(HostSyscall.FCNTL, pipe, 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
            Vfork.childStarted(process, (int) host.dupCloexec(memfd, 3), pipe);
        }
        GuestThread t = arch.newForkedThread(process, in);
        t.signalMask = signalMask;
        // Dispositions and mask as the parent had them; pending signals are not inherited.
        process.signals.activate(false);
        t.altStackSp = altSp;
        t.altStackSize = altSize;
        t.altStackFlags = altFlags;
        arch.setStackAndTls(t, newStack, tls, (flags & CLONE_SETTLS) != 0);
        if ((flags & CLONE_CHILD_SETTID) != 0 && mem.isAccessible(childTid, 4, GuestMemory.W)) {
            mem.write32(childTid, t.tid);
        }
        if ((flags & CLONE_CHILD_CLEARTID) != 0) {
            t.clearChildTid = childTid;
        }
        return t;
    }

    static final long CLONE_SETTLS = 0x80000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x01000000;

    private static byte[] readState(Host host, int memfd) throws IOException {
        long at = Host.STRUCT;
        if (host.syscall(HostSyscall.PREAD64, memfd, host.scratchAddress(at), 8, STATE_OFFSET) != 8) {
            throw new IOException("cannot read the fork image");
        }
        long len = host.scratch().get(ValueLayout.JAVA_LONG_UNALIGNED, at);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(len);
            long done = 0;
            while (done < len) {
                long n = host.syscall(HostSyscall.PREAD64, memfd, buf.address() + done, len - done,
                        STATE_OFFSET + 8 + done);
                if (n <= 0) {
                    throw new IOException("short fork image");
                }
                done += n;
            }
            return buf.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = readBytes(in);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b == null ? -1 : b.length);
        if (b != null) {
            out.write(b);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : in.readNBytes(n);
    }

    /**
     * A forked child's signalfd: the eventfd behind it is the parent's file, whose readiness
     * follows the parent's signals, so the child puts an eventfd of its own (same O_NONBLOCK)
     * under each of its numbers. The child's pending signals start empty: it starts unreadable.
     */
    private record ChildSignalFd(SignalFd file, int eventFd) {
        static ChildSignalFd create(Host host, int inherited, long mask) {
            long fl = host.syscall(HostSyscall.FCNTL, inherited, 3 /* F_GETFL */);
            long e = host.syscall(HostSyscall.EVENTFD2, 0,
                    SignalFd.SFD_CLOEXEC | (fl >= 0 ? fl & SignalFd.SFD_NONBLOCK : 0));
            return new ChildSignalFd(new SignalFd(mask), (int) e);
        }
    }
}
