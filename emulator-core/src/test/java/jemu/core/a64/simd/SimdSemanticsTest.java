package jemu.core.a64.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Decoder;
import jemu.core.arm.fp.FPState;

/**
 * The integer SIMD semantics on values where they are easy to get wrong; every expected value
 * was read from qemu-aarch64 (-cpu cortex-a72) running the instruction named in the comment.
 */
class SimdSemanticsTest {
    @Test
    void swarLanesStayApart() {
        // v0 = 0x0080ff7f01000000, v1 = 0x0081fe7f02000100: lanes where a carry or a borrow would
        // leak into the next one
        long a = 0x0080ff7f01000000L, b = 0x0081fe7f02000100L;
        assertEquals(0xff0000ff00ff00ffL, Lanes.cmeq(a, b, 0)); // cmeq v2.16b, v0.16b, v1.16b
        assertEquals(0x0000ff0000000000L, Lanes.cmhi(a, b, 0)); // cmhi v3.16b, v0.16b, v1.16b
        assertEquals(0x0101fdfe03000100L, Lanes.add(a, b, 1)); // add v4.8h, v0.8h, v1.8h
        assertEquals(0, Lanes.cmge(a, b, 3)); // cmge d5, d0, d1
        assertEquals(-1L, Lanes.cmge(0x8000000000000001L, 0x8000000000000000L, 3));
    }

    @Test
    void unsignedEstimates() {
        // urecpe v2.2s / ursqrte v3.2s, v0 = {0x80000000, 0x3fffffff}: below range gives all ones
        assertEquals(0xffffffffff800000L, Estimates.urecpe(0x3fffffff80000000L));
        assertEquals(0xffffffffb4800000L, Estimates.ursqrte(0x3fffffff80000000L));
    }

    @Test
    void roundingDoublingMultiplySaturates() {
        // sqrdmulh v4.4h, v1.4h, v1.4h: only 0x8000 * 0x8000 saturates (to 0x7fff), and sets QC
        FPState fp = new FPState();
        assertEquals(0x02977ffe20007fffL, Multiply.sqdmulh(0x12347fff40008000L, 0x12347fff40008000L, 1, true, fp));
        assertEquals(FPState.QC, fp.fpsr);
    }

    @Test
    void shiftsByRegister() {
        // srshl d5, d1, d0 and urshl d6, d1, d0 with x = ~0 and a shift of -64: the rounding bit
        // is the top bit, so the unsigned result is 1 and the signed one 0
        assertEquals(0, Saturating.shl(-1L, 0xc0, 3, false, true));
        assertEquals(1, Saturating.shl(-1L, 0xc0, 3, true, true));
        // uqrshl v10.8b, v1.8b, v0.8b
        FPState fp = new FPState();
        assertEquals(0x0104feff0101ffffL, Saturating.qshl(0x80ff7f01fe0280c0L, 0xf9fa0108f8ff0207L, 0, true, true, fp));
        assertEquals(FPState.QC, fp.fpsr);
        // sqshlu b11, b1, #3 of 0xc0 (negative): zero, saturated
        fp = new FPState();
        assertEquals(0, Saturating.qshlImmediate(0xc0, 3, 0, false, true, fp));
        assertEquals(FPState.QC, fp.fpsr);
    }

    @Test
    void expandImmediate() {
        assertEquals(0xff00ff00ff00ff00L, ExpandImm.expand(1, 0b1110, 0xaa)); // movi v7.2d, #0xff00ff00ff00ff00
        assertEquals(0xbff4000000000000L, ExpandImm.expand(1, 0b1111, 0xf4)); // fmov v8.2d, #-1.25
        assertEquals(0xffed0000ffed0000L, ~ExpandImm.expand(1, 0b1101, 0x12)); // mvni v9.4s, #0x12, msl #16
    }

    @Test
    void commonOperationsHaveTheirOwnClasses() {
        assertInstanceOf(CommonInsns.Cmeq.class, A64Decoder.decode(0x6e218c02, 0)); // cmeq v2.16b, v0.16b, v1.16b
        assertInstanceOf(CommonInsns.Umaxp.class, A64Decoder.decode(0x6e22a443, 0)); // umaxp v3.16b, v2.16b, v2.16b
        assertInstanceOf(CommonInsns.Cmeq0.class, A64Decoder.decode(0x4e209825, 0)); // cmeq v5.16b, v1.16b, #0
        assertInstanceOf(WidthInsns.Shrn.class, A64Decoder.decode(0x0f0c8444, 0)); // shrn v4.8b, v2.8h, #4
        assertInstanceOf(LaneInsns.Vector.class, A64Decoder.decode(0x4e210c02, 0)); // sqadd v2.16b, v0.16b, v1.16b
    }
}
