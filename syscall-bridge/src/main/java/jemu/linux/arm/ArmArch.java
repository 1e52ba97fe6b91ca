package jemu.linux.arm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Engine;
import jemu.core.memory.GuestMemory;
import jemu.elf.ElfFile;
import jemu.linux.GuestArch;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;

/**
 * 32-bit ARM Linux (EABI: armhf and armel) as jemu presents it: a 4 GiB address space laid out
 * like Linux's 3G/1G split (TASK_SIZE 0xbf000000, the stack at its top, mmap below it growing
 * down, PIE programs at ELF_ET_DYN_BASE = TASK_SIZE / 3 * 2), the kuser helpers page at
 * 0xffff0000 ({@link ArmKuser}), and the HWCAPs a Cortex-A15 reports (arch/arm/include/uapi/asm/hwcap.h).
 */
public final class ArmArch implements GuestArch {
    public static final ArmArch INSTANCE = new ArmArch();

    private static final int ADDRESS_BITS = 32;
    /** arch/arm/include/asm/memory.h: PAGE_OFFSET 0xc0000000 less 16 MiB for modules. */
    static final long TASK_SIZE = 0xbf00_0000L;
    private static final long STACK_TOP = TASK_SIZE;
    private static final long STACK_SIZE = 8L << 20;
    /** Linux keeps at least 128 MiB between the stack limit and the mmap area. */
    static final long MMAP_TOP = STACK_TOP - STACK_SIZE - (128L << 20);

    // arch/arm/include/uapi/asm/hwcap.h
    static final long HWCAP_SWP = 1 << 0, HWCAP_HALF = 1 << 1, HWCAP_THUMB = 1 << 2, HWCAP_FAST_MULT = 1 << 4,
            HWCAP_VFP = 1 << 6, HWCAP_EDSP = 1 << 7, HWCAP_NEON = 1 << 12, HWCAP_VFPv3 = 1 << 13,
            HWCAP_TLS = 1 << 15, HWCAP_VFPv4 = 1 << 16, HWCAP_IDIVA = 1 << 17, HWCAP_IDIVT = 1 << 18,
            HWCAP_VFPD32 = 1 << 19, HWCAP_LPAE = 1 << 20;

    /** arch/arm/kernel/setup.c hwcap_str, bit by bit. */
    private static final String[] HWCAP_STR = {"swp", "half", "thumb", "26bit", "fastmult", "fpa", "vfp", "edsp",
        "java", "iwmmxt", "crunch", "thumbee", "neon", "vfpv3", "vfpv3d16", "tls", "vfpv4", "idiva", "idivt",
        "vfpd32", "lpae", "evtstrm"};

    /** QEMU's cortex-a15 MIDR: implementer 0x41, variant 2, architecture 0xf, part 0xc0f, revision 1. */
    static final int MIDR = 0x412fc0f1;

    private ArmArch() {}

    @Override
    public String unameMachine() {
        return "armv7l";
    }

    @Override
    public boolean accepts(ElfFile elf) {
        return elf.machine == ElfFile.EM_ARM && !elf.is64();
    }

    @Override
    public int addressBits() {
        return ADDRESS_BITS;
    }

    @Override
    public int wordSize() {
        return 4;
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
        return "v7l";
    }

    /**
     * What Linux reports on a Cortex-A15 (elf_hwcap_fixup drops SWP on cores with LDREX/STREX;
     * no evtstrm, which is the arch timer's and means nothing to user space here).
     */
    @Override
    public long hwcap() {
        return HWCAP_HALF | HWCAP_THUMB | HWCAP_FAST_MULT | HWCAP_VFP | HWCAP_EDSP | HWCAP_NEON | HWCAP_VFPv3
                | HWCAP_TLS | HWCAP_VFPv4 | HWCAP_IDIVA | HWCAP_IDIVT | HWCAP_VFPD32 | HWCAP_LPAE;
    }

    @Override
    public long hwcap2() {
        return 0;
    }

    @Override
    public long[] extraAuxv() {
        return new long[0];
    }

    @Override
    public jemu.linux.SyscallNames syscallNames() {
        return ArmSyscallNames.TABLE;
    }

    /** sizeof(struct stat64) on ARM EABI (104). */
    @Override
    public int statSize() {
        return ArmStat.STAT64.size();
    }

    @Override
    public void writeStat(MemorySegment ram, long addr, MemorySegment hostStat) {
        ArmStat.STAT64.write(ram, addr, hostStat);
    }

    @Override
    public Object newEngine(GuestMemory mem) {
        return new A32Engine(mem);
    }

    /**
     * The main thread of a freshly loaded image (at start and after execve): maps the kuser
     * helpers page and the sigreturn page into the new address space and routes host signals to
     * the process. The entry point's bit 0 selects Thumb, as the kernel's start_thread does.
     */
    @Override
    public GuestThread newMainThread(GuestProcess process, long entry, long sp) {
        ArmKuser.map(process.mem);
        ArmSignalFrame.mapSigpage(process);
        ArmThread t = new ArmThread(process);
        t.cpu.thumb = (entry & 1) != 0;
        t.cpu.pc = (int) (entry & ~1L);
        t.cpu.r[A32Cpu.SP] = (int) sp;
        process.signals.activate(true);
        return t;
    }

    @Override
    public void saveRegisters(GuestThread t, DataOutputStream out) throws IOException {
        A32Cpu c = ((ArmThread) t).cpu;
        for (int v : c.r) {
            out.writeInt(v);
        }
        for (long v : c.d) {
            out.writeLong(v);
        }
        out.writeInt(c.pc);
        out.writeInt(c.cpsr());
        out.writeInt(c.fpscr());
        out.writeInt(c.tpidruro);
        out.writeInt(c.tpidrurw);
    }

    @Override
    public GuestThread newForkedThread(GuestProcess process, DataInputStream in) throws IOException {
        ArmThread t = new ArmThread(process);
        A32Cpu c = t.cpu;
        for (int i = 0; i < c.r.length; i++) {
            c.r[i] = in.readInt();
        }
        for (int i = 0; i < c.d.length; i++) {
            c.d[i] = in.readLong();
        }
        c.pc = in.readInt();
        c.setCpsr(in.readInt());
        c.setFpscr(in.readInt());
        c.tpidruro = in.readInt();
        c.tpidrurw = in.readInt();
        c.r[0] = 0;
        return t;
    }

    @Override
    public void setStackAndTls(GuestThread t, long sp, long tls, boolean setTls) {
        A32Cpu c = ((ArmThread) t).cpu;
        if (sp != 0) {
            c.r[A32Cpu.SP] = (int) sp;
        }
        if (setTls) {
            c.tpidruro = (int) tls;
        }
    }

    /**
     * arch/arm/kernel/setup.c c_show(): per CPU its number, model name, BogoMIPS, the Features
     * (hwcap_str, then hwcap2_str, each followed by a space) and the MIDR fields; then the
     * machine lines. The CPU is QEMU's cortex-a15.
     */
    @Override
    public String cpuinfo(int cpus) {
        StringBuilder features = new StringBuilder();
        long h = hwcap();
        for (int bit = 0; bit < HWCAP_STR.length; bit++) {
            if ((h & (1L << bit)) != 0) {
                features.append(HWCAP_STR[bit]).append(' ');
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int cpu = 0; cpu < cpus; cpu++) {
            sb.append("processor\t: ").append(cpu).append('\n')
                    .append("model name\t: ARMv7 Processor rev ").append(MIDR & 15).append(" (v7l)\n")
                    .append("BogoMIPS\t: 100.00\n")
                    .append("Features\t: ").append(features).append('\n')
                    .append(String.format("CPU implementer\t: 0x%02x\n", MIDR >>> 24))
                    .append("CPU architecture: 7\n")
                    .append(String.format("CPU variant\t: 0x%x\n", (MIDR >>> 20) & 15))
                    .append(String.format("CPU part\t: 0x%03x\n", (MIDR >>> 4) & 0xfff))
                    .append("CPU revision\t: ").append(MIDR & 15).append("\n\n");
        }
        sb.append("Hardware\t: Generic DT based system\n")
                .append("Revision\t: 0000\n")
                .append("Serial\t\t: 0000000000000000\n");
        return sb.toString();
    }

    @Override
    public void warmUp(java.util.function.BooleanSupplier stop) {
        jemu.core.a32.A32WarmUp.run(stop);
    }
}
