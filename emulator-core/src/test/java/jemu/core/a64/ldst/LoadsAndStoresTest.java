package jemu.core.a64.ldst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Rig;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;

/**
 * The decisions of this package that a reader should see at a glance. Encodings from GNU as
 * 2.40; expected outcomes are what qemu-aarch64 7.2 (-cpu cortex-a72) does, except where the
 * test says jemu is deliberately precise.
 */
class LoadsAndStoresTest {
    private static final long END = A64Rig.DATA + A64Rig.DATA_SIZE;

    @Test
    void laterExtensionsAreUndefined() {
        int[] later = {
            0xc89f7c20, // stllr  x0, [x1]               FEAT_LOR
            0xc8df7c20, // ldlar  x0, [x1]               FEAT_LOR
            0xf8200420, // ldraa  x0, [x1]               FEAT_PAuth
            0x69000440, // stgp   x0, x1, [x2]           FEAT_MTE
            0xd9600020, // ldg    x0, [x1]               FEAT_MTE
            0xd9400020, // ldapur x0, [x1]               FEAT_LRCPC2
            0xd9000020, // stlur  x0, [x1]               FEAT_LRCPC2
            0xf8800c20, // prfm   with pre-index: unallocated
        };
        for (int insn : later) {
            assertNull(LoadsAndStores.decode(insn, 0), String.format("%08x", insn));
        }
        assertNotNull(LoadsAndStores.decode(0xc85f7c20, 0)); // ldxr x0, [x1]
        assertNotNull(LoadsAndStores.decode(0x88dffc20, 0)); // ldar w0, [x1]
    }

    @Test
    void lseAndRcpcAreImplemented() {
        int[] implemented = {
            0xf8bfc020, // ldapr  x0, [x1]               FEAT_LRCPC
            0xc8a07c41, // cas    x0, x1, [x2]           FEAT_LSE
            0x48207c82, // casp   x0, x1, x2, x3, [x4]   FEAT_LSE
            0xf8200041, // ldadd  x0, x1, [x2]           FEAT_LSE
            0xf8208041, // swp    x0, x1, [x2]           FEAT_LSE
            0xf820003f, // stadd  x0, [x1]               FEAT_LSE (ldadd x0, xzr, [x1])
        };
        for (int insn : implemented) {
            assertNotNull(LoadsAndStores.decode(insn, 0), String.format("%08x", insn));
        }
        assertNull(LoadsAndStores.decode(0x48217c82, 0), "casp with odd Rs: unallocated, as in qemu");
        assertNull(LoadsAndStores.decode(0xc8a07841, 0), "cas with Rt2 != 11111: unallocated, as in qemu");
    }

    @Test
    void extendRegForEachOption() {
        long m = 0xffff_ffff_8000_0001L;
        assertEquals(0x4_0000_0008L, ext(m, 0b010, 3)); // UXTW #3
        assertEquals(0xffff_fffc_0000_0008L, ext(m, 0b110, 3)); // SXTW #3
        assertEquals(0xffff_fffc_0000_0008L, ext(m, 0b011, 3)); // LSL #3
        assertEquals(m, ext(m, 0b111, 0)); // SXTX
    }

    private static long ext(long m, int option, int shift) {
        return Address.extendReg(m, Address.extendShift(option), Address.extendMask(option), shift);
    }

    @Test
    void narrowStoreExclusiveAfterWideLoadStoresYetReportsFailure() {
        // qemu keeps no size in its monitor: STXRB compares one byte, and reports success only
        // if the whole recorded value equals that byte.
        try (A64Rig rig = new A64Rig()) {
            rig.mem.write64(A64Rig.DATA, 0x4752_6757_130f_9f52L);
            rig.x(1, A64Rig.DATA).x(3, 0x33);
            int stop = rig.run(
                    0xc85f7c20, // ldxr  x0, [x1]
                    0x08027c23  // stxrb w2, w3, [x1]
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(1, rig.x(2));
            assertEquals(0x4752_6757_130f_9f33L, rig.mem.read64(A64Rig.DATA));
        }
    }

    @Test
    void storeExclusiveWithoutMonitorTouchesNoMemory() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(1, END + 4); // unmapped and misaligned: with no monitor armed, no access is made
            assertEquals(Stop.BREAKPOINT, rig.run(0xc8027c23)); // stxr w2, x3, [x1]
            assertEquals(1, rig.x(2));
        }
    }

    @Test
    void misalignedLoadExclusiveIsAnAlignmentFault() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(1, A64Rig.DATA + 4);
            assertEquals(Stop.FAULT, rig.run(0xc85f7c20)); // ldxr x0, [x1]
            assertEquals(GuestFault.Cause.ALIGNMENT, rig.cpu.fault.cause);
            assertEquals(A64Rig.DATA + 4, rig.cpu.fault.address);
        }
    }

    @Test
    void loadPairOfQRegistersIsPreciseWhenTheSecondFaults() {
        // qemu 7.2 writes q0 before the second load faults; the manual leaves it UNKNOWN, jemu
        // changes nothing.
        try (A64Rig rig = new A64Rig()) {
            rig.x(1, END - 16);
            rig.cpu.v[0] = 0x1111;
            rig.cpu.v[1] = 0x2222;
            assertEquals(Stop.FAULT, rig.run(0xad400420)); // ldp q0, q1, [x1]
            assertEquals(END, rig.cpu.fault.address);
            assertEquals(0x1111, rig.cpu.v[0]);
            assertEquals(0x2222, rig.cpu.v[1]);
            assertEquals(A64Rig.CODE, rig.cpu.pc);
        }
    }

    @Test
    void storeOfQRegisterAcrossThePageEndWritesItsLowHalf() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(1, END - 8);
            rig.cpu.v[0] = 0xa0a0_a0a0_a0a0_a0a0L;
            assertEquals(Stop.FAULT, rig.run(0x3d800020)); // str q0, [x1]
            assertEquals(END, rig.cpu.fault.address);
            assertEquals(0xa0a0_a0a0_a0a0_a0a0L, rig.mem.read64(END - 8));
        }
    }
}
