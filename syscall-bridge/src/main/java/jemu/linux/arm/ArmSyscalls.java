package jemu.linux.arm;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.HostSyscall;

/**
 * The ARM EABI system call table (arch/arm/tools/syscall.tbl): numbers to handlers. Arguments
 * arrive as the 32-bit registers r0-r6; each case widens them as the kernel's prototype does
 * (pointers and sizes zero-extended, signed values sign-extended, 64-bit values from an aligned
 * register pair). sigreturn, rt_sigreturn, clone, fork, vfork and the ARM-private calls
 * (0x0f0000 and up) need the CPU and are handled by the thread before this table.
 */
public final class ArmSyscalls {
    private ArmSyscalls() {}

    public static long dispatch(GuestThread t, int nr, int r0, int r1, int r2, int r3, int r4, int r5, int r6) {
        var f = t.files;
        return switch (nr) {
            case 1 -> t.processes.exit(r0);
            case 3 -> f.read(r0, u(r1), u(r2));
            case 4 -> f.write(r0, u(r1), u(r2));
            case 6 -> f.close(r0);
            case 20 -> t.processes.getpid();
            case 45 -> t.memory.brk(u(r0));
            case 54 -> f.ioctl(r0, r1, u(r2));
            case 91 -> t.memory.munmap(u(r0), u(r1));
            case 122 -> t.info.uname(u(r0));
            case 125 -> t.memory.mprotect(u(r0), u(r1), r2);
            case 146 -> f.writev(r0, u(r1), r2);
            case 174 -> t.signals.rtSigaction(r0, u(r1), u(r2), u(r3));
            case 175 -> t.signals.rtSigprocmask(r0, u(r1), u(r2), u(r3));
            case 191 -> t.processes.prlimit64(0, r0, 0, u(r1));
            case 192 -> t.memory.mmap(u(r0), u(r1), r2, r3, r4, u(r5) << 12);
            case 197 -> f.fstat(r0, u(r1));
            case 224 -> t.processes.gettid();
            case 240, 422 -> t.futex.futex(u(r0), r1, r2, u(r3), u(r4), r5);
            case 248 -> t.processes.exitGroup(r0);
            case 256 -> t.processes.setTidAddress(u(r0));
            case 268 -> t.signals.tgkill(r0, r1, r2);
            case 322 -> f.openat(r0, u(r1), r2, r3);
            case 332 -> f.readlinkat(r0, u(r1), u(r2), u(r3));
            case 338 -> t.processes.setRobustList(u(r0), u(r1));
            case 369 -> t.processes.prlimit64(r0, r1, u(r2), u(r3));
            case 384 -> t.info.getrandom(u(r0), u(r1), r2);
            case 397 -> f.statx(r0, u(r1), r2, r3, u(r4));
            case 403 -> t.time.clockGettime(r0, u(r1));
            default -> unsupported(t, nr);
        };
    }

    /** A pointer or size argument: zero-extended. */
    static long u(int r) {
        return r & 0xffff_ffffL;
    }

    /** A 64-bit argument from an aligned register pair, low word first (little-endian EABI). */
    static long pair(int lo, int hi) {
        return (long) hi << 32 | u(lo);
    }

    private static long unsupported(GuestThread t, int nr) {
        t.process.warnUnsupported(nr, ArmSyscallNames.TABLE.name(nr));
        return -Errno.ENOSYS;
    }
}
