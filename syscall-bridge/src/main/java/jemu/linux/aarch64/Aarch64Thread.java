package jemu.linux.aarch64;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.Signals;
import jemu.linux.InternalError;
import jemu.linux.SyscallException;
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
                if (signalWork()) {
                    deliverSignals();
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

    @Override
    protected long pc() {
        return cpu.pc;
    }

    @Override
    protected void setPc(long pc) {
        cpu.pc = pc;
    }

    @Override
    protected int svcLength() {
        return 4;
    }

    @Override
    protected void setResult(long value) {
        cpu.x[0] = value;
    }

    @Override
    protected boolean setupSignalFrame(int sig, SigInfo info, long handler, long flags, long restorer, long oldMask) {
        return Aarch64SignalFrame.setup(this, sig, info, handler, flags, restorer, oldMask);
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
            r = syscallReturned(nr, r, a0);
        }
        x[0] = r;
        if (process.strace != null) {
            process.strace.call(this, nr, a0, a1, a2, a3, a4, a5, r);
        }
    }

    @Override
    protected int restartKind(int nr) {
        return switch (nr) {
            case 22, 72, 73, 101, 115, 441 -> SignalSyscalls.ERESTARTNOHAND; // epoll_pwait, pselect6, ppoll, nanosleeps
            case 137 -> Errno.EINTR;
            default -> SignalSyscalls.ERESTARTSYS;
        };
    }
}
