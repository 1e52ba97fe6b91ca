package jemu.linux;

import java.util.BitSet;

import jemu.core.memory.GuestMemory;

/**
 * One guest process: its address space, descriptors, paths, signal dispositions and memory
 * bookkeeping. A guest process is one host process, so the pid, the cwd and the umask are the
 * host's own and are not duplicated here.
 */
public final class GuestProcess {
    public final GuestArch arch;
    public final GuestMemory mem;
    public final FdTable fds;
    public final GuestPaths paths;
    public final SignalActions signalActions = new SignalActions();
    /** Process-directed pending signals and the rules of sending and taking them. */
    public final jemu.linux.signal.ProcessSignals signals = new jemu.linux.signal.ProcessSignals(this);
    /** POSIX timers (timer_create): jemu's own, per process, neither forked nor kept across execve. */
    public final jemu.linux.signal.PosixTimers timers = new jemu.linux.signal.PosixTimers(this);
    /**
     * The guest address of the sigreturn trampoline ({@code mov x8, #139; svc #0}) that a handler
     * returns to when its sigaction has no SA_RESTORER (Linux: the vDSO's); mapped with the image.
     */
    public long sigreturnTrampoline;
    public final int pid;
    /** The architecture's engine for this address space ({@link GuestArch#newEngine}). */
    public final Object engine;
    /** Non-null when --strace is on. */
    public final Strace strace;

    /** The host descriptors behind MAP_SHARED mappings (a fork hands them to the child). */
    public final SharedMappings sharedMappings = new SharedMappings();

    /** Program break: where the heap started and where it ends now (byte-exact, as brk(2) reports). */
    public long brkStart, brk;

    /** Where the loaded image's strings and auxv are, for /proc/self/{cmdline,environ,auxv}. */
    public volatile jemu.elf.InitialStack.Result stackInfo;

    /** The task's comm: /proc/self/stat's name ({@link ProcFiles#commOf}), renamed by PR_SET_NAME in the leader. */
    public volatile byte[] comm = new byte[0];

    /** The live threads of this process, by host tid. */
    public final java.util.concurrent.ConcurrentHashMap<Integer, GuestThread> threads =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final BitSet warned = new BitSet();

    /**
     * The live thread with guest tid {@code tid}, or null. The leader also answers to the pid:
     * on Linux the first thread's tid is the pid, but jemu's first guest thread runs on a JVM
     * thread whose host tid differs, and a guest may well tkill(getpid(), ...).
     */
    public GuestThread thread(int tid) {
        GuestThread t = threads.get(tid);
        if (t == null && tid == pid) {
            for (GuestThread o : threads.values()) {
                if (o.leader) {
                    return o;
                }
            }
        }
        return t;
    }

    /** Set by {@link #stopOtherThreads}: the one thread that carries on. */
    private volatile GuestThread survivor;

    public GuestProcess(GuestArch arch, GuestMemory mem, FdTable fds, GuestPaths paths, int pid, Strace strace) {
        this.arch = arch;
        this.mem = mem;
        this.fds = fds;
        this.paths = paths;
        this.pid = pid;
        this.strace = strace;
        this.engine = arch.newEngine(mem);
    }

    /**
     * Deregisters {@code t}, which has ended with {@code exit(status)}; when it was the last
     * thread the process ends with that status (what Linux reports, measured: even when the
     * leader exited earlier with another status).
     */
    void threadExited(GuestThread t, int status) {
        synchronized (threads) {
            threads.remove(t.tid, t);
            if (threads.isEmpty()) {
                HostExit.exit(status);
            }
            threads.notifyAll();
        }
    }

    /** Deregisters {@code t}, stopped for another thread's execve: nothing of its exit is done. */
    void threadStopped(GuestThread t) {
        synchronized (threads) {
            threads.remove(t.tid, t);
            threads.notifyAll();
        }
    }

    /** Whether {@code t} has to stop because another thread is replacing the process image. */
    boolean mustStop(GuestThread t) {
        GuestThread s = survivor;
        return s != null && s != t;
    }

    /**
     * Stops every thread but {@code self}, as execve does before it replaces the image: each
     * stops at its next block boundary, or when its system call returns, without running
     * another guest instruction and without the exit work (its robust futexes and child tid
     * stay as they are: the address space is about to go). Returns when they are gone.
     *
     * <p>A thread blocked in a host call is woken where jemu can: a futex wait by a wake of
     * its word; other blocking calls by the signal machinery behind
     * {@link GuestThread#beginBlocking()}. A thread still blocked after {@code STOP_WAIT_MS}
     * (a PI futex, a call nothing interrupts) is left parked: it runs no more guest code when
     * its call returns, but it still exists as a host thread.
     */
    public void stopOtherThreads(GuestThread self) {
        survivor = self;
        long deadline = System.nanoTime() + STOP_WAIT_MS * 1_000_000L;
        synchronized (threads) {
            while (true) {
                boolean others = false;
                for (GuestThread o : threads.values()) {
                    if (o != self) {
                        others = true;
                        o.requestStop(self.host);
                    }
                }
                if (!others || System.nanoTime() > deadline) {
                    return;
                }
                try {
                    threads.wait(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** How long {@link #stopOtherThreads} waits for threads it cannot wake. */
    static final long STOP_WAIT_MS = 2000;

    /**
     * Says once per syscall number that the guest called something jemu does not implement; the
     * guest gets ENOSYS. One line on stderr, as the user needs to know why a program misbehaves.
     */
    public void warnUnsupported(int nr, String name) {
        synchronized (warned) {
            if (warned.get(nr)) {
                return;
            }
            warned.set(nr);
        }
        System.err.println("jemu: unsupported syscall " + nr + (name != null ? " (" + name + ")" : "")
                + ": returning ENOSYS");
    }
}
