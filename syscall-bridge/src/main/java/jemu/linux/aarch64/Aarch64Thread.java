package jemu.linux.aarch64;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.SignalActions;
import jemu.linux.Signals;
import jemu.linux.InternalError;
import jemu.linux.SyscallException;
import jemu.linux.signal.ProcessSignals;
import jemu.linux.signal.SigInfo;
import jemu.linux.syscalls.SignalSyscalls;
import jemu.linux.ThreadEnd;

/**
 * An AArch64 guest thread and its CPU loop (QEMU's {@code cpu_loop}): run the engine until it
 * stops, then a system call ({@code svc #0}: number in x8, arguments in x0-x5, result to x0) or
 * the signal the stop stands for, then the pending signals (QEMU's process_pending_signals,
 * Linux's do_signal on the way back to user mode).
 */
final class Aarch64Thread extends GuestThread {
    final A64Cpu cpu;
    private final A64Engine engine;

    /** Linux's thread.fault_address and thread.fault_code (the ESR), shown in signal frames. */
    long faultAddress, faultCode;

    /** The system call that just returned a restart code (ERESTARTSYS...), and its x0 before the call. */
    private int restartCode;
    private long restartX0;

    /** rt_sigreturn */
    static final int NR_RT_SIGRETURN = 139;

    Aarch64Thread(GuestProcess process) {
        super(process);
        this.cpu = new A64Cpu(process.mem);
        this.engine = (A64Engine) process.engine;
    }

    @Override
    public void run() {
        A64Cpu c = cpu;
        try {
            while (true) {
                stopIfRequested();
                int stop = engine.run(c);
                stopIfRequested();
                switch (stop) {
                    case Stop.SVC -> syscall(c);
                    case Stop.FAULT -> {
                        noteDataAbort(c.fault);
                        // arch_untagged_si_addr(): si_addr is untagged_addr(FAR), the address
                        // sign-extended from bit 55 (SA_EXPOSE_TAGBITS is not implemented). The
                        // engine already dropped the tag of a data access; this settles the
                        // addresses whose bit 55 is set (qemu 7.2 reports 0 for them).
                        raiseFault(c.fault, c.fault.address << 8 >> 8);
                    }
                    case Stop.UNDEFINED, Stop.HALT -> {
                        // do_el0_undef -> force_signal_inject: arm64_notify_die(..., err 0)
                        faultAddress = 0;
                        faultCode = 0;
                        raiseSynchronous(Signals.SIGILL, Signals.ILL_ILLOPC, c.pc);
                    }
                    case Stop.BREAKPOINT -> {
                        // brk64_handler -> arm64_notify_die(..., esr): EC 0x3c (BRK64), IL, imm16
                        faultAddress = 0;
                        faultCode = 0x3cL << 26 | 1L << 25 | (c.stopImmediate & 0xffff);
                        raiseSynchronous(Signals.SIGTRAP, Signals.TRAP_BRKPT, c.pc);
                    }
                    default -> {
                        // INTERRUPT: look at the signals below.
                    }
                }
                c.interruptRequested = false;
                host.clearWake();
                if (restartCode != 0 || process.signals.hasDeliverable(this)) {
                    deliverSignals(c);
                }
            }
        } catch (ThreadEnd end) {
            engine.release(c);
        }
    }

    /** set_thread_esr(): the fault address and a data/instruction abort syndrome from EL0. */
    private void noteDataAbort(GuestFault f) {
        faultAddress = f.address;
        long ec = f.access == GuestFault.Access.EXEC ? 0x20 : 0x24;
        long fsc = switch (f.cause) {
            case UNMAPPED -> 0x07; // translation fault, level 3
            case PERMISSION -> 0x0f; // permission fault, level 3
            case ALIGNMENT -> 0x21; // alignment fault
            case BEYOND_EOF -> 0x10; // synchronous external abort
        };
        long wnr = f.access == GuestFault.Access.WRITE ? 1L << 6 : 0;
        faultCode = ec << 26 | 1L << 25 | wnr | fsc;
    }

    @Override
    protected void requestInterrupt() {
        cpu.interruptRequested = true;
    }

    @Override
    public long stackPointer() {
        return cpu.x[A64Cpu.SP];
    }

    /**
     * do_signal(): a system call that returned a restart code is rewound to its svc; then each
     * pending signal that is not blocked takes its action — a handler's frame (the restart
     * becomes EINTR unless SA_RESTART allows it), or the default action, or nothing.
     */
    private void deliverSignals(A64Cpu c) {
        int restart = restartCode;
        restartCode = 0;
        long continuePc = c.pc, restartPc = c.pc - 4;
        if (restart != 0) {
            c.x[0] = restartX0;
            c.pc = restartPc;
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
            if (restart != 0 && c.pc == restartPc) {
                if (restart != SignalSyscalls.ERESTARTSYS || (flags & SignalActions.SA_RESTART) == 0) {
                    c.x[0] = -Errno.EINTR;
                    c.pc = continuePc;
                }
            }
            restart = 0;
            long oldMask = restoreSavedMask ? savedMask : signalMask;
            restoreSavedMask = false;
            if (!Aarch64SignalFrame.setup(this, sig, info, handler, flags, restorer, oldMask)) {
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

    /**
     * clone for a new thread of this process (CLONE_VM|CLONE_THREAD, as pthread_create asks):
     * returns the new thread's tid, or -errno.
     *
     * <p>The new thread is a JVM platform thread with its own host tid (it registers itself, as
     * it must read gettid on itself) and a copy of this CPU: x0 = 0, SP = {@code stack} when
     * given, TPIDR_EL0 = {@code tls} with CLONE_SETTLS, resuming after the svc. As in
     * copy_process, it inherits the signal mask, has nothing pending and no alternate signal
     * stack or robust list. The tid is stored at {@code parentTid} (CLONE_PARENT_SETTID) and
     * {@code childTid} (CLONE_CHILD_SETTID) before either thread runs guest code again.
     */
    long cloneThread(long flags, long stack, long parentTid, long tls, long childTid) {
        Aarch64Thread parent = this;
        int[] tid = {0};
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Runnable body = () -> {
            Aarch64Thread child;
            try {
                child = new Aarch64Thread(process);
                A64Cpu c = child.cpu;
                c.copyStateFrom(parent.cpu); // the parent waits in this syscall: its state is still
                c.x[0] = 0;
                if (stack != 0) {
                    c.x[A64Cpu.SP] = stack;
                }
                if ((flags & Aarch64Clone.CLONE_SETTLS) != 0) {
                    c.tpidr = tls;
                }
                child.signalMask = parent.signalMask;
                if ((flags & Aarch64Clone.CLONE_CHILD_CLEARTID) != 0) {
                    child.clearChildTid = childTid;
                }
                // The kernel ignores a fault in either store.
                if ((flags & Aarch64Clone.CLONE_PARENT_SETTID) != 0) {
                    storeTid(parentTid, child.tid);
                }
                if ((flags & Aarch64Clone.CLONE_CHILD_SETTID) != 0) {
                    storeTid(childTid, child.tid);
                }
                Thread.currentThread().setName("guest-" + child.tid);
                tid[0] = child.tid;
            } catch (Throwable e) {
                InternalError.report(e);
                return;
            } finally {
                started.countDown();
            }
            try {
                GuestThread.runImages(child);
            } catch (Throwable e) {
                InternalError.report(e);
            }
        };
        Thread thread;
        try {
            thread = new Thread(null, body, "guest", 0);
            thread.setDaemon(false);
            thread.start();
        } catch (OutOfMemoryError e) {
            return -Errno.EAGAIN; // the host would not make another thread
        }
        boolean interrupted = false;
        while (true) {
            try {
                started.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return tid[0];
    }

    private void storeTid(long addr, int tid) {
        try {
            mem.write32(addr, tid);
        } catch (GuestFault f) {
            // put_user's failure is not reported by clone
        }
    }

    /** rt_sigreturn: the handler's frame back into the registers; a bad frame is a SIGSEGV at sp. */
    long rtSigreturn() {
        if (!Aarch64SignalFrame.restore(this)) {
            long sp = cpu.x[A64Cpu.SP];
            boolean mapped = mem.isMapped(sp & ~4095L, 4096);
            raiseSynchronous(Signals.SIGSEGV, mapped ? Signals.SEGV_ACCERR : Signals.SEGV_MAPERR, sp);
        }
        return cpu.x[0];
    }

    private void syscall(A64Cpu c) {
        long[] x = c.x;
        int nr = (int) x[8];
        long a0 = x[0], a1 = x[1], a2 = x[2], a3 = x[3], a4 = x[4], a5 = x[5];
        long r;
        try {
            r = Aarch64Syscalls.dispatch(this, nr, a0, a1, a2, a3, a4, a5);
        } catch (SyscallException e) {
            r = -e.errno;
        } catch (GuestFault f) {
            r = -Errno.EFAULT;
        }
        if (nr != NR_RT_SIGRETURN) { // its x0 is the restored register, never a restart code
            boolean interrupted = host.takeInterrupted();
            if (r == -Errno.EINTR && interrupted) {
                r = -restartKind(nr);
            }
            if (r == -SignalSyscalls.ERESTARTSYS || r == -SignalSyscalls.ERESTARTNOHAND) {
                restartCode = (int) -r;
                restartX0 = a0;
            }
        }
        x[0] = r;
        if (process.strace != null) {
            process.strace.call(this, nr, a0, a1, a2, a3, a4, a5, r);
        }
    }

    /**
     * What an interrupted blocking call does after a signal (signal(7)): most restart under
     * SA_RESTART (ERESTARTSYS); waits with a timeout or a mask never do once a handler ran
     * (ERESTARTNOHAND); rt_sigtimedwait reports EINTR.
     */
    private static int restartKind(int nr) {
        return switch (nr) {
            case 22, 72, 73, 101, 115, 441 -> SignalSyscalls.ERESTARTNOHAND; // epoll_pwait, pselect6, ppoll, nanosleeps
            case 137 -> Errno.EINTR;
            default -> SignalSyscalls.ERESTARTSYS;
        };
    }
}
