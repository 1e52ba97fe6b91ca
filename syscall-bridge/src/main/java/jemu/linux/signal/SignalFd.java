package jemu.linux.signal;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * One signalfd (fs/signalfd.c): the mask of signals it reads, behind a host eventfd that jemu
 * keeps readable exactly while one of those signals is pending for the process. The guest's
 * signals are jemu's own queues, which a host signalfd would never see; the eventfd gives the
 * descriptor a real host readiness, so poll, select and epoll need nothing special, and
 * {@code read} is jemu's: it dequeues from the queues and writes {@code signalfd_siginfo}
 * records. Dup'ed descriptors share this object, as they share Linux's file.
 *
 * <p>Linux decides readiness for the task that polls; here it is the process's: a signal
 * pending for one thread only makes the descriptor readable in every thread.
 */
public final class SignalFd {
    /** sizeof(struct signalfd_siginfo), the same on every architecture. */
    public static final int RECORD = 128;
    /** SFD_CLOEXEC and SFD_NONBLOCK: O_CLOEXEC and O_NONBLOCK (asm-generic). */
    public static final int SFD_CLOEXEC = 02000000, SFD_NONBLOCK = 04000;

    /** The signals this descriptor reads (SIGKILL and SIGSTOP never). */
    private volatile long mask;
    /** Whether the eventfd's counter is non-zero; guarded by the process's ProcessSignals lock. */
    boolean readable;

    public SignalFd(long mask) {
        setMask(mask);
    }

    public long mask() {
        return mask;
    }

    public void setMask(long mask) {
        this.mask = mask & ~ProcessSignals.UNBLOCKABLE;
    }

    /**
     * Makes the eventfd at {@code hostFd} readable or not: a write of 1 sets the counter, a read
     * clears it. Neither blocks: a read happens only while the counter is known non-zero.
     */
    void level(Host h, int hostFd, boolean wanted) {
        if (wanted == readable) {
            return;
        }
        long buf = h.scratchAddress(0);
        if (wanted) {
            h.scratch().set(JAVA_LONG, 0, 1L);
            readable = h.syscall(HostSyscall.WRITE, hostFd, buf, 8) == 8;
        } else {
            readable = h.syscall(HostSyscall.READ, hostFd, buf, 8) != 8;
        }
    }

    /**
     * The {@code signalfd_siginfo} of {@code info} (signalfd_copyinfo): the fields of the
     * siginfo's layout, the rest zero. {@code wordSize} 4: the guest's pointers are 32-bit, so
     * ssi_ptr is the zero-extended word, as an arm64 kernel reports it to a compat task.
     */
    public static byte[] record(SigInfo info, int wordSize) {
        ByteBuffer o = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
        int sig = info.signo(), code = info.code();
        o.putInt(0, sig).putInt(4, info.getInt(SigInfo.SI_ERRNO)).putInt(8, code);
        final int u = 16; // the union in the 64-bit siginfo that SigInfo keeps
        long ptr = wordSize == 4 ? info.getLong(u + 8) & 0xffff_ffffL : info.getLong(u + 8);
        switch (SigInfo.layout(sig, code)) {
            case KILL -> o.putInt(12, info.getInt(u)).putInt(16, info.getInt(u + 4));
            case TIMER -> o.putInt(24, info.getInt(u)).putInt(32, info.getInt(u + 4))
                    .putLong(48, ptr).putInt(44, (int) ptr);
            case POLL -> o.putInt(28, (int) info.getLong(u)).putInt(20, info.getInt(u + 8));
            case FAULT -> o.putLong(72, info.getLong(u));
            case FAULT_MCEERR -> o.putLong(72, info.getLong(u)).putShort(80, (short) info.getInt(u + 8));
            case CHLD -> o.putInt(12, info.getInt(u)).putInt(16, info.getInt(u + 4)).putInt(40, info.getInt(u + 8))
                    .putLong(56, info.getLong(u + 16)).putLong(64, info.getLong(u + 24));
            case RT -> o.putInt(12, info.getInt(u)).putInt(16, info.getInt(u + 4)).putLong(48, ptr)
                    .putInt(44, (int) ptr);
            case SYS -> o.putLong(88, info.getLong(u)).putInt(84, info.getInt(u + 8)).putInt(96, info.getInt(u + 12));
        }
        return o.array();
    }

    /** For {@link ProcessSignals}: whether any of {@code pending} is read here. */
    boolean wants(long pending) {
        return (pending & mask) != 0;
    }
}
