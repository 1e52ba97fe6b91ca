package jemu.linux;

import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;
import jemu.linux.host.Host;
import jemu.linux.syscalls.EventSyscalls;
import jemu.linux.syscalls.ExecSyscalls;
import jemu.linux.signal.HostSignals;
import jemu.linux.signal.PendingSignals;
import jemu.linux.signal.ProcessSignals;
import jemu.linux.signal.SigInfo;
import jemu.linux.host.HostSyscall;
import jemu.linux.syscalls.FileSyscalls;
import jemu.linux.syscalls.FutexSyscalls;
import jemu.linux.syscalls.InfoSyscalls;
import jemu.linux.syscalls.IoSyscalls;
import jemu.linux.syscalls.MemorySyscalls;
import jemu.linux.syscalls.ProcessSyscalls;
import jemu.linux.syscalls.SchedSyscalls;
import jemu.linux.syscalls.SignalSyscalls;
import jemu.linux.syscalls.SocketSyscalls;
import jemu.linux.syscalls.SystemSyscalls;
import jemu.linux.syscalls.TimeSyscalls;
import jemu.linux.syscalls.XattrSyscalls;

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
    /** The blocked-signal mask (bit sig-1); written by the thread itself, read by signal senders. */
    public volatile long signalMask;
    /** Signals sent to this thread (tgkill, faults), with their siginfo; guarded by {@code process.signals}. */
    public final PendingSignals pending = new PendingSignals();
    /** The mask before rt_sigtimedwait unblocked its set (Linux's real_blocked): a signal in it is waited for, not fatal. */
    public volatile long realBlocked;
    /** The mask of the signalfd this thread waits in a read of (Linux: it sleeps on signalfd_wqh), or 0. */
    public volatile long signalFdWait;
    /**
     * rt_sigsuspend, ppoll and pselect6 with a mask: the mask to put back once a handler's frame
     * has saved it (Linux's saved_sigmask with TIF_RESTORE_SIGMASK).
     */
    public long savedMask;
    public boolean restoreSavedMask;
    /** sigaltstack: base, size, flags (Linux's sas_ss_sp, sas_ss_size, sas_ss_flags). */
    public long altStackSp, altStackSize;
    public int altStackFlags = SS_DISABLE;
    public static final int SS_ONSTACK = 1, SS_DISABLE = 2, SS_AUTODISARM = 0x80000000;
    private int blockingDepth;
    private volatile boolean inBlocking;
    /**
     * Whether this is the thread-group leader (the process's first thread, not made by clone):
     * its exit status is the process's when the threads end one by one.
     */
    public boolean leader = true;
    /** Set from another thread (execve): stop before running any more guest code. */
    private volatile boolean stopRequested;
    /** Host address of the futex word this thread is waiting on, or 0: what a stop wakes. */
    public volatile long blockedFutex;

    public final FileSyscalls files;
    public final MemorySyscalls memory;
    public final ProcessSyscalls processes;
    public final SignalSyscalls signals;
    public final TimeSyscalls time;
    public final InfoSyscalls info;
    public final ExecSyscalls exec;
    public final FutexSyscalls futex;
    public final XattrSyscalls xattrs;
    public final SocketSyscalls sockets;
    public final EventSyscalls events;
    public final IoSyscalls io;
    public final SchedSyscalls sched;
    public final SystemSyscalls system;

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
        this.futex = new FutexSyscalls(this);
        this.xattrs = new XattrSyscalls(this);
        this.sockets = new SocketSyscalls(this);
        this.events = new EventSyscalls(this);
        this.io = new IoSyscalls(this);
        this.sched = new SchedSyscalls(this);
        this.system = new SystemSyscalls(this);
    }

    /**
     * Marks the start of a host call that may block indefinitely (read of a pipe, wait4, futex
     * wait...), so that a guest signal arriving meanwhile can interrupt it (EINTR, or a restart
     * under SA_RESTART). Always paired with {@link #endBlocking()} in a finally block.
     */
    public void beginBlocking() {
        if (blockingDepth++ == 0) {
            host.setInterruptible(true);
            inBlocking = true;
        }
    }

    /** Ends what {@link #beginBlocking()} began. */
    public void endBlocking() {
        if (--blockingDepth == 0) {
            inBlocking = false;
            host.setInterruptible(false);
        }
    }

    /**
     * A signal became pending for this thread (from any thread): stop running guest code at the
     * next block boundary, and return from a blocking host call with EINTR. The wake word is
     * set before {@code inBlocking} is read, and the thread sets {@code inBlocking} before its
     * stub reads the wake word, so one of the two always sees the other.
     */
    public void wakeForSignal() {
        requestInterrupt();
        host.setWake();
        if (inBlocking) {
            HostSignals.wake(tid);
        }
    }

    /** Makes the CPU loop stop at the next block boundary. */
    protected abstract void requestInterrupt();

    // ------------------------------------------------------------------ signal delivery (arch/*/kernel/signal.c do_signal)

    /** The system call that just returned a restart code (ERESTARTSYS...), and its first argument register before the call. */
    private int restartCode;
    private long restartArg0;

    /**
     * After a system call other than sigreturn: an interrupted blocking call's EINTR becomes the
     * restart code its kind asks for ({@link #restartKind}), and a restart code is remembered
     * for {@link #deliverSignals}. Returns the result for the result register.
     */
    protected final long syscallReturned(int nr, long ret, long arg0) {
        boolean interrupted = host.takeInterrupted();
        if (ret == -Errno.EINTR && interrupted) {
            ret = -restartKind(nr);
        }
        if (ret == -SignalSyscalls.ERESTARTSYS || ret == -SignalSyscalls.ERESTARTNOHAND) {
            restartCode = (int) -ret;
            restartArg0 = arg0;
        }
        return ret;
    }

    /**
     * What the interrupted blocking call {@code nr} does after a signal (signal(7)): most restart
     * under SA_RESTART (ERESTARTSYS); waits with a timeout or a mask never do once a handler ran
     * (ERESTARTNOHAND); rt_sigtimedwait reports EINTR. The numbers are the architecture's.
     */
    protected abstract int restartKind(int nr);

    /** Whether the CPU loop must call {@link #deliverSignals} now: a call to restart, or a signal to take. */
    protected final boolean signalWork() {
        return restartCode != 0 || process.signals.hasDeliverable(this);
    }

    /** The guest pc, and setting it (the architecture's width). */
    protected abstract long pc();

    protected abstract void setPc(long pc);

    /** The length of the svc instruction just executed (the pc is past it). */
    protected abstract int svcLength();

    /** Sets the system call result register (x0, r0). */
    protected abstract void setResult(long value);

    /** setup_rt_frame: the handler's frame, registers pointing at the handler; false if the frame could not be written. */
    protected abstract boolean setupSignalFrame(int sig, SigInfo info, long handler, long flags, long restorer,
            long oldMask);

    /**
     * do_signal(): a system call that returned a restart code is rewound to its svc; then each
     * pending signal that is not blocked takes its action — a handler's frame (the restart
     * becomes EINTR unless SA_RESTART allows it), or the default action, or nothing.
     */
    protected final void deliverSignals() {
        int restart = restartCode;
        restartCode = 0;
        long continuePc = pc(), restartPc = continuePc - svcLength();
        if (restart != 0) {
            setResult(restartArg0);
            setPc(restartPc);
        }
        ProcessSignals ps = process.signals;
        SignalActions actions = process.signalActions;
        while (true) {
            SigInfo info = ps.dequeue(this, signalMask);
            if (info == null) {
                break;
            }
            int sig = info.signo();
            long handler, flags, restorer, mask;
            synchronized (actions) {
                handler = actions.handler(sig);
                flags = actions.flags(sig);
                restorer = actions.restorer(sig);
                mask = actions.mask(sig);
                if (handler > SignalActions.SIG_IGN && (flags & SignalActions.SA_RESETHAND) != 0) {
                    actions.resetHandler(sig);
                }
            }
            if (handler > SignalActions.SIG_IGN && (flags & SignalActions.SA_RESETHAND) != 0) {
                ps.syncHost(sig);
            }
            if (handler == SignalActions.SIG_IGN) {
                continue;
            }
            if (handler == SignalActions.SIG_DFL) {
                switch (Signals.defaultAction(sig)) {
                    case TERMINATE, CORE -> ProcessSignals.die(sig);
                    case STOP -> ps.stop(sig);
                    default -> {
                    }
                }
                continue;
            }
            if (restart != 0 && pc() == restartPc) {
                if (restart != SignalSyscalls.ERESTARTSYS || (flags & SignalActions.SA_RESTART) == 0) {
                    setResult(-Errno.EINTR);
                    setPc(continuePc);
                }
            }
            restart = 0;
            long oldMask = restoreSavedMask ? savedMask : signalMask;
            restoreSavedMask = false;
            if (!setupSignalFrame(sig, info, handler, flags, restorer, oldMask)) {
                // signal_setup_done -> force_sigsegv
                if (sig == Signals.SIGSEGV) {
                    actions.resetHandler(sig);
                }
                force(SigInfo.kernel(Signals.SIGSEGV));
                continue;
            }
            long blocked = signalMask | mask;
            if ((flags & SignalActions.SA_NODEFER) == 0) {
                blocked |= 1L << (sig - 1);
            }
            setSignalMask(blocked);
        }
        if (restoreSavedMask) {
            restoreSavedMask = false;
            setSignalMask(savedMask);
        }
    }

    /** The guest stack pointer now (sigaltstack's on-stack test). */
    public abstract long stackPointer();

    /** on_sig_stack(): whether {@code sp} lies on the alternate signal stack (never with SS_AUTODISARM). */
    public boolean onSigStack(long sp) {
        if ((altStackFlags & SS_AUTODISARM) != 0) {
            return false;
        }
        return Long.compareUnsigned(sp, altStackSp) > 0 && Long.compareUnsigned(sp - altStackSp, altStackSize) <= 0;
    }

    /** sas_ss_flags(): SS_DISABLE without an alternate stack, else SS_ONSTACK when {@code sp} is on it. */
    public int sasSsFlags(long sp) {
        if (altStackSize == 0) {
            return SS_DISABLE;
        }
        return onSigStack(sp) ? SS_ONSTACK : 0;
    }

    /** Sets the mask (SIGKILL and SIGSTOP are never blocked) and tells the process what changed. */
    public void setSignalMask(long mask) {
        long old = signalMask;
        signalMask = mask & ~(1L << (Signals.SIGKILL - 1) | 1L << (Signals.SIGSTOP - 1));
        if (signalMask != old) {
            process.signals.maskChanged(this, old);
        }
    }

    /**
     * Runs the guest until the process ends, or returns when this thread has ended while other
     * threads carry on (its {@code exit}, or a stop for another thread's execve).
     */
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
     * exit(2) of this thread (kernel do_exit for one thread): its robust futexes are released,
     * then clear_child_tid is zeroed and woken (what pthread_join waits for), and the thread
     * leaves the process; the last one to leave ends the process. Never returns: the JVM
     * thread unwinds with {@link ThreadEnd}.
     */
    public void exitThread(int status) {
        RobustList.release(this);
        long ctid = clearChildTid;
        if (ctid != 0) {
            clearChildTid = 0;
            try {
                if ((ctid & 3) == 0) {
                    mem.write32(ctid, 0);
                    RobustList.wake(host, mem, ctid);
                }
            } catch (jemu.core.memory.GuestFault f) {
                // put_user failing is ignored by the kernel as well.
            }
        }
        process.threadExited(this, status);
        throw new ThreadEnd();
    }

    /**
     * Called by the CPU loop before and after each run of guest code: a thread that another
     * one has asked to stop leaves here, without the exit work.
     */
    protected final void stopIfRequested() {
        if (stopRequested || process.mustStop(this)) {
            process.threadStopped(this);
            throw new ThreadEnd();
        }
    }

    /**
     * Asks this thread to stop (from another thread, {@link GuestProcess#stopOtherThreads}):
     * the CPU leaves guest code at its next block boundary, and a futex wait is woken with
     * {@code by}, the caller's host. Repeating it is harmless; the caller repeats it until the
     * thread is gone, as a wake may come just before the wait.
     */
    void requestStop(jemu.linux.host.Host by) {
        stopRequested = true;
        // Out of guest code at the next block boundary, and out of a blocking host call (EINTR).
        wakeForSignal();
        long f = blockedFutex;
        if (f != 0) {
            // Both kinds of wake: the waiter may have used either; a spurious wake-up is harmless.
            by.syscall(HostSyscall.FUTEX, f, 1 /* FUTEX_WAKE */, Integer.MAX_VALUE, 0, 0, 0);
            by.syscall(HostSyscall.FUTEX, f, 1 | 128 /* FUTEX_WAKE_PRIVATE */, Integer.MAX_VALUE, 0, 0, 0);
        }
    }

    /**
     * A synchronous fault or trap of this thread ({@code force_sig_fault}): queued for this thread
     * with si_addr, and delivered when the CPU loop looks at its signals, with pc still at the
     * faulting instruction. If the signal is blocked or ignored, the kernel's force rule applies:
     * the action becomes SIG_DFL and the signal is unblocked, so the process dies by it.
     */
    public void raiseSynchronous(int sig, int code, long address) {
        if (process.strace != null) {
            process.strace.signal(this, sig, code, address);
        }
        force(SigInfo.fault(sig, code, address));
    }

    /** force_sig_info_to_task(): sends {@code info} to this thread, overriding a block or an ignore. */
    public void force(SigInfo info) {
        int sig = info.signo();
        boolean changed = false;
        synchronized (process.signals) {
            boolean blocked = (signalMask & (1L << (sig - 1))) != 0;
            if (blocked || process.signalActions.handler(sig) == SignalActions.SIG_IGN) {
                process.signalActions.resetHandler(sig);
                changed = true;
                if (blocked) {
                    signalMask &= ~(1L << (sig - 1));
                }
            }
        }
        if (changed) {
            process.signals.syncHost(sig);
        }
        process.signals.send(this, info);
    }

    /** Raises the signal a guest memory fault stands for. */
    public void raiseFault(GuestFault f) {
        raiseFault(f, f.address);
    }

    /** Raises the signal a guest memory fault stands for, with {@code siAddr} as its si_addr. */
    protected void raiseFault(GuestFault f, long siAddr) {
        switch (f.cause) {
            case UNMAPPED -> raiseSynchronous(Signals.SIGSEGV, Signals.SEGV_MAPERR, siAddr);
            case PERMISSION -> raiseSynchronous(Signals.SIGSEGV, Signals.SEGV_ACCERR, siAddr);
            case ALIGNMENT -> raiseSynchronous(Signals.SIGBUS, Signals.BUS_ADRALN, siAddr);
            case BEYOND_EOF -> raiseSynchronous(Signals.SIGBUS, Signals.BUS_ADRERR, siAddr);
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
