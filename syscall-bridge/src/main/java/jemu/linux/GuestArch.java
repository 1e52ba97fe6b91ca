package jemu.linux;

import jemu.elf.ElfFile;

/**
 * What differs between guest architectures at the process level: address-space layout, ELF
 * machine, auxv values, and how a thread runs (each architecture's CPU loop). One
 * implementation per guest ABI package; generic code never tests which one it has.
 */
public interface GuestArch {
    /** The name uname(2) reports as the machine, e.g. "aarch64". */
    String unameMachine();

    /** Whether this architecture runs {@code elf} (machine and class). */
    boolean accepts(ElfFile elf);

    /** log2 of the guest address-space size. */
    int addressBits();

    /** Bytes per guest pointer. */
    int wordSize();

    /** Highest address of the initial stack (exclusive). */
    long stackTop();

    /** Bytes reserved for the main thread's stack. */
    long stackSize();

    /** Where mmap looks for free space first, searching downwards. */
    long mmapTop();

    /** Load address of a position-independent main program (ELF_ET_DYN_BASE). */
    long dynamicBase();

    /** AT_PLATFORM string. */
    String platform();

    long hwcap();

    long hwcap2();

    /** Extra auxv entries, (type, value) pairs, that this architecture adds (AT_MINSIGSTKSZ...). */
    long[] extraAuxv();

    /** Names and argument kinds of this ABI's system calls (--strace). */
    SyscallNames syscallNames();

    /** Size of the guest's {@code struct stat}. */
    int statSize();

    /**
     * Converts a host {@code struct stat} ({@link jemu.linux.host.HostStat}) into the guest's
     * layout at guest address {@code addr} of {@code ram} (already checked writable).
     */
    void writeStat(java.lang.foreign.MemorySegment ram, long addr, java.lang.foreign.MemorySegment hostStat);

    /** The execution engine (code cache) of a new address space, shared by the process's threads. */
    Object newEngine(jemu.core.memory.GuestMemory mem);

    /** Creates the first thread of a freshly loaded process, ready to run at {@code entry} with {@code sp}. */
    GuestThread newMainThread(GuestProcess process, long entry, long sp);

    /** Writes the registers of {@code t}, the thread calling fork, for the child's copy. */
    void saveRegisters(GuestThread t, java.io.DataOutputStream out) throws java.io.IOException;

    /** The first thread of a forked child: the registers {@link #saveRegisters} wrote, fork returning 0. */
    GuestThread newForkedThread(GuestProcess process, java.io.DataInputStream in) throws java.io.IOException;

    /** clone's new stack pointer (when not 0) and, with CLONE_SETTLS, the thread pointer. */
    void setStackAndTls(GuestThread t, long sp, long tls, boolean setTls);

    /** /proc/cpuinfo as Linux writes it for this architecture, for {@code cpus} processors. */
    String cpuinfo(int cpus);

    /** Has this architecture's engine compiled by HotSpot ahead of need, until {@code stop} says so. */
    void warmUp(java.util.function.BooleanSupplier stop);
}
