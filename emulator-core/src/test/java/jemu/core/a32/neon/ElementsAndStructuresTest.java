package jemu.core.a32.neon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * What the differential tests cannot show of the element and structure loads/stores: the
 * engine's conventions (a fault changes no register; a write-back to the PC ends the block) and
 * the registers past D31. Their values against qemu are in {@code a32.diff.DiffNeon*Test}.
 */
class ElementsAndStructuresTest {
    private static final long DATA = 0x100000;
    private final GuestMemory mem = GuestMemory.reserve(32);
    private final A32Cpu c = new A32Cpu(mem);

    ElementsAndStructuresTest() {
        mem.mapAnonymous(DATA, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "data");
        for (int i = 0; i < 32; i++) {
            c.d[i] = 0x1111111111111111L * (i % 15 + 1);
        }
    }

    @AfterEach
    void release() {
        mem.release();
    }

    private static A32Insn decode(int word) {
        A32Insn insn = AdvancedSimd.a32ElementOrStructure(word, 0x8000);
        assertNotNull(insn);
        return insn;
    }

    @Test
    void loadRunningIntoAnUnmappedPageChangesNothing() {
        int end = (int) (DATA + GuestMemory.PAGE_SIZE);
        c.r[0] = end - 8; // VLD4.8 {d0-d3}, [r0]! reads 32 bytes: 24 of them past the page
        long[] before = c.d.clone();
        GuestFault f = assertThrows(GuestFault.class, () -> decode(0xf420000d).exec(c));
        assertEquals(end & 0xffffffffL, f.address);
        assertEquals(GuestFault.Access.READ, f.access);
        assertArrayEquals(before, c.d);
        assertEquals(end - 8, c.r[0]);
    }

    @Test
    void alignmentFaultBeforeAnyAccess() {
        c.r[0] = (int) DATA + 8; // VLD1.64 {d28-d31}, [r0 :256]
        long[] before = c.d.clone();
        GuestFault f = assertThrows(GuestFault.class, () -> decode(0xf460c2ff).exec(c));
        assertEquals(GuestFault.Cause.ALIGNMENT, f.cause);
        assertArrayEquals(before, c.d);
    }

    @Test
    void postIndexToThePcEndsTheBlock() {
        // VLD1.8 {d0}, [pc], r1: UNPREDICTABLE; qemu loads from PC+8, then branches to PC+8+r1
        A32Insn insn = decode(0xf42f0701);
        assertTrue(insn.endsBlock());
        mem.write64(DATA + 0x40, 0x0123456789abcdefL);
        c.r[15] = (int) DATA + 0x40;
        c.r[1] = 0x100;
        insn.exec(c);
        assertEquals(0x0123456789abcdefL, c.d[0]);
        assertEquals((int) DATA + 0x140, c.pc);
        assertFalse(decode(0xf42f070f).endsBlock()); // no write-back
    }

    @Test
    void registersPastD31AreDroppedOnLoadAndStoreZeros() {
        // VLD1.64 {d30-d33}, [r0] then VST1.64 {d30-d33}, [r1]
        for (int i = 0; i < 32; i++) {
            mem.write8(DATA + i, i + 1);
        }
        c.r[0] = (int) DATA;
        c.r[1] = (int) DATA + 0x100;
        decode(0xf460e2cf).exec(c);
        assertEquals(0x0807060504030201L, c.d[30]);
        assertEquals(0x100f0e0d0c0b0a09L, c.d[31]);
        decode(0xf441e2cf).exec(c);
        assertEquals(0x0807060504030201L, mem.read64(DATA + 0x100));
        assertEquals(0L, mem.read64(DATA + 0x110));
        assertEquals(0L, mem.read64(DATA + 0x118));
    }
}
