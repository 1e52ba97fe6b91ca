package jemu.core.a64.dpimm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Rig;
import jemu.core.arm.Stop;

/** Encodings from GNU as 2.40; expected values from the same code run by qemu-aarch64 7.2 -cpu cortex-a72. */
class DataProcessingImmediateTest {

    @Test
    void movesBitfieldsAndExtract() {
        try (A64Rig rig = new A64Rig()) {
            rig.x(0, 0x8123456789abcdefL);
            int stop = rig.run(
                    0xd29bde01, // mov   x1, #0xdef0
                    0xf2b35781, // movk  x1, #0x9abc, lsl #16
                    0xf2cacf01, // movk  x1, #0x5678, lsl #32
                    0xf2e24681, // movk  x1, #0x1234, lsl #48
                    0xd3484c02, // ubfx  x2, x0, #8, #12
                    0x937c1c03, // sbfiz x3, x0, #4, #8
                    0x92800009, // mov   x9, #-1
                    0xb3701c09, // bfi   x9, x0, #16, #8
                    0x528acf04, // mov   w4, #0x5678
                    0x72a24684, // movk  w4, #0x1234, lsl #16
                    0x33042c04, // bfxil w4, w0, #4, #8
                    0x93401c0a, // sxtb  x10, w0
                    0x131f7c06, // asr   w6, w0, #31
                    0x93c0f00b, // ror   x11, x0, #60
                    0x12a24688  // mov   w8, #0xedcbffff (movn)
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals(0x123456789abcdef0L, rig.x(1));
            assertEquals(0x0000000000000bcdL, rig.x(2));
            assertEquals(0xfffffffffffffef0L, rig.x(3));
            assertEquals(0xffffffffffefffffL, rig.x(9));
            assertEquals(0x00000000123456deL, rig.x(4));
            assertEquals(0xffffffffffffffefL, rig.x(10));
            assertEquals(0x00000000ffffffffL, rig.x(6));
            assertEquals(0x123456789abcdef8L, rig.x(11));
            assertEquals(0x00000000edcbffffL, rig.x(8));
        }
    }

    @Test
    void addressOfThePage() {
        try (A64Rig rig = new A64Rig()) {
            int stop = rig.run(
                    0xd503201f, // nop
                    0xf00002a0, // adrp x0, . + 0x57000 (page of the instruction, + 0x57 pages)
                    0x10000041  // adr  x1, . + 8
            );
            assertEquals(Stop.BREAKPOINT, stop);
            assertEquals((A64Rig.CODE + 4 & ~0xfffL) + 0x57000, rig.x(0));
            assertEquals(A64Rig.CODE + 8 + 8, rig.x(1));
        }
    }
}
