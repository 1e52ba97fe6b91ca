package jemu.linux.syscalls;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.HostSyscall;

/**
 * futex and its neighbours (get_robust_list, membarrier). Guest memory is host memory and guest
 * threads are host threads with their real tids, so a futex operation is the host's own on the
 * host address of the guest word: waiters and wakers meet in the host kernel, PI futex words
 * hold host tids that are also the guest's, and the timeouts ({@code struct timespec}, 16 bytes
 * on arm64 and x86-64 alike) are read by the host from guest memory. jemu checks only what keeps
 * the host call inside the guest window; the host kernel answers the rest (EAGAIN, ETIMEDOUT,
 * EFAULT on an inaccessible page, whose host protection mirrors the guest's) as Linux would.
 */
public final class FutexSyscalls extends Syscalls {
    // include/uapi/linux/futex.h
    static final int FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_FD = 2, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4,
            FUTEX_WAKE_OP = 5, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7, FUTEX_TRYLOCK_PI = 8,
            FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10, FUTEX_WAIT_REQUEUE_PI = 11,
            FUTEX_CMP_REQUEUE_PI = 12, FUTEX_LOCK_PI2 = 13;
    static final int FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256;
    private static final int FUTEX_CMD_MASK = ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);

    public FutexSyscalls(GuestThread t) {
        super(t);
    }

    /** futex(uaddr, futex_op, val, timeout or val2, uaddr2, val3). */
    public long futex(long uaddr, int op, int val, long timeout, long uaddr2, int val3) {
        return futex(uaddr, op, val, timeout, uaddr2, val3, false);
    }

    /** futex; {@code time32}: an ILP32 guest's old futex (32-bit struct timespec), not futex_time64. */
    public long futex(long uaddr, int op, int val, long timeout, long uaddr2, int val3, boolean time32) {
        int cmd = op & FUTEX_CMD_MASK;
        boolean blocks, usesUaddr2, hasTimeout, writes;
        switch (cmd) {
            case FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_LOCK_PI, FUTEX_LOCK_PI2 -> {
                blocks = true;
                hasTimeout = true;
                usesUaddr2 = false;
                writes = cmd == FUTEX_LOCK_PI || cmd == FUTEX_LOCK_PI2;
            }
            case FUTEX_WAIT_REQUEUE_PI -> {
                blocks = true;
                hasTimeout = true;
                usesUaddr2 = true;
                writes = true;
            }
            case FUTEX_WAKE, FUTEX_WAKE_BITSET -> {
                blocks = hasTimeout = usesUaddr2 = writes = false;
            }
            case FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI -> {
                blocks = hasTimeout = usesUaddr2 = false;
                writes = true;
            }
            case FUTEX_REQUEUE, FUTEX_CMP_REQUEUE -> {
                blocks = hasTimeout = writes = false;
                usesUaddr2 = true;
            }
            case FUTEX_WAKE_OP, FUTEX_CMP_REQUEUE_PI -> {
                blocks = hasTimeout = false;
                usesUaddr2 = writes = true;
            }
            default -> {
                return -Errno.ENOSYS; // FUTEX_FD is gone since 2.6.26, and unknown commands
            }
        }
        long hostUaddr = word(uaddr);
        long hostUaddr2 = usesUaddr2 ? word(uaddr2) : 0;
        // Where the argument is not a timeout pointer it is val2, a count the host takes as is.
        long hostTimeout = hasTimeout ? hostTimes(timeout, 1, time32, TIME32) : timeout;
        long r;
        if (blocks) {
            t.blockedFutex = hostUaddr;
            t.beginBlocking();
            try {
                r = host.syscall(HostSyscall.FUTEX, hostUaddr, op, val, hostTimeout, hostUaddr2, val3);
            } finally {
                t.endBlocking();
                t.blockedFutex = 0;
            }
        } else {
            r = host.syscall(HostSyscall.FUTEX, hostUaddr, op, val, hostTimeout, hostUaddr2, val3);
        }
        if (writes) {
            // The host kernel may have stored into the word(s); drop any code decoded from there.
            mem.noteHostWrite(uaddr, 4);
            if (usesUaddr2) {
                mem.noteHostWrite(uaddr2, 4);
            }
        }
        return r;
    }

    /**
     * The host address of a futex word: 4-byte aligned (EINVAL, as get_futex_key says first)
     * and inside the guest window (EFAULT), so that no host futex ever touches jemu's own memory.
     */
    private long word(long uaddr) {
        if ((uaddr & 3) != 0) {
            throw new jemu.linux.SyscallException(Errno.EINVAL);
        }
        return buffer(uaddr, 4);
    }

    /**
     * get_robust_list(pid, head_ptr, len_ptr): this thread's (pid 0) or another thread's of this
     * process; the head and its length are guest words.
     */
    public long getRobustList(int pid, long headPtr, long lenPtr) {
        GuestThread target = pid == 0 ? t : p.thread(pid);
        if (target == null) {
            return -Errno.ESRCH;
        }
        int word = p.arch.wordSize();
        writable(headPtr, word);
        writable(lenPtr, word);
        if (word == 8) {
            mem.write64(headPtr, target.robustListHead);
            mem.write64(lenPtr, target.robustListLength);
        } else {
            mem.write32(headPtr, (int) target.robustListHead);
            mem.write32(lenPtr, (int) target.robustListLength);
        }
        return 0;
    }

    /**
     * membarrier(cmd, flags, cpu_id): guest threads are host threads and guest memory is host
     * memory, so the host's barrier on this process's threads is the guest's (QUERY, the
     * registrations and the expedited commands alike).
     */
    public long membarrier(int cmd, int flags, int cpuId) {
        return host.syscall(HostSyscall.MEMBARRIER, cmd, flags, cpuId);
    }
}
