package jemu.linux.arm;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.InternalError;
import jemu.linux.Signals;
import jemu.linux.SyscallException;
import jemu.linux.ThreadEnd;
import jemu.linux.signal.SigInfo;
import jemu.linux.syscalls.SignalSyscalls;

/**
 * A 32-bit ARM guest thread and its CPU loop (QEMU's linux-user/arm/cpu_loop.c): run the engine
 * until it stops, then an EABI system call ({@code svc #0}: number in r7, arguments in r0-r6,
 * result to r0), an ARM-private call (0x0f0000 and up), or the signal the stop stands for; then
 * the pending signals (Linux's do_signal on the way back to user mode).
 */
final class ArmThread extends GuestThread {
    final A32Cpu cpu;
    private final A32Engine engine;

    /** Linux's thread.trap_no, thread.error_code (the FSR) and thread.address, shown in signal frames. */
    int trapNo, errorCode, faultAddress;

    // arch/arm/tools/syscall.tbl: the calls that need the CPU
    static final int NR_FORK = 2, NR_SIGRETURN = 119, NR_CLONE = 120, NR_RT_SIGRETURN = 173, NR_VFORK = 190;
    // arch/arm/include/uapi/asm/unistd.h: the ARM-private calls
    static final int ARM_NR_BASE = 0x0f0000, ARM_NR_BREAKPOINT = ARM_NR_BASE + 1, ARM_NR_CACHEFLUSH = ARM_NR_BASE + 2,
            ARM_NR_USR26 = ARM_NR_BASE + 3, ARM_NR_USR32 = ARM_NR_BASE + 4, ARM_NR_SET_TLS = ARM_NR_BASE + 5,
            ARM_NR_GET_TLS = ARM_NR_BASE + 6;
    /** The OABI system call base: an {@code swi #0x9000nn} is call nn. */
    static final int OABI_SYSCALL_BASE = 0x900000;
    static final int ILL_ILLTRP = 4;
    // trap numbers the kernel records (arch/arm/mm/fault.c, arch/arm/kernel/traps.c)
    static final int TRAP_DATA_ABORT = 14, TRAP_UNDEFINED = 6;

    static final long SIGCHLD = 17, CLONE_VM = 0x100, CLONE_VFORK = 0x4000;

    ArmThread(GuestProcess process) {
        super(process);
        this.cpu = new A32Cpu(process.mem);
        this.engine = (A32Engine) process.engine;
    }

    @Override
    public void run() {
        A32Cpu c = cpu;
        try {
            while (true) {
                stopIfRequested();
                int stop = engine.run(c);
                stopIfRequested();
                switch (stop) {
                    case Stop.SVC -> svc(c);
                    case Stop.FAULT -> dataAbort(c.fault);
                    case Stop.UNDEFINED, Stop.HALT -> undefined(c);
                    case Stop.BREAKPOINT -> breakpoint(c);
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

    /**
     * do_DataAbort / do_PrefetchAbort -> __do_user_fault: the address, the short-descriptor FSR
     * (WnR, FS) and trap 14 go to the thread for the signal frame; alignment faults are SIGBUS.
     */
    private void dataAbort(GuestFault f) {
        int fs = switch (f.cause) {
            case UNMAPPED -> 0x07; // translation fault, page
            case PERMISSION -> 0x0f; // permission fault, page
            case ALIGNMENT -> 0x01; // alignment fault
            case BEYOND_EOF -> 0x08; // synchronous external abort
        };
        trapNo = TRAP_DATA_ABORT;
        errorCode = fs | (f.access == GuestFault.Access.WRITE ? 1 << 11 : 0);
        faultAddress = (int) f.address;
        raiseFault(f, f.address);
    }

    /**
     * do_undefinstr: the kernel's breakpoint encodings (UDF 0xe7f001f0 in ARM, 0xde01 and
     * 0xf7f0a000 in Thumb, registered by ptrace) are SIGTRAP; anything else SIGILL at the pc.
     */
    private void undefined(A32Cpu c) {
        int insn = c.stopImmediate;
        boolean linuxBreakpoint = c.thumb ? insn == 0xde01 || insn == 0xf7f0a000
                : (insn & 0x0fffffff) == 0x07f001f0;
        if (linuxBreakpoint) {
            raiseSynchronous(Signals.SIGTRAP, Signals.TRAP_BRKPT, A32Cpu.addr(c.pc));
            return;
        }
        trapNo = TRAP_UNDEFINED;
        errorCode = 0;
        raiseSynchronous(Signals.SIGILL, Signals.ILL_ILLOPC, A32Cpu.addr(c.pc));
    }

    /** BKPT: SIGTRAP TRAP_BRKPT at the instruction, as qemu-arm reports it. */
    private void breakpoint(A32Cpu c) {
        raiseSynchronous(Signals.SIGTRAP, Signals.TRAP_BRKPT, A32Cpu.addr(c.pc));
    }

    @Override
    protected void requestInterrupt() {
        cpu.interruptRequested = true;
    }

    @Override
    public long stackPointer() {
        return A32Cpu.addr(cpu.r[A32Cpu.SP]);
    }

    /**
     * vector_swi: the call number is r7 for {@code svc #0} (EABI, and always in Thumb); an ARM
     * {@code swi #0x9000nn} is the old ABI's call nn, as QEMU decodes it; any other immediate
     * ends up out of range and is SIGILL. Then invoke_syscall: the calls that need the CPU,
     * the ARM-private ones, or the EABI table.
     */
    private void svc(A32Cpu c) {
        int[] r = c.r;
        int nr;
        if (c.thumb || (c.stopImmediate & 0xffffff) == 0) {
            nr = r[7];
        } else {
            nr = (c.stopImmediate & 0xffffff) ^ OABI_SYSCALL_BASE;
        }
        if (Integer.compareUnsigned(nr, ARM_NR_BASE) >= 0) {
            armSyscall(c, nr);
            return;
        }
        int a0 = r[0];
        long ret;
        try {
            ret = switch (nr) {
                case NR_SIGRETURN -> sigreturn(false);
                case NR_RT_SIGRETURN -> sigreturn(true);
                case NR_FORK -> ArmClone.clone(this, SIGCHLD, 0, 0, 0, 0);
                case NR_VFORK -> ArmClone.clone(this, CLONE_VM | CLONE_VFORK | SIGCHLD, 0, 0, 0, 0);
                // clone(flags, newsp, parent_tidptr, tls, child_tidptr) on ARM
                case NR_CLONE -> ArmClone.clone(this, A32Cpu.addr(r[0]), A32Cpu.addr(r[1]), A32Cpu.addr(r[2]),
                        A32Cpu.addr(r[3]), A32Cpu.addr(r[4]));
                default -> ArmSyscalls.dispatch(this, nr, r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
            };
        } catch (SyscallException e) {
            ret = -e.errno;
        } catch (GuestFault f) {
            ret = -Errno.EFAULT;
        }
        if (nr == NR_SIGRETURN || nr == NR_RT_SIGRETURN) {
            // r0 is the restored register, never a result or a restart code
            if (process.strace != null) {
                process.strace.call(this, nr, A32Cpu.addr(a0), 0, 0, 0, 0, 0, r[0]);
            }
            return;
        }
        ret = syscallReturned(nr, ret, A32Cpu.addr(a0));
        r[0] = (int) ret;
        if (process.strace != null) {
            process.strace.call(this, nr, A32Cpu.addr(a0), A32Cpu.addr(r[1]), A32Cpu.addr(r[2]), A32Cpu.addr(r[3]),
                    A32Cpu.addr(r[4]), A32Cpu.addr(r[5]), ret);
        }
    }

    /**
     * arm_syscall(): breakpoint (SIGTRAP at the svc), cacheflush (the engine already sees every
     * store to a code page, so only the kernel's argument checks remain), set_tls, get_tls;
     * usr26 and usr32 without HWCAP_26BIT, and anything past 0x0f07ff, are SIGILL ILL_ILLTRP at
     * the svc with the pc after it; the rest of 0x0f0000-0x0f07ff is ENOSYS.
     */
    private void armSyscall(A32Cpu c, int nr) {
        int[] r = c.r;
        int svcPc = c.pc - (c.thumb ? 2 : 4);
        long ret;
        switch (nr) {
            case ARM_NR_BREAKPOINT -> {
                c.pc = svcPc;
                raiseSynchronous(Signals.SIGTRAP, Signals.TRAP_BRKPT, A32Cpu.addr(svcPc));
                return;
            }
            case ARM_NR_CACHEFLUSH -> ret = Integer.compareUnsigned(r[1], r[0]) < 0 || r[2] != 0 ? -Errno.EINVAL : 0;
            case ARM_NR_SET_TLS -> {
                c.tpidruro = r[0];
                ret = 0;
            }
            case ARM_NR_GET_TLS -> ret = c.tpidruro;
            default -> {
                if (nr != ARM_NR_USR26 && nr != ARM_NR_USR32 && (nr & 0xffff0000) == ARM_NR_BASE && (nr & 0xffff) <= 0x7ff) {
                    ret = -Errno.ENOSYS;
                } else {
                    raiseSynchronous(Signals.SIGILL, ILL_ILLTRP, A32Cpu.addr(svcPc));
                    return;
                }
            }
        }
        if (process.strace != null) {
            process.strace.call(this, nr, A32Cpu.addr(r[0]), A32Cpu.addr(r[1]), A32Cpu.addr(r[2]), 0, 0, 0, ret);
        }
        r[0] = (int) ret;
    }

    /** sigreturn / rt_sigreturn: the frame back into the registers; a bad frame is a forced SIGSEGV. */
    private long sigreturn(boolean rt) {
        if (!ArmSignalFrame.restore(this, rt)) {
            force(SigInfo.kernel(Signals.SIGSEGV));
        }
        return cpu.r[0];
    }

    @Override
    protected long pc() {
        return A32Cpu.addr(cpu.pc);
    }

    @Override
    protected void setPc(long pc) {
        cpu.pc = (int) pc;
    }

    /** 2 bytes back in Thumb, 4 in ARM. */
    @Override
    protected int svcLength() {
        return cpu.thumb ? 2 : 4;
    }

    @Override
    protected void setResult(long value) {
        cpu.r[0] = (int) value;
    }

    @Override
    protected boolean setupSignalFrame(int sig, SigInfo info, long handler, long flags, long restorer, long oldMask) {
        return ArmSignalFrame.setup(this, sig, info, handler, flags, restorer, oldMask);
    }

    /**
     * clone for a new thread of this process (CLONE_VM|CLONE_THREAD, as pthread_create asks):
     * returns the new thread's tid, or -errno. The new thread is a JVM platform thread with a
     * copy of this CPU: r0 = 0, sp = {@code stack} when given, TPIDRURO = {@code tls} with
     * CLONE_SETTLS, resuming after the svc; it inherits the signal mask, has nothing pending and
     * no alternate signal stack or robust list. The tid is stored at {@code parentTid}
     * (CLONE_PARENT_SETTID) and {@code childTid} (CLONE_CHILD_SETTID) before either thread runs
     * guest code again.
     */
    long cloneThread(long flags, long stack, long parentTid, long tls, long childTid) {
        ArmThread parent = this;
        int[] tid = {0};
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Runnable body = () -> {
            ArmThread child;
            try {
                child = new ArmThread(process);
                A32Cpu c = child.cpu;
                c.copyStateFrom(parent.cpu); // the parent waits in this syscall: its state is still
                c.r[0] = 0;
                if (stack != 0) {
                    c.r[A32Cpu.SP] = (int) stack;
                }
                if ((flags & ArmClone.CLONE_SETTLS) != 0) {
                    c.tpidruro = (int) tls;
                }
                child.signalMask = parent.signalMask;
                if ((flags & ArmClone.CLONE_CHILD_CLEARTID) != 0) {
                    child.clearChildTid = childTid;
                }
                // The kernel ignores a fault in either store.
                if ((flags & ArmClone.CLONE_PARENT_SETTID) != 0) {
                    storeTid(parentTid, child.tid);
                }
                if ((flags & ArmClone.CLONE_CHILD_SETTID) != 0) {
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

    /** EABI numbers. */
    @Override
    protected int restartKind(int nr) {
        return switch (nr) {
            // pause, nanosleep, _newselect, poll, epoll_wait, pselect6, ppoll, epoll_pwait,
            // clock_nanosleep, the *_time64 forms, epoll_pwait2
            case 29, 162, 142, 168, 252, 335, 336, 346, 265, 407, 413, 414, 441 -> SignalSyscalls.ERESTARTNOHAND;
            case 177, 421 -> Errno.EINTR; // rt_sigtimedwait, rt_sigtimedwait_time64
            default -> SignalSyscalls.ERESTARTSYS;
        };
    }
}
