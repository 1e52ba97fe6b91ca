package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.arm.Alu;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/** Memory access and addressing semantics shared by the load/store classes. */
final class Access {
    private Access() {}

    /** Data types of a single load: word, unsigned and signed byte, unsigned and signed halfword. */
    static final int WORD = 0, UBYTE = 1, SBYTE = 2, UHALF = 3, SHALF = 4;

    /** The value a load of {@code type} reads at {@code a}, extended to 32 bits. */
    static int load(GuestMemory m, long a, int type) {
        return switch (type) {
            case WORD -> m.read32(a);
            case UBYTE -> m.read8(a);
            case SBYTE -> (byte) m.read8(a);
            case UHALF -> m.read16(a);
            default -> (short) m.read16(a);
        };
    }

    /** A store of the low {@code size} bytes (1, 2 or 4) of {@code v} at {@code a}. */
    static void store(GuestMemory m, long a, int size, int v) {
        switch (size) {
            case 4 -> m.write32(a, v);
            case 1 -> m.write8(a, v);
            default -> m.write16(a, v);
        }
    }

    /**
     * Shift_C(value, DecodeImmShift(type, imm5)) without the carry out: LSL #0-31, LSR and ASR
     * #1-32 (imm5 0 means 32), ROR #1-31, and RRX (ROR with imm5 0), which shifts in APSR.C.
     */
    static int shiftImm(int x, int type, int imm5, int nzcv) {
        return switch (type) {
            case Alu.LSL -> x << imm5;
            case Alu.LSR -> imm5 == 0 ? 0 : x >>> imm5;
            case Alu.ASR -> x >> (imm5 == 0 ? 31 : imm5);
            default -> imm5 == 0 ? (x >>> 1) | (Alu.carry(nzcv) << 31) : Integer.rotateRight(x, imm5);
        };
    }

    /**
     * A natural-alignment check (LDRD, STRD, LDM, STM, the exclusives, SWP): a misaligned
     * address is a SIGBUS before any access, as in qemu, which checks these with MO_ALIGN.
     */
    static void checkAligned(long a, int bytes, GuestFault.Access access) {
        if ((a & (bytes - 1)) != 0) {
            throw new GuestFault(a, access, GuestFault.Cause.ALIGNMENT);
        }
    }

    /**
     * Writes a loaded value to R{@code r} the way qemu's store_reg does for the forms that are not
     * LoadWritePC (base writeback, LDRD's registers, SWP): R15 is a BranchWritePC.
     */
    static void writeReg(A32Cpu c, int r, int v) {
        if (r == A32Cpu.PC) {
            c.branchWritePc(v);
        } else {
            c.r[r] = v;
        }
    }

    /** The base address an immediate form reads: Align(PC, 4) for R15 (T32 literal forms). */
    static int base(A32Cpu c, int n) {
        int b = c.r[n];
        return n == A32Cpu.PC ? b & ~3 : b;
    }
}
