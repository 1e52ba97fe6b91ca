package jemu.linux.aarch64;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.a64.Stop;
import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.Signals;
import jemu.linux.SyscallException;

/**
 * An AArch64 guest thread and its CPU loop (QEMU's {@code cpu_loop}): run the engine until it
 * stops, then a system call ({@code svc #0}: number in x8, arguments in x0-x5, result to x0) or
 * the signal the stop stands for.
 */
final class Aarch64Thread extends GuestThread {
    final A64Cpu cpu;
    private final A64Engine engine;

    Aarch64Thread(GuestProcess process) {
        super(process);
        this.cpu = new A64Cpu(process.mem);
        this.engine = (A64Engine) process.engine;
    }

    @Override
    public void run() {
        A64Cpu c = cpu;
        while (true) {
            switch (engine.run(c)) {
                case Stop.SVC -> syscall(c);
                case Stop.FAULT -> raiseFault(c.fault);
                case Stop.UNDEFINED, Stop.HALT -> raiseSynchronous(Signals.SIGILL, Signals.ILL_ILLOPC, c.pc);
                case Stop.BREAKPOINT -> raiseSynchronous(Signals.SIGTRAP, Signals.TRAP_BRKPT, c.pc);
                default -> {
                    // INTERRUPT: nothing pending to deliver yet.
                }
            }
        }
    }

    /**
     * clone for a new thread of this process (CLONE_VM|CLONE_THREAD, as pthread_create asks):
     * returns the new thread's tid, or -errno.
     */
    long cloneThread(long flags, long stack, long parentTid, long tls, long childTid) {
        return -Errno.ENOSYS;
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
        x[0] = r;
        if (process.strace != null) {
            process.strace.call(this, nr, a0, a1, a2, a3, a4, a5, r);
        }
    }
}
