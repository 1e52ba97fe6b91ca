package jemu.core.a64;

import jemu.core.arm.Stop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jemu.core.memory.GuestFault;

/** Encodings from GNU as (aarch64-linux-gnu-as 2.40); expected values from the Arm ARM. */
class BranchesExceptionSystemTest {

    @Test
    void branchAndLinkThenReturn() {
        try (A64Rig rig = new A64Rig()) {
            int stop = rig.run(
                    0x94000003, // bl   +12
                    0xd2800020, // mov  x0, #1         (after return)
                    0x14000003, // b    +12            -> the nop, then the end
                    0xd2800041, // mov  x1, #2         (callee)
                    0xd65f03c0, // ret
                    0xd503201f  // nop
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(A64Rig.end(6), rig.cpu.pc);
            assertEquals(1, rig.x(0));
            assertEquals(2, rig.x(1));
            assertEquals(A64Rig.CODE + 4, rig.x(30));
            assertEquals(0xf00d, rig.cpu.stopImmediate);
        }
    }

    @Test
    void compareAndTestBranches() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(2, 0x1_0000_0000L).x(3, 1L << 40);
            int stop = rig.run(
                    0x34000042, // cbz  w2, +8    (w2 == 0: taken)
                    0xd2800020, // mov  x0, #1    skipped
                    0xb4000042, // cbz  x2, +8    (x2 != 0: not taken)
                    0xd2800041, // mov  x1, #2
                    0xb7400043, // tbnz x3, #40, +8 (taken)
                    0xd2800064  // mov  x4, #3    skipped
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(0, rig.x(0));
            assertEquals(2, rig.x(1));
            assertEquals(0, rig.x(4));
        }
    }

    @Test
    void svcStopsAfterTheInstruction() {
        try (A64Rig rig = new A64Rig()) {
            int stop = rig.run(0xd4000001); // svc #0
            assertEquals(Stop.SVC, stop);
            assertEquals(A64Rig.CODE + 4, rig.cpu.pc);
        }
    }

    @Test
    void systemRegisters() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(0, 0x1234).x(1, 0xffff_ffff_ffff_ffffL);
            int stop = rig.run(
                    0xd51bd040, // msr tpidr_el0, x0
                    0xd53bd042, // mrs x2, tpidr_el0
                    0xd51b4201, // msr nzcv, x1
                    0xd53b4203, // mrs x3, nzcv
                    0xd53b00e4, // mrs x4, dczid_el0
                    0xd51b4401, // msr fpcr, x1
                    0xd53b4405  // mrs x5, fpcr
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(0x1234, rig.x(2));
            assertEquals(0xf000_0000L, rig.x(3));
            assertEquals(4, rig.x(4));
            assertEquals(0x07c8_0000L, rig.x(5));
        }
    }

    @Test
    void undefinedAndUnmappedFetch() {
        try (A64Rig rig = new A64Rig()) {
            assertEquals(Stop.UNDEFINED, rig.run(0xd503201f, 0x00000000)); // nop; udf #0
            assertEquals(A64Rig.CODE + 4, rig.cpu.pc);

            rig.x(0, 0x7000_0000L);
            assertEquals(Stop.FAULT, rig.run(0xd61f0000)); // br x0
            assertEquals(0x7000_0000L, rig.cpu.pc);
            assertEquals(GuestFault.Cause.UNMAPPED, rig.cpu.fault.cause);
            assertEquals(GuestFault.Access.EXEC, rig.cpu.fault.access);
        }
    }

    @Test
    void dcZvaZeroesSixtyFourBytes() {
        try (A64Rig rig = new A64Rig()) {
            for (int i = 0; i < 256; i += 8) {
                rig.mem.write64(A64Rig.DATA + i, -1L);
            }
            rig.x(0, A64Rig.DATA + 0x47);
            assertEquals(Stop.BREAKPOINT, rig.run(0xd50b7420)); // dc zva, x0
            assertEquals(-1L, rig.mem.read64(A64Rig.DATA + 0x38));
            assertEquals(0L, rig.mem.read64(A64Rig.DATA + 0x40));
            assertEquals(0L, rig.mem.read64(A64Rig.DATA + 0x78));
            assertEquals(-1L, rig.mem.read64(A64Rig.DATA + 0x80));
        }
    }
}
