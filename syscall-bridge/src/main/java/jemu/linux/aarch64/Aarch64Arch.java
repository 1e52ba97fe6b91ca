package jemu.linux.aarch64;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Engine;
import jemu.core.a64.A64Features;
import jemu.core.memory.GuestMemory;
import jemu.elf.ElfFile;
import jemu.elf.InitialStack;
import jemu.linux.GuestArch;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;

/**
 * AArch64 Linux as jemu presents it: a 2^40-byte address space laid out like Linux's (stack at
 * the top, mmap below it growing down, PIE programs at two thirds), HWCAPs from what the engine
 * implements ({@link A64Features}).
 */
public final class Aarch64Arch implements GuestArch {
    public static final Aarch64Arch INSTANCE = new Aarch64Arch();

    private static final int ADDRESS_BITS = 40;
    private static final long TASK_SIZE = 1L << ADDRESS_BITS;
    private static final long STACK_TOP = TASK_SIZE - 0x10000;
    private static final long STACK_SIZE = 8L << 20;
    /** Linux keeps at least 128 MiB between the stack limit and the mmap area. */
    private static final long MMAP_TOP = STACK_TOP - STACK_SIZE - (128L << 20);

    // arch/arm64/include/uapi/asm/hwcap.h
    static final long HWCAP_FP = 1L << 0, HWCAP_ASIMD = 1L << 1, HWCAP_CRC32 = 1L << 7, HWCAP_ATOMICS = 1L << 8,
            HWCAP_CPUID = 1L << 11, HWCAP_LRCPC = 1L << 15;
    /** arch/arm64/include/uapi/asm/signal.h: MINSIGSTKSZ, an upper bound of the signal frame. */
    static final long MINSIGSTKSZ = 5120;
    // hwcap.h, continued: the Cryptographic Extension, SHA-512, SHA-3, RDM, dot product
    static final long HWCAP_AES = 1L << 3, HWCAP_PMULL = 1L << 4, HWCAP_SHA1 = 1L << 5, HWCAP_SHA2 = 1L << 6,
            HWCAP_ASIMDRDM = 1L << 12, HWCAP_SHA3 = 1L << 17, HWCAP_ASIMDDP = 1L << 20, HWCAP_SHA512 = 1L << 21;

    private Aarch64Arch() {}

    @Override
    public String unameMachine() {
        return "aarch64";
    }

    @Override
    public boolean accepts(ElfFile elf) {
        return elf.machine == ElfFile.EM_AARCH64 && elf.is64();
    }

    @Override
    public int addressBits() {
        return ADDRESS_BITS;
    }

    @Override
    public int wordSize() {
        return 8;
    }

    @Override
    public long stackTop() {
        return STACK_TOP;
    }

    @Override
    public long stackSize() {
        return STACK_SIZE;
    }

    @Override
    public long mmapTop() {
        return MMAP_TOP;
    }

    @Override
    public long dynamicBase() {
        return (TASK_SIZE / 3 * 2) & ~0xffffL;
    }

    @Override
    public String platform() {
        return "aarch64";
    }

    @Override
    public long hwcap() {
        long h = HWCAP_FP | HWCAP_ASIMD | HWCAP_CPUID;
        h |= (A64Features.AES ? HWCAP_AES : 0) | (A64Features.PMULL ? HWCAP_PMULL : 0)
                | (A64Features.SHA1 ? HWCAP_SHA1 : 0) | (A64Features.SHA256 ? HWCAP_SHA2 : 0)
                | (A64Features.SHA3 ? HWCAP_SHA3 : 0) | (A64Features.SHA512 ? HWCAP_SHA512 : 0)
                | (A64Features.RDM ? HWCAP_ASIMDRDM : 0) | (A64Features.DOTPROD ? HWCAP_ASIMDDP : 0);
        if (A64Features.CRC32) {
            h |= HWCAP_CRC32;
        }
        if (A64Features.ATOMICS) {
            h |= HWCAP_ATOMICS;
        }
        if (A64Features.LRCPC) {
            h |= HWCAP_LRCPC;
        }
        return h;
    }

    @Override
    public long hwcap2() {
        return 0;
    }

    @Override
    public long[] extraAuxv() {
        return new long[] {InitialStack.AT_MINSIGSTKSZ, MINSIGSTKSZ};
    }

    @Override
    public jemu.linux.SyscallNames syscallNames() {
        return Aarch64Syscalls.names();
    }

    @Override
    public int statSize() {
        return (int) Aarch64Stat.LAYOUT.byteSize();
    }

    @Override
    public void writeStat(MemorySegment ram, long addr, MemorySegment hostStat) {
        Aarch64Stat.write(ram, addr, hostStat);
    }

    @Override
    public Object newEngine(GuestMemory mem) {
        return new A64Engine(mem);
    }

    /**
     * Creates the main thread of a freshly loaded image (at start and after execve): maps the
     * sigreturn trampoline into the new address space and routes host signals to the process.
     */
    @Override
    public GuestThread newMainThread(GuestProcess process, long entry, long sp) {
        mapSigreturnTrampoline(process);
        Aarch64Thread t = new Aarch64Thread(process);
        t.cpu.pc = entry;
        t.cpu.x[31] = sp;
        process.signals.activate(true);
        return t;
    }

    @Override
    public void saveRegisters(GuestThread t, DataOutputStream out) throws IOException {
        A64Cpu c = ((Aarch64Thread) t).cpu;
        for (int i = 0; i < 32; i++) {
            out.writeLong(c.x[i]);
        }
        for (long v : c.v) {
            out.writeLong(v);
        }
        out.writeLong(c.pc);
        out.writeInt(c.nzcv);
        out.writeInt(c.fp.fpcr);
        out.writeInt(c.fp.fpsr);
        out.writeLong(c.tpidr);
    }

    @Override
    public GuestThread newForkedThread(GuestProcess process, DataInputStream in) throws IOException {
        Aarch64Thread t = new Aarch64Thread(process);
        A64Cpu c = t.cpu;
        for (int i = 0; i < 32; i++) {
            c.x[i] = in.readLong();
        }
        for (int i = 0; i < c.v.length; i++) {
            c.v[i] = in.readLong();
        }
        c.pc = in.readLong();
        c.nzcv = in.readInt();
        c.fp.fpcr = in.readInt();
        c.fp.fpsr = in.readInt();
        c.tpidr = in.readLong();
        c.x[0] = 0;
        return t;
    }

    @Override
    public void setStackAndTls(GuestThread t, long sp, long tls, boolean setTls) {
        A64Cpu c = ((Aarch64Thread) t).cpu;
        if (sp != 0) {
            c.x[31] = sp;
        }
        if (setTls) {
            c.tpidr = tls;
        }
    }

    /** {@code mov x8, #139; svc #0}: the two words libgcc's unwinder recognises as a signal frame's return. */
    static final int[] SIGRETURN_CODE = {0xd2801168, 0xd4000001};

    /**
     * Linux returns from a handler without SA_RESTORER through the vDSO's sigreturn trampoline;
     * jemu has no vDSO, so (as QEMU does) it maps one read+exec page holding the same two
     * instructions, just below the mmap area.
     */
    static void mapSigreturnTrampoline(GuestProcess process) {
        GuestMemory mem = process.mem;
        long page = mem.findFreeBelow(MMAP_TOP + GuestMemory.PAGE_SIZE * 16, 0, GuestMemory.PAGE_SIZE);
        if (page < 0 || mem.mapAnonymous(page, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "[vdso]") < 0) {
            return;
        }
        mem.write32(page, SIGRETURN_CODE[0]);
        mem.write32(page + 4, SIGRETURN_CODE[1]);
        mem.protect(page, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X);
        process.sigreturnTrampoline = page;
    }

    /**
     * arch/arm64/kernel/cpuinfo.c c_show(): one block per CPU, "Features" naming exactly the
     * HWCAPs advertised (in hwcap_str order), the CPU described as an Arm Cortex-A72 (the core
     * jemu's behaviour is checked against), as QEMU's -cpu cortex-a72 would.
     */
    @Override
    public String cpuinfo(int cpus) {
        StringBuilder features = new StringBuilder();
        long h = hwcap();
        String[] names = {"fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32", "atomics", "fphp",
            "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc", "dcpop", "sha3", "sm3", "sm4", "asimddp",
            "sha512"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((h & (1L << bit)) != 0) {
                features.append(features.isEmpty() ? "" : " ").append(names[bit]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int cpu = 0; cpu < cpus; cpu++) {
            sb.append("processor\t: ").append(cpu).append('\n')
                    .append("BogoMIPS\t: 100.00\n")
                    .append("Features\t: ").append(features).append('\n')
                    .append("CPU implementer\t: 0x41\n")
                    .append("CPU architecture: 8\n")
                    .append("CPU variant\t: 0x0\n")
                    .append("CPU part\t: 0xd08\n")
                    .append("CPU revision\t: 3\n\n");
        }
        return sb.toString();
    }

    @Override
    public void warmUp(java.util.function.BooleanSupplier stop) {
        jemu.core.a64.A64WarmUp.run(stop);
    }
}
