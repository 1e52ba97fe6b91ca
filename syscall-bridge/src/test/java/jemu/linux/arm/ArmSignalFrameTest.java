package jemu.linux.arm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jemu.core.a32.A32Cpu;
import jemu.core.memory.GuestMemory;
import jemu.linux.FdTable;
import jemu.linux.GuestPaths;
import jemu.linux.GuestProcess;
import jemu.linux.SignalActions;
import jemu.linux.path.PathConfig;
import jemu.linux.signal.SigInfo;

/**
 * {@link ArmSignalFrame} against the layout of arch/arm/kernel/signal.c and the uapi headers:
 * where each field lands in sigframe and rt_sigframe, the handler's entry registers, the
 * sigreturn code, and the round trip through sigreturn/rt_sigreturn; bad frames are refused.
 */
class ArmSignalFrameTest {
    private static final long STACK = 0x100000, STACK_TOP = STACK + 0x10000;
    private GuestMemory mem;
    private GuestProcess process;
    private ArmThread t;

    @BeforeEach
    void setUp() {
        mem = GuestMemory.reserve(ArmArch.INSTANCE.addressBits());
        assertEquals(0, mem.mapAnonymous(STACK, 0x10000, GuestMemory.R | GuestMemory.W, false, "[stack]"));
        process = new GuestProcess(ArmArch.INSTANCE, mem, new FdTable(), new GuestPaths(PathConfig.HOST, 1), 1, null);
        ArmSignalFrame.mapSigpage(process);
        t = new ArmThread(process);
        A32Cpu c = t.cpu;
        for (int i = 0; i < 15; i++) {
            c.r[i] = 0x1000 + i;
        }
        c.r[A32Cpu.SP] = (int) (STACK_TOP - 4); // not 8-aligned: the frame is
        c.pc = 0x8000;
        c.thumb = false;
        c.nzcv = 0xa000_0000;
        c.q = 1;
        c.ge = 5;
        for (int i = 0; i < 32; i++) {
            c.d[i] = 0x0101_0101_0101_0101L * (i + 1);
        }
        c.setFpscr(0x0300_0010); // DN, FZ and IXC
        c.tpidruro = 0x4242;
    }

    @AfterEach
    void tearDown() {
        process.threads.clear();
        mem.release();
    }

    @Test
    void rtFrameForAThumbHandlerHasTheKernelsLayout() {
        A32Cpu c = t.cpu;
        long oldMask = 0x1234_0000_0005L;
        assertTrue(ArmSignalFrame.setup(t, 10, SigInfo.user(10, 0, 1234, 1000), 0x9001, SignalActions.SA_SIGINFO, 0,
                oldMask));
        long frame = (STACK_TOP - 4 - 880) & ~7L;
        long sf = frame + 128;
        // setup_return: r0 = sig, r1 = &info, r2 = &uc, sp = frame, lr = the Thumb rt_sigreturn code + 1
        assertEquals(10, c.r[0]);
        assertEquals((int) frame, c.r[1]);
        assertEquals((int) sf, c.r[2]);
        assertEquals((int) frame, c.r[A32Cpu.SP]);
        assertEquals((int) (process.sigreturnTrampoline + 20 + 1), c.r[A32Cpu.LR]);
        assertEquals(0x9000, c.pc);
        assertTrue(c.thumb);
        assertEquals(0, c.nzcv);
        assertEquals(0, c.q);
        assertEquals(5, c.ge, "GE is not in PSR_f and stays");
        // siginfo, 32-bit layout: si_pid at 12, si_uid at 16
        assertEquals(10, mem.read32(frame));
        assertEquals(0, mem.read32(frame + 8));
        assertEquals(1234, mem.read32(frame + 12));
        assertEquals(1000, mem.read32(frame + 16));
        // ucontext
        assertEquals(0, mem.read32(sf));
        assertEquals(0, mem.read32(sf + 4));
        assertEquals(jemu.linux.GuestThread.SS_DISABLE, mem.read32(sf + 8 + 4));
        // sigcontext: trap_no, error_code, oldmask, r0..r15, cpsr, fault_address
        assertEquals(5, mem.read32(sf + 28));
        for (int i = 0; i < 13; i++) {
            assertEquals(0x1000 + i, mem.read32(sf + 32 + 4 * i));
        }
        assertEquals((int) (STACK_TOP - 4), mem.read32(sf + 32 + 52));
        assertEquals(0x100e, mem.read32(sf + 32 + 56));
        assertEquals(0x8000, mem.read32(sf + 32 + 60));
        assertEquals(0xa805_0010, mem.read32(sf + 96));
        assertEquals(oldMask, mem.read64(sf + 104));
        // uc_regspace: vfp_sigframe, then the end magic
        assertEquals(0x56465001, mem.read32(sf + 232));
        assertEquals(288, mem.read32(sf + 236));
        assertEquals(0x0101_0101_0101_0101L * 4, mem.read64(sf + 232 + 8 + 3 * 8));
        assertEquals(0x0300_0010, mem.read32(sf + 232 + 264));
        assertEquals(0x4000_0000, mem.read32(sf + 232 + 272));
        assertEquals(0, mem.read32(sf + 232 + 288));
        // retcode: Thumb rt_sigreturn, as on the sigpage
        assertEquals(0xdf0027ad, mem.read32(sf + 744));
        assertEquals(0xdf0027ad, mem.read32(process.sigreturnTrampoline + 20));
    }

    @Test
    void rtSigreturnRestoresEverything() {
        A32Cpu c = t.cpu;
        int[] r = c.r.clone();
        long[] d = c.d.clone();
        int cpsr = c.cpsr(), fpscr = c.fpscr();
        assertTrue(ArmSignalFrame.setup(t, 10, SigInfo.user(10, 0, 1, 1), 0x9001, SignalActions.SA_SIGINFO, 0, 0x80L));
        t.setSignalMask(0xffffL);
        for (int i = 0; i < 13; i++) {
            c.r[i] = -1;
        }
        java.util.Arrays.fill(c.d, 7);
        c.setFpscr(0);
        assertTrue(ArmSignalFrame.restore(t, true));
        r[15] = c.r[15];
        assertArrayEquals(r, c.r);
        assertArrayEquals(d, c.d);
        assertEquals(0x8000, c.pc);
        assertFalse(c.thumb);
        assertEquals(cpsr, c.cpsr());
        assertEquals(fpscr, c.fpscr());
        assertEquals(0x80L, t.signalMask);
    }

    @Test
    void nonRtFrameForAnArmHandler() {
        A32Cpu c = t.cpu;
        int[] r = c.r.clone();
        assertTrue(ArmSignalFrame.setup(t, 12, SigInfo.user(12, 0, 1, 1), 0x9000, 0, 0, 0x10L));
        long frame = (STACK_TOP - 4 - 752) & ~7L;
        assertEquals((int) frame, c.r[A32Cpu.SP]);
        assertEquals(12, c.r[0]);
        assertEquals((int) process.sigreturnTrampoline, c.r[A32Cpu.LR]);
        assertEquals(0x9000, c.pc);
        assertFalse(c.thumb);
        assertEquals(0x5ac3c35a, mem.read32(frame));
        assertEquals(0x8000, mem.read32(frame + 32 + 60));
        assertEquals(0xe3a07077, mem.read32(frame + 744));
        assertEquals(0xef900077, mem.read32(frame + 748));
        c.r[0] = 99;
        assertTrue(ArmSignalFrame.restore(t, false));
        r[15] = c.r[15];
        assertArrayEquals(r, c.r);
        assertEquals(0x8000, c.pc);
        assertEquals(0x10L, t.signalMask);
    }

    @Test
    void saRestorerIsTheReturnAddress() {
        assertTrue(ArmSignalFrame.setup(t, 12, SigInfo.user(12, 0, 1, 1), 0x9000,
                SignalActions.SA_SIGINFO | SignalActions.SA_RESTORER, 0x7001, 0));
        assertEquals(0x7001, t.cpu.r[A32Cpu.LR]);
    }

    @Test
    void badFramesAreRefused() {
        A32Cpu c = t.cpu;
        assertTrue(ArmSignalFrame.setup(t, 10, SigInfo.user(10, 0, 1, 1), 0x9000, SignalActions.SA_SIGINFO, 0, 0));
        long sf = A32Cpu.addr(c.r[A32Cpu.SP]) + 128;
        mem.write32(sf + 232, 0); // no VFP magic
        assertFalse(ArmSignalFrame.restore(t, true));
        mem.write32(sf + 232, 0x56465001);
        mem.write32(sf + 96, 0x13); // SVC mode
        assertFalse(ArmSignalFrame.restore(t, true));
        mem.write32(sf + 96, 0x10);
        assertTrue(ArmSignalFrame.restore(t, true));
        c.r[A32Cpu.SP] = (int) STACK + 4; // not 8-aligned
        assertFalse(ArmSignalFrame.restore(t, true));
    }

    @Test
    void faultSiginfoHasItsAddressAt12() {
        assertTrue(ArmSignalFrame.setup(t, 11, SigInfo.fault(11, 1, 0xdeadbeefL), 0x9000, SignalActions.SA_SIGINFO, 0,
                0));
        long frame = A32Cpu.addr(t.cpu.r[1]);
        assertEquals(11, mem.read32(frame));
        assertEquals(1, mem.read32(frame + 8));
        assertEquals(0xdeadbeef, mem.read32(frame + 12));
        assertEquals(0, mem.read32(frame + 16));
    }

    @Test
    void kuserHelpersPage() {
        ArmKuser.map(mem);
        assertEquals(GuestMemory.R | GuestMemory.X, mem.flags(ArmKuser.PAGE) & (GuestMemory.R | GuestMemory.W | GuestMemory.X));
        assertEquals(5, mem.read32(ArmKuser.HELPER_VERSION));
        assertEquals(0xee1d0f70, mem.read32(ArmKuser.GET_TLS)); // mrc p15, 0, r0, c13, c0, 3
        assertEquals(0xe12fff1e, mem.read32(ArmKuser.MEMORY_BARRIER + 4)); // bx lr
    }
}
