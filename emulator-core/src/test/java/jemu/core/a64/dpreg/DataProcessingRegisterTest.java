package jemu.core.a64.dpreg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Rig;
import jemu.core.arm.Stop;

/** Encodings from GNU as 2.40; expected values from the same code run by qemu-aarch64 7.2 -cpu cortex-a72. */
class DataProcessingRegisterTest {

    @Test
    void flagsDivisionAndLeadingSignBits() {
        try (A64Rig rig = new A64Rig()) {
            int stop = rig.run(
                    0x92800009, // mov  x9, #-1
                    0xb1000523, // adds x3, x9, #1
                    0xd53b4201, // mrs  x1, nzcv
                    0xb2407bea, // mov  x10, #0x7fffffff
                    0x3100055f, // cmn  w10, #1
                    0xd53b4202, // mrs  x2, nzcv
                    0xd280000b, // mov  x11, #0
                    0xd28000ac, // mov  x12, #5
                    0x9acb0984, // udiv x4, x12, x11
                    0xd280002d, // mov  x13, #1
                    0xd34101ad, // lsl  x13, x13, #63
                    0x9280000e, // mov  x14, #-1
                    0x9ace0da5, // sdiv x5, x13, x14
                    0x9acb0d86, // sdiv x6, x12, x11
                    0x928000cf, // mov  x15, #-7
                    0xd2800050, // mov  x16, #2
                    0x9ad00de7, // sdiv x7, x15, x16
                    0xd2801ff1, // mov  x17, #0xff
                    0xdac01620, // cls  x0, x17
                    0x92800031, // mov  x17, #-2
                    0xdac01628  // cls  x8, x17
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(0x60000000L, rig.x(1));
            assertEquals(0x90000000L, rig.x(2));
            assertEquals(0, rig.x(3));
            assertEquals(0, rig.x(4));
            assertEquals(0x8000000000000000L, rig.x(5));
            assertEquals(0, rig.x(6));
            assertEquals(-3, rig.x(7));
            assertEquals(0x37, rig.x(0));
            assertEquals(0x3e, rig.x(8));
        }
    }
}
