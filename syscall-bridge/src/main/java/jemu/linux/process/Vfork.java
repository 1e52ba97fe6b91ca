package jemu.linux.process;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import jemu.core.memory.GuestMemory;
import jemu.core.memory.Region;
import jemu.linux.GuestProcess;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * vfork's promise, kept across two host processes: the parent is suspended until the child
 * execs or exits, and sees what the child wrote to memory meanwhile (glibc's posix_spawn
 * reports a failed exec by writing errno into the parent's memory this way). The child, a new
 * JVM with a private copy of the parent's memory from the fork memfd, writes the pages it
 * changed back into that memfd and lists them on a pipe; the parent copies them in and resumes.
 */
public final class Vfork {
    private Vfork() {}

    private static final long PAGE = GuestMemory.PAGE_SIZE;
    /** /proc/PID/pagemap: the page is present; mapped from a file or shared (never written, here). */
    private static final long PM_PRESENT = 1L << 63, PM_SWAPPED = 1L << 62, PM_FILE = 1L << 61;

    /** In a vfork child: what it still owes the parent. */
    private static GuestProcess child;
    private static int childMemfd = -1, childPipe = -1;

    // ------------------------------------------------------------------ child side

    /** Called in a vfork child once its process is rebuilt. */
    static synchronized void childStarted(GuestProcess process, int memfd, int pipe) {
        child = process;
        childMemfd = memfd;
        childPipe = pipe;
        jemu.linux.HostExit.setBeforeExit(Vfork::release);
    }

    /**
     * The vfork child execs or exits: hands its memory writes back and lets the parent go. Does
     * nothing in any other process, or the second time.
     */
    public static synchronized void release() {
        if (child == null) {
            return;
        }
        GuestProcess p = child;
        child = null;
        Host host = new Host();
        try (Arena arena = Arena.ofConfined()) {
            long pagemap = host.syscall(HostSyscall.OPENAT, -100,
                    host.cString("/proc/self/pagemap".getBytes(), Host.PATH1), 02000000, 0);
            if (pagemap >= 0) {
                for (Region r : p.mem.regions()) {
                    if ((r.prot() & GuestMemory.W) != 0) {
                        handBack(host, arena, p.mem, r, (int) pagemap);
                    }
                }
                host.close((int) pagemap);
            }
        } finally {
            host.close(childMemfd);
            host.close(childPipe); // EOF: the parent resumes
        }
    }

    /** Writes each page of {@code r} this process changed into the memfd and names it on the pipe. */
    private static void handBack(Host host, Arena arena, GuestMemory mem, Region r, int pagemap) {
        long pages = r.length() / PAGE;
        MemorySegment entries = arena.allocate(8 * pages, 8);
        long n = host.syscall(HostSyscall.PREAD64, pagemap, entries.address(), 8 * pages, mem.host(r.start()) / PAGE * 8);
        if (n != 8 * pages) {
            return;
        }
        MemorySegment addr = arena.allocate(8, 8);
        for (long i = 0; i < pages; i++) {
            long e = entries.getAtIndex(JAVA_LONG, i);
            boolean written = (e & (PM_PRESENT | PM_SWAPPED)) != 0 && (e & PM_FILE) == 0;
            if (written) {
                long a = r.start() + i * PAGE;
                host.syscall(HostSyscall.PWRITE64, childMemfd, mem.host(a), PAGE, a);
                addr.set(JAVA_LONG, 0, a);
                host.syscall(HostSyscall.WRITE, childPipe, addr.address(), 8);
            }
        }
    }

    // ------------------------------------------------------------------ parent side

    /**
     * Waits until the vfork child released the parent (or died), copying in every page it
     * wrote. {@code pipe} is the read end; the child holds the write end.
     */
    static void await(Host host, GuestMemory mem, int memfd, int pipe) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(8 * 512, 8);
            long carry = 0;
            while (true) {
                long n = host.syscall(HostSyscall.READ, pipe, buf.address() + carry, buf.byteSize() - carry);
                if (n == -4 /* EINTR */) {
                    continue;
                }
                if (n <= 0) {
                    return;
                }
                long have = carry + n;
                for (long off = 0; off + 8 <= have; off += 8) {
                    long a = buf.get(JAVA_LONG, off);
                    if (mem.isAccessible(a, PAGE, GuestMemory.W)) {
                        host.syscall(HostSyscall.PREAD64, memfd, mem.host(a), PAGE, a);
                        mem.noteHostWrite(a, PAGE);
                    }
                }
                carry = have % 8;
                if (carry != 0) {
                    MemorySegment.copy(buf, have - carry, buf, 0, carry);
                }
            }
        }
    }
}
