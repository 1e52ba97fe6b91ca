package jemu.core.a32.vfp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;

/**
 * One or two VFP instructions each, with the results qemu-arm -cpu cortex-a15 gave for the same
 * starting values (run through the a32-diff harness); the differential tests in
 * {@code jemu.core.a32.diff} cover the encodings at random.
 */
class VfpTest {
    private static int f(float x) {
        return Float.floatToRawIntBits(x);
    }

    private static long d(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Test
    void moveImmediate() {
        try (VfpRig g = new VfpRig()) {
            assertTrue(g.ranToEnd(g.run(0xeeb70a00, 0xeef80b04))); // vmov.f32 s0, #1.0; vmov.f64 d16, #-2.5
            assertEquals(0x3f800000, g.s(0));
            assertEquals(0xc004000000000000L, g.cpu.d[16]);
        }
    }

    @Test
    void flushToZeroSetsIdc() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.setFpscr(1 << 24);
            g.s(1, 1);
            g.s(2, 0x00400000);
            g.s(0, 0x12345678);
            assertTrue(g.ranToEnd(g.run(0xee300a81))); // vadd.f32 s0, s1, s2
            assertEquals(0, g.s(0));
            assertEquals(0x01000080, g.cpu.fpscr());
        }
    }

    @Test
    void toIntegerSaturatesAndRounds() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[1] = d(1e10);
            assertTrue(g.ranToEnd(g.run(0xeebd0bc1))); // vcvt.s32.f64 s0, d1
            assertEquals(0x7fffffff, g.s(0));
            assertEquals(0x00000001, g.cpu.fpscr());
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.setFpscr(1 << 22); // round toward +infinity
            g.s(1, f(2.25f));
            assertTrue(g.ranToEnd(g.run(0xeebc0a60))); // vcvtr.u32.f32 s0, s1
            assertEquals(3, g.s(0));
            assertEquals(0x00400010, g.cpu.fpscr());
        }
    }

    @Test
    void fixedPoint16SaturatesWithIocAlone() {
        try (VfpRig g = new VfpRig()) {
            g.s(0, f(4000.3f));
            assertTrue(g.ranToEnd(g.run(0xeebe0a46))); // vcvt.s16.f32 s0, s0, #4
            assertEquals(0x7fff, g.s(0));
            assertEquals(0x00000001, g.cpu.fpscr());
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[0] = d(-1.5);
            assertTrue(g.ranToEnd(g.run(0xeebf0b67))); // vcvt.u16.f64 d0, d0, #1
            assertEquals(0, g.cpu.d[0]);
            assertEquals(0x00000001, g.cpu.fpscr());
        }
    }

    @Test
    void halfPrecision() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.setFpscr(1 << 26); // AHP: no infinity, so it saturates with IOC
            g.s(1, 0x7f800000);
            g.s(0, 0xaaaabbbb);
            assertTrue(g.ranToEnd(g.run(0xeeb30a60))); // vcvtb.f16.f32 s0, s1
            assertEquals(0xaaaa7fff, g.s(0));
            assertEquals(0x04000001, g.cpu.fpscr());
        }
        try (VfpRig g = new VfpRig()) {
            g.s(1, 0x3c000000);
            assertTrue(g.ranToEnd(g.run(0xeeb20ae0))); // vcvtt.f32.f16 s0, s1
            assertEquals(0x3f800000, g.s(0));
        }
    }

    @Test
    void compareAndFlagsToApsr() {
        try (VfpRig g = new VfpRig()) {
            g.s(0, 0x3f800000);
            g.s(1, 0x7fc00000);
            assertTrue(g.ranToEnd(g.run(0xeeb40ae0, 0xeef1fa10))); // vcmpe.f32 s0, s1; vmrs APSR_nzcv, fpscr
            assertEquals(0x30000000, g.cpu.nzcv);
            assertEquals(0x30000001, g.cpu.fpscr());
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[3] = 0x8000000000000000L;
            assertTrue(g.ranToEnd(g.run(0xeeb53b40, 0xeef1fa10))); // vcmp.f64 d3, #0; vmrs APSR_nzcv, fpscr
            assertEquals(0x60000000, g.cpu.nzcv);
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[15] = 0xa0000000_00000000L;
            assertTrue(g.ranToEnd(g.run(0xee1ffa90))); // vmov r15, s31: the old FMRS to the flags
            assertEquals(0xa0000000, g.cpu.nzcv);
        }
    }

    @Test
    void multiplyAccumulate() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[0] = d(1.0);
            g.cpu.d[1] = d(3.0);
            g.cpu.d[2] = d(0.5);
            assertTrue(g.ranToEnd(g.run(0xee910b42))); // vfnma.f64 d0, d1, d2: -d0 - d1*d2
            assertEquals(0xc004000000000000L, g.cpu.d[0]);
        }
        try (VfpRig g = new VfpRig()) {
            g.s(0, f(2.0f));
            g.s(1, f(1.0f));
            g.s(2, f(3.0f));
            assertTrue(g.ranToEnd(g.run(0xee100ac1))); // vnmla.f32 s0, s1, s2
            assertEquals(0xc0a00000, g.s(0));
        }
    }

    @Test
    void fromUnsigned() {
        try (VfpRig g = new VfpRig()) {
            g.s(3, 0xfffffffe);
            assertTrue(g.ranToEnd(g.run(0xeeb80b61))); // vcvt.f64.u32 d0, s3
            assertEquals(0x41efffffffc00000L, g.cpu.d[0]);
        }
    }

    @Test
    void loadStoreMultiple() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[1] = 0x1111111111111111L; // s2 is its low word
            assertTrue(g.ranToEnd(g.run(0xed2d0a03))); // vpush {s0-s2}
            assertEquals(VfpRig.DATA + 0x7f4, g.cpu.r[13] & 0xffffffffL);
            assertEquals(0x11111111, g.mem.read32(VfpRig.DATA + 0x7fc));
        }
        try (VfpRig g = new VfpRig()) {
            for (int i = 0; i < 5; i++) {
                g.mem.write32(VfpRig.DATA + 0x100 + 4 * i, 0x100 + i);
            }
            g.cpu.r[0] = (int) VfpRig.DATA + 0x100;
            assertTrue(g.ranToEnd(g.run(0xecb00b05))); // fldmiax r0!, {d0-d1}: writeback counts imm8 = 5 words
            assertEquals((int) VfpRig.DATA + 0x114, g.cpu.r[0]);
            assertEquals(0x0000010100000100L, g.cpu.d[0]);
            assertEquals(0x0000010300000102L, g.cpu.d[1]);
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.r[0] = 0x100;
            g.cpu.r[1] = 0x101;
            g.cpu.d[8] = 5;
            assertTrue(g.ranToEnd(g.run(0xec410a10, 0xecbd8b04))); // vmov s0, s1, r0, r1; vpop {d8-d9}
            assertEquals(0x0000010100000100L, g.cpu.d[0]);
            assertEquals(0L, g.cpu.d[8]);
            assertEquals(VfpRig.DATA + 0x810, g.cpu.r[13] & 0xffffffffL);
        }
    }

    @Test
    void misalignedStoreIsSigbus() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.r[0] = (int) VfpRig.DATA + 0x102;
            assertEquals(Stop.FAULT, g.run(0xed800b01)); // vstr d0, [r0, #4]
            assertEquals(GuestFault.Cause.ALIGNMENT, g.cpu.fault.cause);
            assertEquals(VfpRig.DATA + 0x106, g.cpu.fault.address);
            assertEquals((int) VfpRig.CODE, g.cpu.pc);
        }
    }

    @Test
    void coreRegisterTransfers() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[5] = 0x89abcdef01234567L;
            g.cpu.d[0] = 0x8000000000000000L;
            // vmov r0, r1, d5; vmov.s8 r2, d0[7]; vdup.16 q1, r0
            assertTrue(g.ranToEnd(g.run(0xec510b15, 0xee702b70, 0xeea20b30)));
            assertEquals(0x01234567, g.cpu.r[0]);
            assertEquals(0x89abcdef, g.cpu.r[1]);
            assertEquals(0xffffff80, g.cpu.r[2]);
            assertEquals(0x4567456745674567L, g.cpu.d[2]);
            assertEquals(0x4567456745674567L, g.cpu.d[3]);
        }
        try (VfpRig g = new VfpRig()) {
            g.cpu.d[3] = 0x8765432100000000L;
            g.cpu.d[17] = 0x1111111111111111L;
            g.cpu.r[3] = 0xcafef00d;
            assertTrue(g.ranToEnd(g.run(0xeeb32b70, 0xee213b90))); // vmov.u16 r2, d3[3]; vmov.32 d17[1], r3
            assertEquals(0x8765, g.cpu.r[2]);
            assertEquals(0xcafef00d11111111L, g.cpu.d[17]);
        }
    }

    @Test
    void fpscrKeepsWhatCortexA15Has() {
        try (VfpRig g = new VfpRig()) {
            g.cpu.r[0] = 0xffffffff;
            assertTrue(g.ranToEnd(g.run(0xeee10a10, 0xeef11a10))); // vmsr fpscr, r0; vmrs r1, fpscr
            assertEquals(0xfff7009f, g.cpu.r[1]);
        }
    }

    @Test
    void undefinedInUserModeOrOnCortexA15() {
        try (VfpRig g = new VfpRig()) {
            assertEquals(Stop.UNDEFINED, g.run(0xeef00a10)); // vmrs r0, fpsid: privileged since VFPv3
            assertEquals((int) VfpRig.CODE, g.cpu.pc);
        }
        try (VfpRig g = new VfpRig()) {
            assertEquals(Stop.UNDEFINED, g.run(0xeeb20be0)); // vcvtb.f64.f16 d0, s1: ARMv8
            assertEquals((int) VfpRig.CODE, g.cpu.pc);
        }
    }
}
