package jemu.linux.signal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jemu.core.memory.GuestMemory;

/**
 * One queued signal's siginfo_t: 128 bytes, the same layout on arm64 and on the x86-64 host
 * (include/uapi/asm-generic/siginfo.h; offsets as arch/arm64/kernel/signal.c asserts them), so
 * a host siginfo is kept as it came and copied to the guest unchanged.
 */
public final class SigInfo {
    public static final int SIZE = 128;
    // offsets in siginfo_t
    static final int SI_SIGNO = 0x00, SI_ERRNO = 0x04, SI_CODE = 0x08, SI_PID = 0x10, SI_UID = 0x14,
            SI_ADDR = 0x10, SI_VALUE = 0x18, SI_STATUS = 0x18, SI_TIMERID = 0x10, SI_OVERRUN = 0x14;
    /** si_code values (asm-generic/siginfo.h). */
    public static final int SI_USER = 0, SI_KERNEL = 0x80, SI_QUEUE = -1, SI_TIMER = -2, SI_TKILL = -6;

    private final ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);

    /** The POSIX timer that sent this signal and its signal sequence then (Linux's si_sys_private), or null. */
    PosixTimers.Timer timer;
    int timerSeq;

    private SigInfo() {}

    public int signo() {
        return b.getInt(SI_SIGNO);
    }

    public int code() {
        return b.getInt(SI_CODE);
    }

    /** kill/tgkill/tkill: si_pid, si_uid of the sender. */
    public static SigInfo user(int sig, int code, int pid, int uid) {
        SigInfo i = new SigInfo();
        i.b.putInt(SI_SIGNO, sig).putInt(SI_CODE, code).putInt(SI_PID, pid).putInt(SI_UID, uid);
        return i;
    }

    /** A fault: si_addr (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE). */
    public static SigInfo fault(int sig, int code, long addr) {
        SigInfo i = new SigInfo();
        i.b.putInt(SI_SIGNO, sig).putInt(SI_CODE, code).putLong(SI_ADDR, addr);
        return i;
    }

    /** A signal the kernel itself sends (si_code SI_KERNEL, no other field). */
    public static SigInfo kernel(int sig) {
        SigInfo i = new SigInfo();
        i.b.putInt(SI_SIGNO, sig).putInt(SI_CODE, SI_KERNEL);
        return i;
    }

    /** A POSIX timer's expiry (si_code SI_TIMER): si_timerid, si_overrun (set at dequeue), si_value. */
    static SigInfo timer(int sig, int timerId, long value) {
        SigInfo i = new SigInfo();
        i.b.putInt(SI_SIGNO, sig).putInt(SI_CODE, SI_TIMER).putInt(SI_TIMERID, timerId).putLong(SI_VALUE, value);
        return i;
    }

    void setOverrun(int overrun) {
        b.putInt(SI_OVERRUN, overrun);
    }

    /** The raw 128 bytes (signalfd converts them into a signalfd_siginfo). */
    public int getInt(int offset) {
        return b.getInt(offset);
    }

    public long getLong(int offset) {
        return b.getLong(offset);
    }

    /** A siginfo as the host kernel filled it (the catch handler's pipe). */
    static SigInfo fromHost(MemorySegment s) {
        SigInfo i = new SigInfo();
        MemorySegment.copy(s, JAVA_BYTE, 0, i.b.array(), 0, SIZE);
        return i;
    }

    /** rt_sigqueueinfo: the caller's siginfo, as given (the kernel checks si_code before). */
    public static SigInfo fromGuest(GuestMemory mem, long addr, int sig) {
        SigInfo i = new SigInfo();
        byte[] raw = mem.readBytes(addr, SIZE);
        System.arraycopy(raw, 0, i.b.array(), 0, SIZE);
        i.b.putInt(SI_SIGNO, sig);
        return i;
    }

    /** Copies the siginfo to guest memory (throws GuestFault where that is not writable). */
    public void write(GuestMemory mem, long addr) {
        mem.writeBytes(addr, b.array(), 0, SIZE);
    }

    /**
     * Copies the siginfo to guest memory in the layout of a guest with {@code wordSize}-byte
     * longs and pointers: 8 is {@link #write(GuestMemory, long)}; 4 is the ILP32 one (arm
     * EABI), which the kernel's copy_siginfo_to_user32 fills: the union starts at 12, not 16,
     * and its longs and pointers (si_addr, si_band, si_utime, si_stime, si_call_addr) are 32-bit.
     */
    public void write(GuestMemory mem, long addr, int wordSize) {
        if (wordSize == 8) {
            write(mem, addr);
            return;
        }
        mem.writeBytes(addr, toIlp32(), 0, SIZE);
    }

    /**
     * The 128 bytes of the ILP32 layout (see {@link #write(GuestMemory, long, int)}), field by
     * field as the kernel's siginfo_layout() sorts them: fault, chld, poll, sys for the kernel's
     * own codes (0 < si_code < SI_KERNEL), timer, poll (SI_SIGIO) and rt for the negative ones,
     * kill otherwise.
     */
    byte[] toIlp32() {
        ByteBuffer o = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        int sig = signo(), code = code();
        o.putInt(0, sig).putInt(4, b.getInt(SI_ERRNO)).putInt(8, code);
        final int u = 12, u64 = 16;
        switch (layout(sig, code)) {
            // si_addr, then the shorts and ints that follow it (addr_lsb, lower/upper or pkey)
            case FAULT, FAULT_MCEERR -> {
                o.putInt(u, (int) b.getLong(u64));
                System.arraycopy(b.array(), u64 + 8, o.array(), u + 4, SIZE - u64 - 8);
            }
            // si_pid, si_uid, si_status, then the clock_t si_utime, si_stime
            case CHLD -> o.putInt(u, b.getInt(u64)).putInt(u + 4, b.getInt(u64 + 4)).putInt(u + 8, b.getInt(u64 + 8))
                    .putInt(u + 12, (int) b.getLong(u64 + 16)).putInt(u + 16, (int) b.getLong(u64 + 24));
            // si_call_addr, si_syscall, si_arch
            case SYS -> o.putInt(u, (int) b.getLong(u64)).putInt(u + 4, b.getInt(u64 + 8)).putInt(u + 8, b.getInt(u64 + 12));
            case POLL -> o.putInt(u, (int) b.getLong(u64)).putInt(u + 4, b.getInt(u64 + 8)); // si_band, si_fd
            // timer: si_tid, si_overrun, si_value; rt: si_pid, si_uid, si_value (its low word is the int and the pointer)
            case TIMER, RT -> o.putInt(u, b.getInt(u64)).putInt(u + 4, b.getInt(u64 + 4)).putInt(u + 8, b.getInt(u64 + 8));
            case KILL -> o.putInt(u, b.getInt(u64)).putInt(u + 4, b.getInt(u64 + 4)); // si_pid, si_uid
        }
        return o.array();
    }

    /** Which of siginfo's union members a signal carries (the kernel's enum siginfo_layout, as signalfd needs it). */
    enum Layout { KILL, TIMER, POLL, FAULT, FAULT_MCEERR, CHLD, RT, SYS }

    /**
     * kernel/signal.c siginfo_layout(): the kernel's own codes (0 &lt; si_code &lt; SI_KERNEL) up to
     * each signal's limit (NSIGILL, NSIGFPE...) name its member, and other small codes are
     * SIGPOLL's; of the negative ones, SI_TIMER is a timer's, SI_SIGIO a poll's, the rest
     * sigqueue's; everything else is kill's.
     */
    static Layout layout(int sig, int code) {
        final int SI_SIGIO = -5, NSIGPOLL = 6, BUS_MCEERR_AR = 4, BUS_MCEERR_AO = 5;
        if (code > SI_USER && code < SI_KERNEL) {
            int limit = switch (sig) {
                case jemu.linux.Signals.SIGILL -> 11;
                case jemu.linux.Signals.SIGFPE -> 15;
                case jemu.linux.Signals.SIGSEGV -> 10;
                case jemu.linux.Signals.SIGBUS -> 5;
                case jemu.linux.Signals.SIGTRAP, jemu.linux.Signals.SIGCHLD, jemu.linux.Signals.SIGIO -> 6;
                case jemu.linux.Signals.SIGSYS -> 2;
                default -> 0;
            };
            if (code <= limit) {
                return switch (sig) {
                    case jemu.linux.Signals.SIGCHLD -> Layout.CHLD;
                    case jemu.linux.Signals.SIGIO -> Layout.POLL;
                    case jemu.linux.Signals.SIGSYS -> Layout.SYS;
                    case jemu.linux.Signals.SIGBUS -> code >= BUS_MCEERR_AR && code <= BUS_MCEERR_AO
                            ? Layout.FAULT_MCEERR : Layout.FAULT;
                    default -> Layout.FAULT;
                };
            }
            return code <= NSIGPOLL ? Layout.POLL : Layout.KILL;
        }
        if (code == SI_TIMER) {
            return Layout.TIMER;
        }
        if (code == SI_SIGIO) {
            return Layout.POLL;
        }
        return code < 0 ? Layout.RT : Layout.KILL;
    }

    /**
     * rt_sigqueueinfo of an ILP32 guest: its siginfo (union at 12) as the 64-bit one kept here,
     * member by member as the kernel's copy_siginfo_from_user32 takes it: pointers
     * zero-extended, longs and clock_t sign-extended, of a sigval only the int.
     */
    public static SigInfo fromGuest(GuestMemory mem, long addr, int sig, int wordSize) {
        if (wordSize == 8) {
            return fromGuest(mem, addr, sig);
        }
        ByteBuffer g = ByteBuffer.wrap(mem.readBytes(addr, SIZE)).order(ByteOrder.LITTLE_ENDIAN);
        SigInfo i = new SigInfo();
        int code = g.getInt(8);
        i.b.putInt(SI_SIGNO, sig).putInt(SI_ERRNO, g.getInt(4)).putInt(SI_CODE, code);
        final int u = 12, u64 = 16;
        switch (layout(sig, code)) {
            case FAULT, FAULT_MCEERR -> {
                i.b.putLong(u64, g.getInt(u) & 0xffff_ffffL);
                System.arraycopy(g.array(), u + 4, i.b.array(), u64 + 8, SIZE - u64 - 8);
            }
            case CHLD -> i.b.putInt(u64, g.getInt(u)).putInt(u64 + 4, g.getInt(u + 4)).putInt(u64 + 8, g.getInt(u + 8))
                    .putLong(u64 + 16, g.getInt(u + 12)).putLong(u64 + 24, g.getInt(u + 16));
            case SYS -> i.b.putLong(u64, g.getInt(u) & 0xffff_ffffL).putInt(u64 + 8, g.getInt(u + 4))
                    .putInt(u64 + 12, g.getInt(u + 8));
            case POLL -> i.b.putLong(u64, g.getInt(u)).putInt(u64 + 8, g.getInt(u + 4));
            case TIMER, RT -> i.b.putInt(u64, g.getInt(u)).putInt(u64 + 4, g.getInt(u + 4)).putInt(u64 + 8, g.getInt(u + 8));
            case KILL -> i.b.putInt(u64, g.getInt(u)).putInt(u64 + 4, g.getInt(u + 4));
        }
        return i;
    }

    /** A host siginfo (64-bit layout) at {@code hostAddr} in an ILP32 guest's layout at {@code addr}. */
    public static void hostToIlp32(long hostAddr, GuestMemory mem, long addr) {
        SigInfo i = fromHost(MemorySegment.ofAddress(hostAddr).reinterpret(SIZE));
        mem.writeBytes(addr, i.toIlp32(), 0, SIZE);
    }

    /** Copies the raw 64-bit layout to host memory (a signal for another process). */
    public void toHost(MemorySegment s) {
        MemorySegment.copy(b.array(), 0, s, JAVA_BYTE, 0, SIZE);
    }
}
