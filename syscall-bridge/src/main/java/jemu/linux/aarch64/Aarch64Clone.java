package jemu.linux.aarch64;

import jemu.linux.Errno;

/**
 * clone(2) as arm64 orders its arguments (flags, newsp, parent_tidptr, tls, child_tidptr): a
 * new thread of this process, or a new process.
 */
final class Aarch64Clone {
    private Aarch64Clone() {}

    static final long CLONE_VM = 0x100, CLONE_FS = 0x200, CLONE_FILES = 0x400, CLONE_SIGHAND = 0x800,
            CLONE_VFORK = 0x4000, CLONE_PARENT = 0x8000, CLONE_THREAD = 0x10000, CLONE_SETTLS = 0x80000,
            CLONE_PARENT_SETTID = 0x100000, CLONE_CHILD_CLEARTID = 0x200000, CLONE_CHILD_SETTID = 0x01000000;

    static long clone(Aarch64Thread t, long flags, long stack, long parentTid, long tls, long childTid) {
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
