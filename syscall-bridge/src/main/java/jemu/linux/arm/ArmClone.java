package jemu.linux.arm;

import jemu.linux.Errno;

/**
 * clone(2) as ARM orders its arguments (flags, newsp, parent_tidptr, tls, child_tidptr: tls in
 * r3, the child's tid pointer in r4): a new thread of this process, or a new process; fork and
 * vfork are clone with SIGCHLD and CLONE_VM|CLONE_VFORK|SIGCHLD.
 */
final class ArmClone {
    private ArmClone() {}

    static final long CLONE_VM = 0x100, CLONE_SIGHAND = 0x800, CLONE_THREAD = 0x10000, CLONE_SETTLS = 0x80000,
            CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x01000000;

    static long clone(ArmThread t, long flags, long stack, long parentTid, long tls, long childTid) {
        if ((flags & CLONE_THREAD) != 0) {
            // Linux: a thread shares the address space and the signal handlers.
            if ((flags & (CLONE_VM | CLONE_SIGHAND)) != (CLONE_VM | CLONE_SIGHAND)) {
                return -Errno.EINVAL;
            }
            return t.cloneThread(flags, stack, parentTid, tls, childTid);
        }
        return jemu.linux.process.Fork.fork(t, flags, stack, parentTid, tls, childTid);
    }
}
