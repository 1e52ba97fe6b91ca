package jemu.linux.arm;

import jemu.linux.Errno;
import jemu.linux.GuestThread;

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
        return switch (nr) {
            case 1 -> t.processes.exit(r0);
            case 4 -> t.files.write(r0, r1 & 0xffffffffL, r2 & 0xffffffffL);
            case 248 -> t.processes.exitGroup(r0);
            default -> unsupported(t, nr);
        };
    }

    private static long unsupported(GuestThread t, int nr) {
        t.process.warnUnsupported(nr, "syscall_" + nr);
        return -Errno.ENOSYS;
    }
}
