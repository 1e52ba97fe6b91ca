package jemu.linux;

import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * What the kernel does for an exiting thread's robust futexes (kernel/futex/core.c,
 * {@code exit_robust_list} and {@code handle_futex_death}): every lock still held by the thread
 * gets FUTEX_OWNER_DIED, and one waiter is woken, so that the next locker sees EOWNERDEAD.
 *
 * <p>{@code struct robust_list_head} (include/uapi/linux/futex.h) is three guest words:
 * {@code list.next}, {@code futex_offset} (a signed long), {@code list_op_pending}. An entry
 * pointer's bit 0 says the lock is a PI futex.
 */
final class RobustList {
    private RobustList() {}

    static final int FUTEX_WAITERS = 0x80000000, FUTEX_OWNER_DIED = 0x40000000, FUTEX_TID_MASK = 0x3fffffff;
    /** The kernel's ROBUST_LIST_LIMIT: a guard against circular lists. */
    private static final int ROBUST_LIST_LIMIT = 2048;
    private static final int FUTEX_WAKE = 1;

    /** exit_robust_list(): walks {@code t}'s list; a fault anywhere ends the walk silently. */
    static void release(GuestThread t) {
        long head = t.robustListHead;
        if (head == 0) {
            return;
        }
        GuestMemory mem = t.mem;
        int word = t.process.arch.wordSize();
        try {
            long entry = readWord(mem, head, word);
            long futexOffset = readWord(mem, head + word, word);
            if (word == 4) {
                futexOffset = (int) futexOffset; // compat_long_t
            }
            long pending = readWord(mem, head + 2L * word, word);
            boolean pi = (entry & 1) != 0;
            entry &= ~1L;
            boolean pendingPi = (pending & 1) != 0;
            pending &= ~1L;
            int limit = ROBUST_LIST_LIMIT;
            while (entry != head) {
                long next = 0;
                boolean nextPi = false;
                boolean fetched;
                try {
                    next = readWord(mem, entry, word);
                    nextPi = (next & 1) != 0;
                    next &= ~1L;
                    fetched = true;
                } catch (GuestFault f) {
                    fetched = false;
                }
                if (entry != pending && !handleFutexDeath(t, entry + futexOffset, pi, false)) {
                    return;
                }
                if (!fetched) {
                    return;
                }
                entry = next;
                pi = nextPi;
                if (--limit == 0) {
                    break;
                }
            }
            if (pending != 0) {
                handleFutexDeath(t, pending + futexOffset, pendingPi, true);
            }
        } catch (GuestFault f) {
            // The kernel gives up at the first unreadable word too.
        }
    }

    private static long readWord(GuestMemory mem, long a, int word) {
        return word == 8 ? mem.read64(a) : mem.read32(a) & 0xffffffffL;
    }

    /**
     * handle_futex_death(): false when the futex word cannot be used (misaligned, unreadable),
     * which ends the walk as in the kernel.
     */
    private static boolean handleFutexDeath(GuestThread t, long uaddr, boolean pi, boolean pendingOp) {
        if ((uaddr & 3) != 0) {
            return false;
        }
        GuestMemory mem = t.mem;
        try {
            while (true) {
                int uval = mem.read32(uaddr);
                // A non-PI unlock interrupted after it stored 0 but before it woke a waiter.
                if (pendingOp && !pi && uval == 0) {
                    wake(t.host, mem, uaddr);
                    return true;
                }
                if ((uval & FUTEX_TID_MASK) != t.tid) {
                    return true;
                }
                int mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
                if (mem.cas32(uaddr, uval, mval) != uval) {
                    continue;
                }
                // PI futexes: the kernel wakes their waiters in exit_pi_state; the host does
                // that for the host thread's own PI state when it ends.
                if (!pi && (uval & FUTEX_WAITERS) != 0) {
                    wake(t.host, mem, uaddr);
                }
                return true;
            }
        } catch (GuestFault f) {
            return false;
        }
    }

    /** The kernel's wake here is a shared one, which glibc's robust mutexes wait on. */
    static void wake(Host host, GuestMemory mem, long uaddr) {
        host.syscall(HostSyscall.FUTEX, mem.host(uaddr), FUTEX_WAKE, 1, 0, 0, 0);
    }
}
