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

    /** Program break: where the heap started and where it ends now (byte-exact, as brk(2) reports). */
    public long brkStart, brk;

    /** Where the loaded image's strings and auxv are, for /proc/self/{cmdline,environ,auxv}. */
    public volatile jemu.elf.InitialStack.Result stackInfo;

    /** The live threads of this process, by host tid. */
    public final java.util.concurrent.ConcurrentHashMap<Integer, GuestThread> threads =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final BitSet warned = new BitSet();

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
