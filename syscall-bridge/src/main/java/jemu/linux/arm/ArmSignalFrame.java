package jemu.linux.arm;

import jemu.core.a32.A32Cpu;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.SignalActions;
import jemu.linux.signal.SigInfo;

/**
 * The 32-bit ARM signal frames, exactly as arch/arm/kernel/signal.c builds them (setup_frame,
 * setup_rt_frame, setup_sigframe, setup_return, restore_sigframe), with the uapi layouts of
 * asm/ucontext.h, asm/sigcontext.h and asm/user.h:
 *
 * <pre>
 * struct sigframe    { struct ucontext uc;                 // 744 bytes
 *                      unsigned long retcode[2]; };        // at 744: 752 in all
 * struct rt_sigframe { siginfo_t info;                     // 128 bytes (32-bit layout)
 *                      struct sigframe sig; };             // at 128: 880 in all
 * struct ucontext    { unsigned long uc_flags; struct ucontext *uc_link;   // 0, 4
 *                      stack_t uc_stack;                   // 8: ss_sp, ss_flags, ss_size
 *                      struct sigcontext uc_mcontext;      // 20: 21 words
 *                      sigset_t uc_sigmask;                // 104: 8 bytes
 *                      int __unused[30];                   // glibc's sigset_t is 1024 bits
 *                      unsigned long uc_regspace[128]; }   // 232, 8-aligned
 * struct sigcontext  { trap_no, error_code, oldmask, arm_r0..arm_r10, arm_fp, arm_ip, arm_sp,
 *                      arm_lr, arm_pc, arm_cpsr, fault_address }
 * uc_regspace:         struct vfp_sigframe { magic 0x56465001, size 288,
 *                      struct user_vfp { u64 fpregs[32]; u32 fpscr; } (8, 264 bytes),
 *                      struct user_vfp_exc { fpexc, fpinst, fpinst2 } (272) }, then end magic 0
 * </pre>
 *
 * A handler without SA_RESTORER returns through the kernel's sigreturn_codes (ARM or Thumb by
 * bit 0 of the handler), which jemu maps as the "[sigpage]"; the same two words are also
 * written to the frame's retcode, as the kernel does for unwinders.
 */
final class ArmSignalFrame {
    private ArmSignalFrame() {}

    // struct sigframe, from its start
    static final int UC_FLAGS = 0, UC_LINK = 4, UC_STACK = 8, MCONTEXT = 20, UC_SIGMASK = 104, REGSPACE = 232,
            RETCODE = 744, SIGFRAME_SIZE = 752;
    // stack_t
    static final int SS_SP = 0, SS_FLAGS = 4, SS_SIZE = 8;
    // struct sigcontext, from the sigframe
    static final int TRAP_NO = MCONTEXT, ERROR_CODE = MCONTEXT + 4, OLDMASK = MCONTEXT + 8, ARM_R0 = MCONTEXT + 12,
            ARM_CPSR = ARM_R0 + 64, FAULT_ADDRESS = ARM_CPSR + 4;
    // struct rt_sigframe
    static final int RT_INFO = 0, RT_SIG = 128, RT_FRAME_SIZE = RT_SIG + SIGFRAME_SIZE;
    // struct vfp_sigframe, from uc_regspace
    static final int VFP_MAGIC = 0x56465001, VFP_STORAGE_SIZE = 288, VFP_FPREGS = 8, VFP_FPSCR = 264,
            VFP_FPEXC = 272, VFP_FPINST = 276, VFP_FPINST2 = 280;
    /** FPEXC.EN: VFP enabled, as every user thread's FPEXC reads. */
    static final int FPEXC_EN = 0x4000_0000;
    /** setup_frame's uc_flags: "a value which sc.trap_no would never have". */
    static final int NON_RT_UC_FLAGS = 0x5ac3c35a;
    /** arch/arm/include/uapi/asm/signal.h */
    static final long MINSIGSTKSZ = 2048;

    /**
     * arch/arm/kernel/sigreturn_codes.S: ARM sigreturn, Thumb sigreturn, ARM rt_sigreturn, Thumb
     * rt_sigreturn ({@code mov r7, #nr; swi #nr|0x900000} in ARM, {@code movs r7, #nr; swi #0} in
     * Thumb), indexed by {@code thumb << 1} plus 3 for SA_SIGINFO.
     */
    static final int[] SIGRETURN_CODES = {0xe3a07077, 0xef900077, 0xdf002777, 0xe3a070ad, 0xef9000ad, 0xdf0027ad, 0};

    // CPSR bits that valid_user_regs looks at
    private static final int MODE_MASK = 0x1f, USR_MODE = 0x10, PSR_I_BIT = 0x80;

    /**
     * Maps one read+exec page holding sigreturn_codes (Linux's per-process signal page) just
     * below the mmap area, as the kernel maps "[sigpage]".
     */
    static void mapSigpage(GuestProcess process) {
        GuestMemory mem = process.mem;
        long page = mem.findFreeBelow(ArmArch.MMAP_TOP + GuestMemory.PAGE_SIZE * 16, 0, GuestMemory.PAGE_SIZE);
        if (page < 0 || mem.mapAnonymous(page, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false,
                "[sigpage]") < 0) {
            return;
        }
        for (int i = 0; i < SIGRETURN_CODES.length - 1; i++) {
            mem.write32(page + 4L * i, SIGRETURN_CODES[i]);
        }
        mem.protect(page, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X);
        process.sigreturnTrampoline = page;
    }

    /**
     * setup_frame or setup_rt_frame (SA_SIGINFO), then setup_return: saves the interrupted
     * context ({@code oldMask} is the mask to restore) and enters the handler. Returns false if
     * the frame cannot be written (the caller then forces SIGSEGV, as signal_setup_done does).
     */
    static boolean setup(ArmThread t, int sig, SigInfo info, long handler, long flags, long restorer, long oldMask) {
        A32Cpu c = t.cpu;
        GuestMemory mem = t.mem;
        boolean rt = (flags & SignalActions.SA_SIGINFO) != 0;
        long sp = A32Cpu.addr(c.r[A32Cpu.SP]);
        // get_sigframe: sigsp(), then ATPCS's 8-byte alignment
        if ((flags & SignalActions.SA_ONSTACK) != 0 && t.sasSsFlags(sp) == 0) {
            sp = (t.altStackSp + t.altStackSize) & 0xffffffffL;
        }
        long frame = (sp - (rt ? RT_FRAME_SIZE : SIGFRAME_SIZE)) & ~7L;
        long sf = rt ? frame + RT_SIG : frame;
        boolean thumb = (handler & 1) != 0;
        int idx = (thumb ? 2 : 0) + (rt ? 3 : 0);
        try {
            if (frame < 0 || !mem.isAccessible(frame, rt ? RT_FRAME_SIZE : SIGFRAME_SIZE, GuestMemory.W)) {
                return false;
            }
            if (rt) {
                info.write(mem, frame + RT_INFO, 4);
                mem.write32(sf + UC_FLAGS, 0);
                mem.write32(sf + UC_LINK, 0);
                // __save_altstack (with SS_AUTODISARM the alternate stack is disabled while in use)
                mem.write32(sf + UC_STACK + SS_SP, (int) t.altStackSp);
                mem.write32(sf + UC_STACK + SS_FLAGS, t.altStackFlags);
                mem.write32(sf + UC_STACK + SS_SIZE, (int) t.altStackSize);
                if ((t.altStackFlags & GuestThread.SS_AUTODISARM) != 0) {
                    t.altStackSp = 0;
                    t.altStackSize = 0;
                    t.altStackFlags = GuestThread.SS_DISABLE;
                }
            } else {
                mem.write32(sf + UC_FLAGS, NON_RT_UC_FLAGS);
            }
            // setup_sigframe
            for (int i = 0; i < 15; i++) {
                mem.write32(sf + ARM_R0 + 4L * i, c.r[i]);
            }
            mem.write32(sf + ARM_R0 + 4L * 15, c.pc);
            mem.write32(sf + ARM_CPSR, c.cpsr());
            mem.write32(sf + TRAP_NO, t.trapNo);
            mem.write32(sf + ERROR_CODE, t.errorCode);
            mem.write32(sf + FAULT_ADDRESS, t.faultAddress);
            mem.write32(sf + OLDMASK, (int) oldMask);
            mem.write64(sf + UC_SIGMASK, oldMask);
            long vfp = sf + REGSPACE;
            mem.write32(vfp, VFP_MAGIC);
            mem.write32(vfp + 4, VFP_STORAGE_SIZE);
            for (int i = 0; i < 32; i++) {
                mem.write64(vfp + VFP_FPREGS + 8L * i, c.d[i]);
            }
            mem.write32(vfp + VFP_FPSCR, c.fpscr());
            mem.write32(vfp + VFP_FPEXC, FPEXC_EN);
            mem.write32(vfp + VFP_FPINST, 0);
            mem.write32(vfp + VFP_FPINST2, 0);
            mem.write32(vfp + VFP_STORAGE_SIZE, 0); // end_magic
            // setup_return
            long retcode;
            if ((flags & SignalActions.SA_RESTORER) != 0) {
                retcode = restorer;
            } else {
                mem.write32(sf + RETCODE, SIGRETURN_CODES[idx]);
                mem.write32(sf + RETCODE + 4, SIGRETURN_CODES[idx + 1]);
                retcode = t.process.sigreturnTrampoline + 4L * idx + (thumb ? 1 : 0);
            }
            c.r[0] = sig;
            c.r[A32Cpu.SP] = (int) frame;
            c.r[A32Cpu.LR] = (int) retcode;
            if (rt) {
                c.r[1] = (int) (frame + RT_INFO);
                c.r[2] = (int) sf;
            }
        } catch (GuestFault f) {
            return false;
        }
        // CPSR: flags, Q, J and IT cleared (PSR_f, PSR_IT_MASK), T from the handler's bit 0; GE kept.
        c.nzcv = 0;
        c.q = 0;
        c.itState = 0;
        c.thumb = thumb;
        c.pc = (int) (handler & ~1L);
        return true;
    }

    /**
     * sigreturn ({@code rt} false) or rt_sigreturn: restores the context saved at sp (the guest
     * may have edited it). Returns false for a bad frame; the caller then forces SIGSEGV, as
     * arm_notify_die does.
     */
    static boolean restore(ArmThread t, boolean rt) {
        A32Cpu c = t.cpu;
        GuestMemory mem = t.mem;
        long frame = A32Cpu.addr(c.r[A32Cpu.SP]);
        if ((frame & 7) != 0) {
            return false;
        }
        long sf = rt ? frame + RT_SIG : frame;
        try {
            if (!mem.isAccessible(frame, rt ? RT_FRAME_SIZE : SIGFRAME_SIZE, GuestMemory.R)) {
                return false;
            }
            // restore_sigframe
            t.setSignalMask(mem.read64(sf + UC_SIGMASK));
            int[] regs = new int[16];
            for (int i = 0; i < 16; i++) {
                regs[i] = mem.read32(sf + ARM_R0 + 4L * i);
            }
            int cpsr = mem.read32(sf + ARM_CPSR);
            // valid_user_regs: user mode with IRQs enabled, else a bad frame
            if ((cpsr & MODE_MASK) != USR_MODE || (cpsr & PSR_I_BIT) != 0) {
                return false;
            }
            // restore_vfp_context
            long vfp = sf + REGSPACE;
            if (mem.read32(vfp) != VFP_MAGIC || mem.read32(vfp + 4) != VFP_STORAGE_SIZE) {
                return false;
            }
            System.arraycopy(regs, 0, c.r, 0, 15);
            c.setCpsr(cpsr);
            c.pc = c.thumb ? regs[15] & ~1 : regs[15] & ~3;
            for (int i = 0; i < 32; i++) {
                c.d[i] = mem.read64(vfp + VFP_FPREGS + 8L * i);
            }
            c.setFpscr(mem.read32(vfp + VFP_FPSCR));
            if (rt) {
                // restore_altstack: do_sigaltstack with the restored sp; its errors are ignored
                long ssSp = mem.read32(sf + UC_STACK + SS_SP) & 0xffffffffL;
                int ssFlags = mem.read32(sf + UC_STACK + SS_FLAGS);
                long ssSize = mem.read32(sf + UC_STACK + SS_SIZE) & 0xffffffffL;
                t.signals.setAltStack(ssSp, ssFlags, ssSize, A32Cpu.addr(c.r[A32Cpu.SP]), MINSIGSTKSZ);
            }
        } catch (GuestFault f) {
            return false;
        }
        return true;
    }
}
