package jemu.linux.arm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.foreign.MemorySegment;
import java.util.function.BooleanSupplier;

import jemu.core.memory.GuestMemory;
import jemu.elf.ElfFile;
import jemu.linux.FdTable;
import jemu.linux.GuestArch;
import jemu.linux.GuestPaths;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.SyscallNames;
import jemu.linux.path.PathConfig;

/**
 * A 32-bit guest for the system call tests: an ILP32 architecture (4-byte words, a 4 GiB
 * address space, arm's struct stat64) with no CPU, and a thread that only makes calls through
 * {@link ArmSyscalls#dispatch}, as the CPU loop would with r0-r6.
 */
final class Ilp32Guest implements AutoCloseable {
    static final GuestArch ARCH = new GuestArch() {
        public String unameMachine() {
            return "armv7l";
        }

        public boolean accepts(ElfFile elf) {
            return false;
        }

        public int addressBits() {
            return 32;
        }

        public int wordSize() {
            return 4;
        }

        public long stackTop() {
            return 0xff00_0000L;
        }

        public long stackSize() {
            return 8 << 20;
        }

        public long mmapTop() {
            return 0xf000_0000L;
        }

        public long dynamicBase() {
            return 0x40_0000;
        }

        public String platform() {
            return "v7l";
        }

        public long hwcap() {
            return 0;
        }

        public long hwcap2() {
            return 0;
        }

        public long[] extraAuxv() {
            return new long[0];
        }

        public SyscallNames syscallNames() {
            return ArmSyscallNames.TABLE;
        }

        public int statSize() {
            return ArmStat.STAT64.size();
        }

        public void writeStat(MemorySegment ram, long addr, MemorySegment hostStat) {
            ArmStat.STAT64.write(ram, addr, hostStat);
        }

        public Object newEngine(GuestMemory mem) {
            return null;
        }

        public GuestThread newMainThread(GuestProcess process, long entry, long sp) {
            throw new UnsupportedOperationException();
        }

        public void saveRegisters(GuestThread t, DataOutputStream out) {
            throw new UnsupportedOperationException();
        }

        public GuestThread newForkedThread(GuestProcess process, DataInputStream in) {
            throw new UnsupportedOperationException();
        }

        public void setStackAndTls(GuestThread t, long sp, long tls, boolean setTls) {
            throw new UnsupportedOperationException();
        }

        public String cpuinfo(int cpus) {
            return "";
        }

        public void warmUp(BooleanSupplier stop) {}
    };

    static final class Thread extends GuestThread {
        Thread(GuestProcess p) {
            super(p);
        }

        @Override
        protected void requestInterrupt() {}

        @Override
        public long stackPointer() {
            return 0x1000;
        }

        @Override
        public void run() {
            throw new UnsupportedOperationException();
        }

        // No CPU: the system calls are made directly, and no signal is delivered.
        @Override
        protected int restartKind(int nr) {
            return jemu.linux.syscalls.SignalSyscalls.ERESTARTSYS;
        }

        @Override
        protected long pc() {
            return 0;
        }

        @Override
        protected void setPc(long pc) {}

        @Override
        protected int svcLength() {
            return 4;
        }

        @Override
        protected void setResult(long value) {}

        @Override
        protected boolean setupSignalFrame(int sig, jemu.linux.signal.SigInfo info, long handler, long flags,
                long restorer, long oldMask) {
            throw new UnsupportedOperationException();
        }
    }

    final GuestMemory mem = GuestMemory.reserve(32);
    final FdTable fds = new FdTable();
    final GuestProcess process = new GuestProcess(ARCH, mem, fds, new GuestPaths(PathConfig.HOST, 1), 1, null);
    final Thread t = new Thread(process);

    /** A system call with up to seven register arguments, as the CPU loop makes it. */
    long call(int nr, long... regs) {
        int[] r = new int[7];
        for (int i = 0; i < regs.length; i++) {
            r[i] = (int) regs[i];
        }
        try {
            return ArmSyscalls.dispatch(t, nr, r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
        } catch (jemu.linux.SyscallException e) {
            return -e.errno;
        }
    }

    /** Anonymous read-write memory from mmap2. */
    long map(int bytes) {
        long a = call(192, 0, bytes, 3, 0x22, -1, 0);
        if (a < 0 || a >= 1L << 32) {
            throw new AssertionError("mmap2 " + a);
        }
        return a;
    }

    /** A NUL-terminated string in guest memory. */
    long string(long at, String s) {
        byte[] b = (s + "\0").getBytes();
        mem.writeBytes(at, b, 0, b.length);
        return at;
    }

    @Override
    public void close() {
        process.threads.remove(t.tid);
        mem.release();
    }
}
