package jemu.core.a32;

import jemu.core.arm.fp.FPState;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * Architectural state of one AArch32 (ARMv7-A, user mode) thread, plus the stop report the
 * engine leaves for the OS layer. One state for both instruction sets: {@link #thumb} is
 * CPSR.T, and A32 and T32 instructions decode to the same instruction classes.
 *
 * <p>Conventions every instruction relies on (see {@link A32Insn}):
 * <ul>
 * <li>While an instruction executes, {@code r[15]} holds the PC as that instruction reads it:
 *     its address + 8 in A32, + 4 in T32 (the engine stores it before each instruction). An
 *     instruction never writes {@code r[15]}; one that writes the PC sets {@link #pc} (and
 *     {@link #thumb}) through {@link #branchWritePc}, {@link #bxWritePc}, {@link #aluWritePc}
 *     or {@link #loadWritePc}, and is a block-ending instruction.</li>
 * <li>Addresses are 32-bit: a guest address is {@code r & 0xffffffffL} (see {@link #addr}).</li>
 * </ul>
 */
public final class A32Cpu {
    public static final int SP = 13, LR = 14, PC = 15;

    /** R0-R15; see the class comment for what {@code r[15]} holds. */
    public final int[] r = new int[16];
    /** Address of the next instruction to run (when the engine is not running a block). */
    public int pc;
    /** CPSR.T: the instruction set of the instruction at {@link #pc}. */
    public boolean thumb;
    /** CPSR.{N,Z,C,V} in bits 31..28 ({@link jemu.core.arm.Alu}'s packing). */
    public int nzcv;
    /** CPSR.Q, the sticky saturation flag: 0 or 1. */
    public int q;
    /** CPSR.GE<3:0>, set by the parallel add/subtract instructions and read by SEL. */
    public int ge;
    /**
     * CPSR.IT (ITSTATE<7:0>, firstcond in bits 7..4, mask in 3..0) as the instruction at
     * {@link #pc} sees it. Decoding follows it statically; the engine writes it back when it
     * stops inside an IT block, and the OS layer saves and restores it with the CPSR.
     */
    public int itState;

    /**
     * D0-D31. Q{@code n} is {@code d[2n]} (low half) and {@code d[2n+1]} (high half); S{@code 2n}
     * and S{@code 2n+1} are the low and high words of D{@code n} (n < 16). The same indexing as
     * {@link jemu.core.a64.A64Cpu#v}, whose V{@code n} is AArch32's Q{@code n}.
     */
    public final long[] d = new long[32];
    /**
     * The FPSCR's control bits (in FPCR positions, which are FPSCR's: AHP, DN, FZ, RMode,
     * Stride, Len) in {@code fpcr}, and its cumulative flags and QC in {@code fpsr}. VFP
     * instructions round through this state.
     */
    public final FPState fp = new FPState();
    /**
     * StandardFPSCRValue() for Advanced SIMD floating point: DN and FZ set, round to nearest,
     * AHP from the FPSCR. Its cumulative flags are part of the FPSCR (see {@link #fpscr}).
     */
    public final FPState fpStandard = new FPState();
    /** FPSCR.{N,Z,C,V} (bits 31..28), set by VCMP and copied to the APSR by VMRS APSR_nzcv. */
    public int fpscrNzcv;

    /** TPIDRURO (CP15 c13, the thread pointer user space reads; set by the set_tls call). */
    public int tpidruro;
    /** TPIDRURW (CP15 c13, the thread register user space may write). */
    public int tpidrurw;

    /** Exclusive monitor: address of the last load-exclusive, or -1 when clear. */
    public long exclusiveAddress = -1;
    /** Value the load-exclusive saw (LDREXD: both words, low word first in memory order). */
    public long exclusiveValue;

    public final GuestMemory mem;

    /** Why the engine stopped: one of {@link jemu.core.arm.Stop}'s constants. */
    public int stop;
    /**
     * For SVC: the immediate (imm24 in A32, imm8 in T32); BKPT: imm16 (imm8 in T32); UNDEFINED:
     * the instruction (A32 word, or T32 as {@code hw1 << 16 | hw2}, a 16-bit one as itself).
     */
    public int stopImmediate;
    /** For {@link jemu.core.arm.Stop#FAULT}: what was accessed and why it failed. */
    public GuestFault fault;

    /** Set from any thread to make the engine stop at the next block boundary. */
    public volatile boolean interruptRequested;

    /** Per-thread lookup cache of decoded blocks and the engine it belongs to; not architectural. */
    A32Block[] jumpCache;
    A32Engine jumpCacheOwner;

    public A32Cpu(GuestMemory mem) {
        this.mem = mem;
        fpStandard.fpcr = FPState.DN | FPState.FZ;
    }

    /** The guest address a 32-bit register value names. */
    public static long addr(int v) {
        return v & 0xffffffffL;
    }

    /** BranchWritePC(): to {@code v} in the current instruction set, bit 0 (T32) or bits 1:0 (A32) cleared. */
    public void branchWritePc(int v) {
        pc = thumb ? v & ~1 : v & ~3;
    }

    /**
     * BXWritePC(): interworking, bit 0 selects T32. An A32 target with bit 1 set is UNPREDICTABLE;
     * like QEMU, jemu clears only bit 0 (the fetch then faults on alignment).
     */
    public void bxWritePc(int v) {
        thumb = (v & 1) != 0;
        pc = v & ~1;
    }

    /** LoadWritePC(): interworking since ARMv5T. */
    public void loadWritePc(int v) {
        bxWritePc(v);
    }

    /** ALUWritePC(): interworking in A32 (ARMv7), a plain branch in T32. */
    public void aluWritePc(int v) {
        if (thumb) {
            branchWritePc(v);
        } else {
            bxWritePc(v);
        }
    }

    /** The APSR/CPSR as user mode sees it (MRS, signal frames): N Z C V Q, IT, J=0, GE, E=0, mode USR. */
    public int cpsr() {
        return nzcv | q << 27 | (itState & 3) << 25 | ge << 16 | (itState >>> 2) << 10 | (thumb ? 1 << 5 : 0) | 0x10;
    }

    /** Sets what user mode may set from a whole CPSR value (sigreturn): flags, Q, GE, IT and T. */
    public void setCpsr(int v) {
        nzcv = v & 0xf000_0000;
        q = (v >>> 27) & 1;
        ge = (v >>> 16) & 0xf;
        itState = ((v >>> 25) & 3) | ((v >>> 10) & 0x3f) << 2;
        thumb = (v & (1 << 5)) != 0;
    }

    /** FPSCR as VMRS reads it. */
    public int fpscr() {
        return fpscrNzcv | fp.fpcr | fp.fpsr | fpStandard.fpsr;
    }

    /** FPSCR as VMSR writes it: control to {@link #fp} (and AHP to {@link #fpStandard}), flags cleared or set. */
    public void setFpscr(int v) {
        fpscrNzcv = v & 0xf000_0000;
        fp.fpcr = v & FPSCR_CONTROL;
        fp.fpsr = v & FPSCR_STATUS;
        fpStandard.fpsr = 0;
        fpStandard.fpcr = FPState.DN | FPState.FZ | (v & FPState.AHP);
    }

    /**
     * The FPSCR control bits jemu keeps: AHP, DN, FZ, RMode, Stride, FZ16, Len (the trap enables,
     * 15 and 12..8, are RAZ/WI as on cores without trapped exceptions).
     */
    public static final int FPSCR_CONTROL = 0x07ff_0000;
    /** The FPSCR cumulative status bits: QC, IDC, IXC, UFC, OFC, DZC, IOC. */
    public static final int FPSCR_STATUS = 0x0800_009f;

    /** Copies the registers of another CPU (fork, thread creation); stop state is not copied. */
    public void copyStateFrom(A32Cpu o) {
        System.arraycopy(o.r, 0, r, 0, r.length);
        System.arraycopy(o.d, 0, d, 0, d.length);
        pc = o.pc;
        thumb = o.thumb;
        nzcv = o.nzcv;
        q = o.q;
        ge = o.ge;
        itState = o.itState;
        fp.copyFrom(o.fp);
        fpStandard.copyFrom(o.fpStandard);
        fpscrNzcv = o.fpscrNzcv;
        tpidruro = o.tpidruro;
        tpidrurw = o.tpidrurw;
    }
}
