package jemu.core.a64.dpimm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** DecodeBitMasks against the immediates GNU as (aarch64-linux-gnu-as 2.40) encoded. */
class BitMasksTest {

    private static long immediate(int insn) {
        boolean sf = insn < 0;
        BitMasks m = BitMasks.decode((insn >>> 22) & 1, (insn >>> 10) & 0x3f, (insn >>> 16) & 0x3f, true, sf ? 64 : 32);
        return m.wmask();
    }

    @Test
    void logicalImmediatesAsTheAssemblerEncodesThem() {
        assertEquals(0xffL, immediate(0x92401c20)); // and x0, x1, #0xff
        assertEquals(0x80000001L, immediate(0x32010462)); // orr w2, w3, #0x80000001
        assertEquals(0x5555555555555555L, immediate(0xd200f0a4)); // eor x4, x5, #0x5555555555555555
        assertEquals(0xfffffffffffffffeL, immediate(0xf27ff8e6)); // ands x6, x7, #0xfffffffffffffffe
        assertEquals(0x0f0f0f0fL, immediate(0x1200cd28)); // and w8, w9, #0xf0f0f0f
        assertEquals(0x00ff000000ff0000L, immediate(0xb2101d6a)); // orr x10, x11, #0xff000000ff0000
        assertEquals(0x8000000000000000L, immediate(0xf241003f)); // tst x1, #0x8000000000000000
    }

    @Test
    void reservedImmediates() {
        assertNull(BitMasks.decode(1, 0b111111, 0, true, 64)); // 64 ones
        assertNull(BitMasks.decode(0, 0b111101, 0, true, 64)); // 2-bit elements of two ones
        assertNull(BitMasks.decode(0, 0b111111, 0, false, 64)); // no element size at all
    }

    @Test
    void bitfieldMasksAllowAllOnes() {
        // UBFM x, x, #0, #63 (LSR #0): both masks all ones.
        BitMasks m = BitMasks.decode(1, 63, 0, false, 64);
        assertEquals(-1L, m.wmask());
        assertEquals(-1L, m.tmask());
    }
}
