package jemu.core.a64.fp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jemu.core.a64.A64Rig;
import jemu.core.arm.Stop;
import jemu.core.arm.fp.FPState;
import org.junit.jupiter.api.Test;

/**
 * A few scalar FP facts where Arm differs from what Java or x86 would give. Expected values
 * are qemu-aarch64's (-cpu cortex-a72) for the same instruction words.
 */
class FloatingPointTest {
    private static final int FMOV_D0_1 = 0x1e6e1000; // fmov d0, #1.0
    private static final int FMOV_D1_3 = 0x1e611001; // fmov d1, #3.0
    private static final int FDIV_D2_D0_D1 = 0x1e611802; // fdiv d2, d0, d1
    private static final int FDIV_D5_D4_D4 = 0x1e641885; // fdiv d5, d4, d4
    private static final int FADD_D7_D6_D0 = 0x1e6028c7; // fadd d7, d6, d0
    private static final int FCVTZS_W26_D8 = 0x1e78011a; // fcvtzs w26, d8

    private static long d(A64Rig rig, int n) {
        return rig.cpu.v[2 * n];
    }

    @Test
    void divisionRoundsInTheFpcrMode() {
        try (A64Rig rig = new A64Rig()) {
            assertEquals(Stop.BREAKPOINT, rig.run(FMOV_D0_1, FMOV_D1_3, FDIV_D2_D0_D1));
            assertEquals(0x3fd5555555555555L, d(rig, 2));
            assertEquals(FPState.IXC, rig.cpu.fp.fpsr);
            rig.cpu.fp.fpcr = FPState.RP << FPState.RMODE_SHIFT;
            rig.cpu.fp.fpsr = 0;
            rig.run(FMOV_D0_1, FMOV_D1_3, FDIV_D2_D0_D1);
            assertEquals(0x3fd5555555555556L, d(rig, 2));
        }
    }

    @Test
    void defaultNaNIsPositive() {
        try (A64Rig rig = new A64Rig()) {
            rig.run(FDIV_D5_D4_D4); // 0/0
            assertEquals(0x7ff8000000000000L, d(rig, 5));
            assertEquals(FPState.IOC, rig.cpu.fp.fpsr);
        }
    }

    @Test
    void signallingNaNIsQuietedKeepingItsPayload() {
        try (A64Rig rig = new A64Rig()) {
            rig.cpu.v[12] = 0x7ff0000000000001L; // d6
            rig.run(FMOV_D0_1, FADD_D7_D6_D0);
            assertEquals(0x7ff8000000000001L, d(rig, 7));
            assertEquals(FPState.IOC, rig.cpu.fp.fpsr);
        }
    }

    @Test
    void conversionSaturatesWithInvalidOperation() {
        try (A64Rig rig = new A64Rig()) {
            rig.cpu.v[16] = Double.doubleToRawLongBits(1e10); // d8
            rig.run(FCVTZS_W26_D8);
            assertEquals(0x7fffffffL, rig.x(26));
            assertEquals(FPState.IOC, rig.cpu.fp.fpsr);
        }
    }
}
