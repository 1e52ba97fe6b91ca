package jemu.linux.host;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import jemu.core.host.Native;
import jemu.core.host.Syscall;

/**
 * The host kernel, as one guest thread sees it: raw x86-64 system calls through libc's
 * {@code syscall(2)}, returning what the kernel returns ({@code -errno} on failure), plus a
 * per-thread scratch area of native memory for host-side structures and path strings.
 *
 * <p>One instance per guest thread: the errno capture buffer and the scratch area are not shared,
 * so no call allocates or synchronises.
 */
public final class Host {
    /** Size of the scratch area: room for two PATH_MAX paths and the largest host struct we convert. */
    public static final int SCRATCH_SIZE = 64 * 1024;

    private final MemorySegment capture;
    private final MemorySegment scratch;
    /** The wake word of {@link jemu.linux.signal.HostSignals#interruptible}: non-zero once a guest signal is pending. */
    private final MemorySegment wake;
    /** Inside a blocking section: calls go through the interruptible stub. */
    private boolean interruptible;
    /** Whether the last interruptible call returned EINTR (a signal, ours or the JVM's, interrupted it). */
    private boolean interrupted;

    public Host() {
        Arena arena = Arena.ofAuto();
        this.capture = arena.allocate(Native.CAPTURE_LAYOUT);
        this.scratch = arena.allocate(SCRATCH_SIZE, 16);
        this.wake = arena.allocate(8, 8);
    }

    /** A raw host system call; returns the result or {@code -errno}. */
    public long syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (interruptible) {
            long r = jemu.linux.signal.HostSignals.interruptible(capture, wake.address(), nr, a0, a1, a2, a3, a4, a5);
            if (r == -4) {
                interrupted = true;
            }
            return r;
        }
        return Syscall.call(capture, nr, a0, a1, a2, a3, a4, a5);
    }

    /** Enters or leaves a blocking section (see {@code GuestThread.beginBlocking}). */
    public void setInterruptible(boolean on) {
        interruptible = on;
    }

    /** Whether an interruptible call returned EINTR since the last time this was asked. */
    public boolean takeInterrupted() {
        boolean was = interrupted;
        interrupted = false;
        return was;
    }

    /** Sets the wake word (from any thread): the next interruptible call returns EINTR at once. */
    public void setWake() {
        wake.set(java.lang.foreign.ValueLayout.JAVA_INT, 0, 1);
        java.lang.invoke.VarHandle.fullFence();
    }

    /** Clears the wake word (by the owning thread, before it looks for pending signals). */
    public void clearWake() {
        wake.set(java.lang.foreign.ValueLayout.JAVA_INT, 0, 0);
        java.lang.invoke.VarHandle.fullFence();
    }

    /** Whether the wake word is set. */
    public boolean wakeSet() {
        return wake.get(java.lang.foreign.ValueLayout.JAVA_INT, 0) != 0;
    }

    public long syscall(long nr) {
        return syscall(nr, 0, 0, 0, 0, 0, 0);
    }

    public long syscall(long nr, long a0) {
        return syscall(nr, a0, 0, 0, 0, 0, 0);
    }

    public long syscall(long nr, long a0, long a1) {
        return syscall(nr, a0, a1, 0, 0, 0, 0);
    }

    public long syscall(long nr, long a0, long a1, long a2) {
        return syscall(nr, a0, a1, a2, 0, 0, 0);
    }

    public long syscall(long nr, long a0, long a1, long a2, long a3) {
        return syscall(nr, a0, a1, a2, a3, 0, 0);
    }

    public long syscall(long nr, long a0, long a1, long a2, long a3, long a4) {
        return syscall(nr, a0, a1, a2, a3, a4, 0);
    }

    /** The scratch area (native, 16-byte aligned); callers carve it up by offset. */
    public MemorySegment scratch() {
        return scratch;
    }

    /** Host address of scratch offset {@code off}. */
    public long scratchAddress(long off) {
        return scratch.address() + off;
    }

    /**
     * The target of the link at {@code path} (readlinkat from the working directory), or null if
     * it cannot be read. Works in the scratch area at {@code off}: the path there, the target in
     * the 4 KiB after {@code off + 4352}.
     */
    public byte[] readlink(byte[] path, long off) {
        long n = syscall(HostSyscall.READLINKAT, -100, cString(path, off), scratchAddress(off + 4352), 4096);
        if (n < 0) {
            return null;
        }
        byte[] out = new byte[(int) n];
        MemorySegment.copy(scratch, JAVA_BYTE, off + 4352, out, 0, (int) n);
        return out;
    }

    /** Copies {@code s} plus a NUL into the scratch area at {@code off}; returns its host address. */
    public long cString(byte[] s, long off) {
        MemorySegment.copy(s, 0, scratch, JAVA_BYTE, off, s.length);
        scratch.set(JAVA_BYTE, off + s.length, (byte) 0);
        return scratch.address() + off;
    }

    /** Scratch offsets: two path slots, then structs; path lookups inside a root file system work at RESOLVE. */
    public static final long PATH1 = 0, PATH2 = 4352, STRUCT = 8704, RESOLVE = 32 * 1024;

    // ------------------------------------------------------------------ a thin POSIX face

    public int getpid() {
        return (int) syscall(HostSyscall.GETPID);
    }

    public int gettid() {
        return (int) syscall(HostSyscall.GETTID);
    }

    public long write(int fd, long hostAddr, long len) {
        return syscall(HostSyscall.WRITE, fd, hostAddr, len);
    }

    public long close(int fd) {
        return syscall(HostSyscall.CLOSE, fd);
    }

    public long dup(int fd) {
        return syscall(HostSyscall.DUP, fd);
    }

    /** F_DUPFD_CLOEXEC: a new host descriptor >= {@code min}, close-on-exec. */
    public long dupCloexec(int fd, int min) {
        return syscall(HostSyscall.FCNTL, fd, 1030, min);
    }

    public long dup3(int fd, int newFd, int flags) {
        return syscall(HostSyscall.DUP3, fd, newFd, flags);
    }
}
