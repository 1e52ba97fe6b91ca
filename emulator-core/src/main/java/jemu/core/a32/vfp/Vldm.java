package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * VLDM and VSTM (VPUSH and VPOP, FLDMX and FSTMX), increment after or decrement before, with
 * optional writeback. {@code imm8} words are counted for the address arithmetic (FLDMX/FSTMX
 * have an odd imm8 and transfer one word less); every access is checked before any register
 * or memory changes, as jemu's engine requires of every instruction. QEMU differs when a list
 * runs into an inaccessible page: it transfers in order, so the registers loaded (or the words
 * stored) before the faulting word are changed when the SIGSEGV arrives; the fault address is
 * the same.
 */
final class Vldm extends A32Insn {
    private final int first, count, rn, imm8;
    private final boolean load, dbl, decrement, writeback;

    Vldm(boolean load, int first, int count, boolean dbl, int rn, int imm8, boolean decrement, boolean writeback) {
        this.load = load;
        this.first = first;
        this.count = count;
        this.dbl = dbl;
        this.rn = rn;
        this.imm8 = imm8;
        this.decrement = decrement;
        this.writeback = writeback;
    }

    /** The base register's value; R15 reads as Align(PC, 4), as T32 literal addressing has it. */
    static int base(A32Cpu c, int rn) {
        int b = c.r[rn];
        return rn == 15 ? b & ~3 : b;
    }

    /** Word alignment, which VLDR, VSTR, VLDM and VSTM require (SIGBUS, as in QEMU). */
    static void checkAligned(long a, GuestFault.Access access) {
        if ((a & 3) != 0) {
            throw new GuestFault(a, access, GuestFault.Cause.ALIGNMENT);
        }
    }

    /** Faults, before anything changes, at the first of {@code words} words from {@code a} that cannot be accessed. */
    static void probe(GuestMemory m, int a, int words, boolean write) {
        int prot = write ? GuestMemory.W : GuestMemory.R;
        if (m.isAccessible(A32Cpu.addr(a), words * 4L, prot)) {
            return;
        }
        for (int i = 0; i < words; i++) {
            long w = A32Cpu.addr(a + 4 * i);
            if (!m.isAccessible(w, 4, prot)) {
                if (write) {
                    m.write32(w, 0);
                } else {
                    m.read32(w);
                }
            }
        }
    }

    @Override
    public void exec(A32Cpu c) {
        int b = base(c, rn);
        int start = decrement ? b - 4 * imm8 : b;
        checkAligned(A32Cpu.addr(start), load ? GuestFault.Access.READ : GuestFault.Access.WRITE);
        int words = dbl ? 2 * count : count;
        GuestMemory m = c.mem;
        probe(m, start, words, !load);
        int a = start;
        for (int i = 0; i < count; i++) {
            if (dbl) {
                long lo = A32Cpu.addr(a), hi = A32Cpu.addr(a + 4);
                if (load) {
                    c.d[first + i] = m.read32(lo) & 0xffffffffL | (long) m.read32(hi) << 32;
                } else {
                    long v = c.d[first + i];
                    m.write32(lo, (int) v);
                    m.write32(hi, (int) (v >>> 32));
                }
                a += 8;
            } else {
                if (load) {
                    VfpRegs.setS(c, first + i, m.read32(A32Cpu.addr(a)));
                } else {
                    m.write32(A32Cpu.addr(a), VfpRegs.s(c, first + i));
                }
                a += 4;
            }
        }
        if (writeback) {
            c.r[rn] = decrement ? start : b + 4 * imm8;
        }
    }
}
