package jemu.linux.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link ArmArch}'s fixed answers: what Linux on a Cortex-A15 (QEMU's cortex-a15 MIDR) shows in
 * uname, AT_HWCAP and /proc/cpuinfo (arch/arm/kernel/setup.c c_show), and the Linux 3G/1G layout.
 */
class ArmArchTest {
    private final ArmArch arch = ArmArch.INSTANCE;

    @Test
    void unameAndPlatform() {
        assertEquals("armv7l", arch.unameMachine());
        assertEquals("v7l", arch.platform());
        assertEquals(4, arch.wordSize());
        assertEquals(32, arch.addressBits());
    }

    @Test
    void hwcapIsCortexA15sWithoutSwpAndThumbee() {
        // half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt vfpd32 lpae
        assertEquals(0x1fb0d6L, arch.hwcap());
        assertEquals(0, arch.hwcap2());
    }

    @Test
    void cpuinfoAsLinuxWritesIt() {
        String expected = "processor\t: 0\n"
                + "model name\t: ARMv7 Processor rev 1 (v7l)\n"
                + "BogoMIPS\t: 100.00\n"
                + "Features\t: half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt vfpd32 lpae \n"
                + "CPU implementer\t: 0x41\n"
                + "CPU architecture: 7\n"
                + "CPU variant\t: 0x2\n"
                + "CPU part\t: 0xc0f\n"
                + "CPU revision\t: 1\n\n";
        String twoCpus = arch.cpuinfo(2);
        assertTrue(twoCpus.startsWith(expected), twoCpus);
        assertTrue(twoCpus.contains("processor\t: 1\n"));
        assertTrue(twoCpus.endsWith("Hardware\t: Generic DT based system\nRevision\t: 0000\nSerial\t\t: 0000000000000000\n"));
    }

    @Test
    void layoutBelowTaskSize() {
        assertEquals(0xbf000000L, arch.stackTop());
        assertTrue(arch.mmapTop() < arch.stackTop() - arch.stackSize());
        assertEquals(0x7f550000L, arch.dynamicBase());
        assertTrue(ArmKuser.PAGE >= ArmArch.TASK_SIZE);
    }
}
