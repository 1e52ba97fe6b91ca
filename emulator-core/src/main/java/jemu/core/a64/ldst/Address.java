package jemu.core.a64.ldst;

import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/** Address arithmetic and access checks shared by the load/store classes. */
final class Address {
    private Address() {}

    /**
     * ExtendReg(), shared pseudocode, for register-offset addressing, in a branch-free form whose
     * constants come from {@link #extendShift} and {@link #extendMask}: UXTW, SXTW, LSL (UXTX)
     * and SXTX of Rm, then LSL by {@code shift}.
     */
    static long extendReg(long m, int ext, long mask, int shift) {
        return ((m << ext) >> ext & mask) << shift;
    }

    /** The {@code ext} of {@link #extendReg} for {@code option} (010 UXTW, 011 LSL, 110 SXTW, 111 SXTX). */
    static int extendShift(int option) {
        return (option & 1) == 0 ? 32 : 0;
    }

    /** The {@code mask} of {@link #extendReg} for {@code option}. */
    static long extendMask(int option) {
        return option == 0b010 ? 0xffffffffL : -1L;
    }

    /**
     * Alignment check of an access that requires natural alignment (exclusives, acquire/release):
     * a misaligned address is a SIGBUS at that address, untagged (A64 data accesses run with
     * top-byte-ignore), before any other check, as in qemu.
     */
    static void checkAligned(long a, int bytes, GuestFault.Access access) {
        if ((a & (bytes - 1)) != 0) {
            throw new GuestFault(a & GuestMemory.TBI_MASK, access, GuestFault.Cause.ALIGNMENT);
        }
    }

    /**
     * Faults, without changing anything, if any byte of {@code [a, a+len)} (at most one page
     * long) is unreadable: at {@code a} when its page is, otherwise at the start of the next
     * page. These are the addresses at which the element-by-element accesses of a structure load
     * would fault, so the load can then write registers as it reads.
     */
    static void probeRead(GuestMemory m, long a, int len) {
        m.read8(a);
        long last = a + len - 1;
        if (((a ^ last) & ~GuestMemory.PAGE_MASK) != 0) {
            m.read8(last & ~GuestMemory.PAGE_MASK);
        }
    }
}
