package jemu.linux;

import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;
import jemu.linux.host.Host;
import jemu.linux.syscalls.ExecSyscalls;
import jemu.linux.syscalls.FileSyscalls;
import jemu.linux.syscalls.InfoSyscalls;
import jemu.linux.syscalls.MemorySyscalls;
import jemu.linux.syscalls.ProcessSyscalls;
import jemu.linux.syscalls.SignalSyscalls;
import jemu.linux.syscalls.TimeSyscalls;

/**
 * One guest thread: a JVM platform thread with its own CPU (in the architecture's subclass),
 * its own view of the host, and the system call families bound to it.
 */
public abstract class GuestThread {
    public final GuestProcess process;
    public final GuestMemory mem;
    public final Host host = new Host();
    public final int tid;

    /** set_tid_address / CLONE_CHILD_CLEARTID: zeroed and futex-woken when the thread exits. */
    public long clearChildTid;
    /** set_robust_list head and length. */
    public long robustListHead, robustListLength;
    /** The blocked-signal mask (bit sig-1). */
    public long signalMask;
    /** sigaltstack: base, size, flags. */
    public long altStackSp, altStackSize;
    public int altStackFlags = 2; // SS_DISABLE

    public final FileSyscalls files;
    public final MemorySyscalls memory;
    public final ProcessSyscalls processes;
    public final SignalSyscalls signals;
    public final TimeSyscalls time;
    public final InfoSyscalls info;
    public final ExecSyscalls exec;

    protected GuestThread(GuestProcess process) {
        this.process = process;
        this.mem = process.mem;
        this.tid = host.gettid();
        process.threads.put(tid, this);
        this.files = new FileSyscalls(this);
        this.memory = new MemorySyscalls(this);
        this.processes = new ProcessSyscalls(this);
        this.signals = new SignalSyscalls(this);
        this.time = new TimeSyscalls(this);
        this.info = new InfoSyscalls(this);
        this.exec = new ExecSyscalls(this);
    }

    /**
     * Marks the start of a host call that may block indefinitely (read of a pipe, wait4, futex
     * wait...), so that a guest signal arriving meanwhile can interrupt it (EINTR, or a restart
     * under SA_RESTART). Always paired with {@link #endBlocking()} in a finally block.
     */
    public void beginBlocking() {
    }

    /** Ends what {@link #beginBlocking()} began. */
    public void endBlocking() {
    }

    /** Runs the guest until the process ends; never returns normally. */
    public abstract void run();

    /** Runs {@code t}, and after each successful execve the new image's first thread, on this JVM thread. */
    public static void runImages(GuestThread t) {
        while (true) {
            try {
                t.run();
                return;
            } catch (NewImage n) {
                t = n.thread;
            }
        }
    }

    /**
     * Handles a synchronous fault or trap for which the guest has no way out yet: the default
     * action of {@code sig}, i.e. the process dies by it. (Delivery to guest handlers builds on
     * this point.)
     */
    public void raiseSynchronous(int sig, int code, long address) {
        if (process.strace != null) {
            process.strace.signal(this, sig, code, address);
        }
        if (Signals.defaultAction(sig) == Signals.DefaultAction.CORE) {
            // qemu's one line for a guest killed by a core-dumping signal (without "core dumped":
            // jemu writes no core file of the JVM).
            System.err.println("jemu: uncaught target signal " + sig + " (" + Signals.description(sig) + ")");
        }
        HostExit.dieBy(host, sig);
    }

    /** Raises the signal a guest memory fault stands for. */
    public void raiseFault(GuestFault f) {
        switch (f.cause) {
            case UNMAPPED -> raiseSynchronous(Signals.SIGSEGV, Signals.SEGV_MAPERR, f.address);
            case PERMISSION -> raiseSynchronous(Signals.SIGSEGV, Signals.SEGV_ACCERR, f.address);
            case ALIGNMENT -> raiseSynchronous(Signals.SIGBUS, Signals.BUS_ADRALN, f.address);
            case BEYOND_EOF -> raiseSynchronous(Signals.SIGBUS, Signals.BUS_ADRERR, f.address);
        }
    }

    /** Reads a NUL-terminated guest path (PATH_MAX 4096 including the NUL). */
    public byte[] readPath(long addr) {
        try {
            byte[] p = mem.readCString(addr, 4096);
            if (p == null) {
                throw new SyscallException(Errno.ENAMETOOLONG);
            }
            return p;
        } catch (GuestFault f) {
            throw new SyscallException(Errno.EFAULT);
        }
    }
}
