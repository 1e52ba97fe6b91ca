package jemu.linux.aarch64;

import jemu.core.a64.A64Cpu;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;
import jemu.linux.GuestThread;
import jemu.linux.SignalActions;
import jemu.linux.signal.SigInfo;

/**
 * The AArch64 signal frame, exactly as arch/arm64/kernel/signal.c builds it (setup_rt_frame,
 * setup_sigframe, restore_sigframe, parse_user_sigframe), with the layouts of the uapi headers
 * asm/sigcontext.h and asm/ucontext.h:
 *
 * <pre>
 * struct rt_sigframe { siginfo_t info;            // 128 bytes
 *                      struct ucontext uc; };     // 4560 bytes, 16-aligned: 4688 in all
 * struct ucontext    { u64 uc_flags; ucontext *uc_link; stack_t uc_stack; sigset_t uc_sigmask;
 *                      u8 __unused[120];          // glibc's sigset_t is 1024 bits
 *                      struct sigcontext uc_mcontext; }   // at 176 (16-aligned)
 * struct sigcontext  { u64 fault_address; u64 regs[31]; u64 sp, pc, pstate;
 *                      u8 __reserved[4096] (16-aligned, at 288): records, each {u32 magic, u32 size} }
 * </pre>
 *
 * __reserved holds fpsimd_context, then esr_context after a fault, then a null terminator.
 * Above the frame (at the old stack top) sits the frame record {x29, x30} that x29 points to.
 */
final class Aarch64SignalFrame {
    private Aarch64SignalFrame() {}

    // struct rt_sigframe
    static final int INFO = 0, UC = 128;
    // struct ucontext, from the frame
    static final int UC_FLAGS = UC, UC_LINK = UC + 8, UC_STACK = UC + 16, UC_SIGMASK = UC + 40, MCONTEXT = UC + 176;
    // stack_t
    static final int SS_SP = 0, SS_FLAGS = 8, SS_SIZE = 16;
    // struct sigcontext, from the frame
    static final int FAULT_ADDRESS = MCONTEXT, REGS = MCONTEXT + 8, SP = MCONTEXT + 256, PC = MCONTEXT + 264,
            PSTATE = MCONTEXT + 272, RESERVED = MCONTEXT + 288;
    static final int RESERVED_SIZE = 4096;
    /** sizeof(struct rt_sigframe), already a multiple of 16. */
    static final int FRAME_SIZE = RESERVED + RESERVED_SIZE;
    static final int FRAME_RECORD_SIZE = 16;

    // struct _aarch64_ctx records
    static final int FPSIMD_MAGIC = 0x46508001, FPSIMD_SIZE = 528; // head, fpsr, fpcr, __uint128_t vregs[32]
    static final int FPSIMD_FPSR = 8, FPSIMD_FPCR = 12, FPSIMD_VREGS = 16;
    static final int ESR_MAGIC = 0x45535201, ESR_SIZE = 16;
    static final int EXTRA_MAGIC = 0x45585401;

    /** PSTATE bits a 64-bit EL0 context may not have (valid_native_regs): M[4:0] != EL0t, D, A, I, F. */
    private static final long PSTATE_INVALID = 0x1f | 0x3c0;
    /** arch/arm64/include/uapi/asm/signal.h */
    static final long MINSIGSTKSZ = 5120;

    /**
     * setup_rt_frame + setup_return: saves the interrupted context ({@code oldMask} is the mask
     * to restore) and enters the handler. Returns false if the frame cannot be written (the
     * caller then forces SIGSEGV, as signal_setup_done does).
     */
    static boolean setup(Aarch64Thread t, int sig, SigInfo info, long handler, long flags, long restorer,
            long oldMask) {
        A64Cpu c = t.cpu;
        GuestMemory mem = t.mem;
        long sp = c.x[A64Cpu.SP];
        // sigsp(): the top of the alternate stack for SA_ONSTACK, unless already on it
        if ((flags & SignalActions.SA_ONSTACK) != 0 && t.sasSsFlags(sp) == 0) {
            sp = t.altStackSp + t.altStackSize;
        }
        long record = (sp - FRAME_RECORD_SIZE) & ~15L;
        long frame = (record & ~15L) - FRAME_SIZE;
        try {
            mem.write64(frame + UC_FLAGS, 0);
            mem.write64(frame + UC_LINK, 0);
            // __save_altstack (with SS_AUTODISARM the alternate stack is disabled while in use)
            mem.write64(frame + UC_STACK + SS_SP, t.altStackSp);
            mem.write32(frame + UC_STACK + SS_FLAGS, t.altStackFlags);
            mem.write64(frame + UC_STACK + SS_SIZE, t.altStackSize);
            if ((t.altStackFlags & GuestThread.SS_AUTODISARM) != 0) {
                t.altStackSp = 0;
                t.altStackSize = 0;
                t.altStackFlags = GuestThread.SS_DISABLE;
            }
            // setup_sigframe
            mem.write64(record, c.x[29]);
            mem.write64(record + 8, c.x[30]);
            for (int i = 0; i < 31; i++) {
                mem.write64(frame + REGS + 8L * i, c.x[i]);
            }
            mem.write64(frame + SP, c.x[A64Cpu.SP]);
            mem.write64(frame + PC, c.pc);
            mem.write64(frame + PSTATE, c.nzcv & 0xf0000000L);
            mem.write64(frame + FAULT_ADDRESS, t.faultAddress);
            mem.write64(frame + UC_SIGMASK, oldMask);
            long rec = frame + RESERVED;
            mem.write32(rec, FPSIMD_MAGIC);
            mem.write32(rec + 4, FPSIMD_SIZE);
            mem.write32(rec + FPSIMD_FPSR, c.fp.fpsr);
            mem.write32(rec + FPSIMD_FPCR, c.fp.fpcr);
            for (int i = 0; i < 64; i++) {
                mem.write64(rec + FPSIMD_VREGS + 8L * i, c.v[i]);
            }
            rec += FPSIMD_SIZE;
            if (t.faultCode != 0) {
                mem.write32(rec, ESR_MAGIC);
                mem.write32(rec + 4, ESR_SIZE);
                mem.write64(rec + 8, t.faultCode);
                rec += ESR_SIZE;
            }
            mem.write32(rec, 0);
            mem.write32(rec + 4, 0);
            if ((flags & SignalActions.SA_SIGINFO) != 0) {
                info.write(mem, frame + INFO);
            }
        } catch (GuestFault f) {
            return false;
        }
        // setup_return
        c.x[0] = sig;
        c.x[A64Cpu.SP] = frame;
        c.x[29] = record;
        c.pc = handler;
        c.x[30] = (flags & SignalActions.SA_RESTORER) != 0 ? restorer : t.process.sigreturnTrampoline;
        if ((flags & SignalActions.SA_SIGINFO) != 0) {
            c.x[1] = frame + INFO;
            c.x[2] = frame + UC;
        }
        return true;
    }

    /**
     * rt_sigreturn: restores the context saved at sp (the guest may have edited it). Returns
     * false for a bad frame; the caller then raises SIGSEGV at sp as arm64_notify_segfault does.
     */
    static boolean restore(Aarch64Thread t) {
        A64Cpu c = t.cpu;
        GuestMemory mem = t.mem;
        long frame = c.x[A64Cpu.SP];
        if ((frame & 15) != 0) {
            return false;
        }
        try {
            if (!mem.isAccessible(frame, FRAME_SIZE, GuestMemory.R)) {
                return false;
            }
            t.setSignalMask(mem.read64(frame + UC_SIGMASK));
            for (int i = 0; i < 31; i++) {
                c.x[i] = mem.read64(frame + REGS + 8L * i);
            }
            c.x[A64Cpu.SP] = mem.read64(frame + SP);
            c.pc = mem.read64(frame + PC);
            long pstate = mem.read64(frame + PSTATE);
            c.nzcv = (int) (pstate & 0xf0000000L);
            if ((pstate & PSTATE_INVALID) != 0) {
                return false;
            }
            // parse_user_sigframe: the records of __reserved, one fpsimd_context required
            long base = frame + RESERVED;
            long offset = 0, limit = RESERVED_SIZE, fpsimd = 0;
            int fpsimdSize = 0;
            while (true) {
                if (limit - offset < 8 || (offset & 15) != 0) {
                    return false;
                }
                int magic = mem.read32(base + offset);
                long size = mem.read32(base + offset + 4) & 0xffffffffL;
                if (limit - offset < size) {
                    return false;
                }
                if (magic == 0) {
                    if (size != 0) {
                        return false;
                    }
                    break;
                } else if (magic == FPSIMD_MAGIC) {
                    if (fpsimd != 0) {
                        return false;
                    }
                    fpsimd = base + offset;
                    fpsimdSize = (int) size;
                } else if (magic != ESR_MAGIC) {
                    return false; // SVE, ZA, extra_context...: not features of this CPU
                }
                if (size < 8) {
                    return false;
                }
                offset += size;
            }
            if (fpsimd == 0 || fpsimdSize != FPSIMD_SIZE) {
                return false;
            }
            for (int i = 0; i < 64; i++) {
                c.v[i] = mem.read64(fpsimd + FPSIMD_VREGS + 8L * i);
            }
            c.fp.fpsr = mem.read32(fpsimd + FPSIMD_FPSR);
            c.fp.fpcr = mem.read32(fpsimd + FPSIMD_FPCR);
            // restore_altstack: do_sigaltstack with the restored sp; its errors are ignored
            long ssSp = mem.read64(frame + UC_STACK + SS_SP);
            int ssFlags = mem.read32(frame + UC_STACK + SS_FLAGS);
            long ssSize = mem.read64(frame + UC_STACK + SS_SIZE);
            t.signals.setAltStack(ssSp, ssFlags, ssSize, c.x[A64Cpu.SP], MINSIGSTKSZ);
        } catch (GuestFault f) {
            return false;
        }
        return true;
    }
}
