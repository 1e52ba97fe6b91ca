package jemu.core.a64.atomic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jemu.core.a64.A64Rig;
import jemu.core.memory.GuestFault;

/** The semantics of {@link MemAtomic} at a glance; expected values as qemu-aarch64 7.2 gives them. */
class MemAtomicTest {
    private static final long D = A64Rig.DATA;

    @Test
    void signedMinMaxOfABytesComparesItSignedAndReturnsItZeroExtended() {
        try (A64Rig rig = new A64Rig()) {
            rig.mem.write32(D, 0x11223380);
            // ldsmaxb: 0x80 is -128, so 1 is stored; the old byte comes back as 0x80
            assertEquals(0x80, MemAtomic.memAtomic8(rig.mem, D, MemAtomic.SMAX, 1));
            assertEquals(0x11223301, rig.mem.read32(D), "the other bytes of the word are untouched");
            // ldumaxh: 0x3301 < 0xfffe unsigned, whatever the register holds above 16 bits
            assertEquals(0x3301, MemAtomic.memAtomic16(rig.mem, D, MemAtomic.UMAX, 0x1234fffe));
            assertEquals(0x1122fffe, rig.mem.read32(D));
            assertEquals(0x1122, MemAtomic.memAtomic16(rig.mem, D + 2, MemAtomic.SMIN, 0x8000));
            assertEquals(0x8000fffe, rig.mem.read32(D));
        }
    }

    @Test
    void eachOperation() {
        long old = 0x8000_0000_8000_00f0L, v = 0x0f; // negative in 64 and in 32 bits
        long[] expected = {old + v, old & ~v, old ^ v, old | v, v, old, old, v, v};
        for (int op = MemAtomic.ADD; op <= MemAtomic.SWP; op++) {
            assertEquals(expected[op], MemAtomic.apply64(op, old, v), "op " + op);
            assertEquals((int) expected[op], MemAtomic.apply32(op, (int) old, (int) v), "op " + op + ", 32 bits");
        }
    }

    @Test
    void misalignedIsAnAlignmentFaultAndChangesNothing() {
        try (A64Rig rig = new A64Rig()) {
            rig.mem.write64(D, 0x0102030405060708L);
            GuestFault f = assertThrows(GuestFault.class, () -> MemAtomic.memAtomic32(rig.mem, D + 2, MemAtomic.ADD, 1));
            assertEquals(GuestFault.Cause.ALIGNMENT, f.cause);
            assertEquals(D + 2, f.address);
            assertThrows(GuestFault.class, () -> MemAtomic.memAtomic16(rig.mem, D + 1, MemAtomic.SWP, 0));
            assertThrows(GuestFault.class,
                    () -> MemAtomic.compareAndSwap128(rig.mem, D + 8, 0, 0, 0, 0, new long[2], 0, 1));
            assertEquals(0x0102030405060708L, rig.mem.read64(D));
        }
    }

    @Test
    void pairCompareAndSwapReturnsWhatItFound() {
        try (A64Rig rig = new A64Rig()) {
            rig.mem.write64(D, 1);
            rig.mem.write64(D + 8, 2);
            long[] old = new long[2];
            assertFalse(MemAtomic.compareAndSwap128(rig.mem, D, 1, 3, 5, 6, old, 0, 1));
            assertEquals(1, old[0]);
            assertEquals(2, old[1]);
            assertEquals(1, rig.mem.read64(D), "a failed compare stores nothing");
            assertTrue(MemAtomic.compareAndSwap128(rig.mem, D, 1, 2, 5, 6, old, 0, 1));
            assertEquals(5, rig.mem.read64(D));
            assertEquals(6, rig.mem.read64(D + 8));
        }
    }
}
