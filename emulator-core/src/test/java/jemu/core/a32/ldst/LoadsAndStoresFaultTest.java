package jemu.core.a32.ldst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;

/**
 * A faulting load or store leaves every register as it was (so that the instruction can be
 * restarted after a handler maps the page), and faults at the address qemu reports: the first
 * inaccessible word. The data page at 0x100000 is the only one mapped, so 0x101000 faults.
 * Encodings from GNU as 2.40; qemu-arm raises the same signals for these (cases.txt, *_fault_*).
 */
class LoadsAndStoresFaultTest {
    private static void assertFault(LdstRig rig, int stop, long address, GuestFault.Access access,
            GuestFault.Cause cause, int[] regsBefore) {
        assertEquals(Stop.FAULT, stop);
        assertEquals(address, rig.cpu.fault.address, "fault address");
        assertEquals(access, rig.cpu.fault.access);
        assertEquals(cause, rig.cpu.fault.cause);
        assertEquals((int) LdstRig.CODE, rig.cpu.pc, "pc at the faulting instruction");
        assertArrayEquals(regsBefore, java.util.Arrays.copyOf(rig.cpu.r, 15), "registers unchanged");
    }

    private static int[] regs(LdstRig rig, int... values) {
        for (int i = 0; i < values.length; i++) {
            rig.cpu.r[i] = values[i];
        }
        return java.util.Arrays.copyOf(rig.cpu.r, 15);
    }

    @Test
    void ldmAcrossIntoAnUnmappedPageWritesNoRegister() {
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 0x100ff8, 1, 2, 3, 4);
            int stop = rig.run(false, 0xe8b0001e); // ldmia r0!, {r1-r4}
            assertFault(rig, stop, 0x101000, GuestFault.Access.READ, GuestFault.Cause.UNMAPPED, before);
        }
    }

    @Test
    void ldrdWhoseSecondWordFaultsWritesNoRegister() {
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 0x100ffc, 1, 2, 3);
            int stop = rig.run(false, 0xe0c020d8); // ldrd r2, r3, [r0], #8
            assertFault(rig, stop, 0x101000, GuestFault.Access.READ, GuestFault.Cause.UNMAPPED, before);
        }
    }

    @Test
    void stmAcrossStoresTheFirstPageAndWritesBackNothing() {
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 0x100ff8, 0x11, 0x22, 0x33, 0x44);
            int stop = rig.run(false, 0xe8a0001e); // stmia r0!, {r1-r4}
            assertFault(rig, stop, 0x101000, GuestFault.Access.WRITE, GuestFault.Cause.UNMAPPED, before);
            // As qemu, which stores word by word: the words before the fault are written.
            assertEquals(0x11, rig.mem.read32(0x100ff8));
            assertEquals(0x22, rig.mem.read32(0x100ffc));
        }
    }

    @Test
    void popWithPcAcrossKeepsSpAndInstructionSet() {
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 7, 8);
            rig.cpu.r[13] = 0x100ffc;
            before[13] = 0x100ffc;
            int stop = rig.run(true, 0xbd03); // pop {r0, r1, pc}
            assertFault(rig, stop, 0x101000, GuestFault.Access.READ, GuestFault.Cause.UNMAPPED, before);
            assertEquals(true, rig.cpu.thumb);
        }
    }

    @Test
    void misalignedLdmAndLdrexdFaultAtTheirAddress() {
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 0x100006);
            int stop = rig.run(false, 0xe8b0001e); // ldmia r0!, {r1-r4}
            assertFault(rig, stop, 0x100006, GuestFault.Access.READ, GuestFault.Cause.ALIGNMENT, before);
        }
        try (LdstRig rig = new LdstRig(1)) {
            int[] before = regs(rig, 0x100004);
            int stop = rig.run(false, 0xe1b02f9f); // ldrexd r2, r3, [r0]
            assertFault(rig, stop, 0x100004, GuestFault.Access.READ, GuestFault.Cause.ALIGNMENT, before);
            assertEquals(-1, rig.cpu.exclusiveAddress);
        }
    }
}
