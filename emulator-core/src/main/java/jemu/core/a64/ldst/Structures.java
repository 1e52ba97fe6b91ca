package jemu.core.a64.ldst;

import static jemu.core.a64.A64Regs.sp;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.VRegs;
import jemu.core.memory.GuestMemory;

/**
 * Advanced SIMD load/store multiple structures and single structure (Arm ARM C4.1.4), with and
 * without post-index: LD1-LD4 and ST1-ST4 (multiple and one-lane), LD1R-LD4R.
 *
 * <p>The elements are accessed in the manual's order, which is ascending addresses. Loads check
 * the whole range first ({@link Address#probeRead}) and only then write registers, so a fault
 * changes nothing. Stores write element by element with qemu's access sizes (whole 64-bit words
 * for LD1/ST1 of consecutive registers, the element size otherwise), so a store that runs into
 * an unmapped page leaves exactly qemu's part written.
 *
 * <p>Write-back goes to {@code c.x[wb]}: Rn with post-index, else the write sink; the increment
 * is {@code X[m] + imm}, with {@code m} XZR and {@code imm} the transfer size for the immediate
 * form, and {@code imm} 0 for the register form.
 */
final class Structures {
    private Structures() {}

    /**
     * {@code 0 Q 0011000 L 000000 opcode size Rn Rt} and, post-indexed,
     * {@code 0 Q 0011001 L 0 Rm opcode size Rn Rt}.
     */
    static A64Insn multiple(int insn, boolean post) {
        boolean q = (insn & (1 << 30)) != 0;
        boolean load = (insn & (1 << 22)) != 0;
        int opcode = (insn >>> 12) & 15;
        int size = (insn >>> 10) & 3;
        int rt = insn & 31;
        int rpt, selem;
        switch (opcode) {
            case 0b0000 -> { rpt = 1; selem = 4; }
            case 0b0010 -> { rpt = 4; selem = 1; }
            case 0b0100 -> { rpt = 1; selem = 3; }
            case 0b0110 -> { rpt = 3; selem = 1; }
            case 0b0111 -> { rpt = 1; selem = 1; }
            case 0b1000 -> { rpt = 1; selem = 2; }
            case 0b1010 -> { rpt = 2; selem = 1; }
            default -> {
                return null;
            }
        }
        if (size == 3 && !q && selem != 1) {
            return null; // reserved: 1D arrangement of LD2-LD4
        }
        int n = sp((insn >>> 5) & 31);
        int rm = (insn >>> 16) & 31;
        int total = rpt * selem * (q ? 16 : 8);
        int wb = post ? n : A64Cpu.DISCARD;
        int m = post && rm != 31 ? rm : A64Cpu.ZR;
        long imm = post && rm == 31 ? total : 0;
        if (selem == 1) {
            if (rpt == 1) {
                return load ? new Ld1One(rt, q, n, m, imm, wb) : new St1Registers(rt, 1, q, n, m, imm, wb);
            }
            return load ? new Ld1Registers(rt, rpt, q, n, m, imm, wb) : new St1Registers(rt, rpt, q, n, m, imm, wb);
        }
        int esize = 8 << size;
        int elements = (q ? 128 : 64) / esize;
        return load ? new LdnMultiple(rt, selem, esize, elements, q, n, m, imm, wb)
                : new StnMultiple(rt, selem, esize, elements, n, m, imm, wb);
    }

    /**
     * {@code 0 Q 0011010 L R 00000 opcode S size Rn Rt} and, post-indexed,
     * {@code 0 Q 0011011 L R Rm opcode S size Rn Rt}.
     */
    static A64Insn single(int insn, boolean post) {
        int q = (insn >>> 30) & 1;
        boolean load = (insn & (1 << 22)) != 0;
        int r = (insn >>> 21) & 1;
        int opcode = (insn >>> 13) & 7;
        int s = (insn >>> 12) & 1;
        int size = (insn >>> 10) & 3;
        int rt = insn & 31;
        int scale = opcode >>> 1;
        int selem = ((opcode & 1) << 1 | r) + 1;
        boolean replicate = false;
        int index = 0;
        switch (scale) {
            case 3 -> {
                if (!load || s == 1) {
                    return null;
                }
                scale = size;
                replicate = true;
            }
            case 0 -> index = q << 3 | s << 2 | size;
            case 1 -> {
                if ((size & 1) != 0) {
                    return null;
                }
                index = q << 2 | s << 1 | size >>> 1;
            }
            default -> {
                if ((size & 2) != 0) {
                    return null;
                }
                if ((size & 1) == 0) {
                    index = q << 1 | s;
                } else {
                    if (s == 1) {
                        return null;
                    }
                    index = q;
                    scale = 3;
                }
            }
        }
        int n = sp((insn >>> 5) & 31);
        int rm = (insn >>> 16) & 31;
        int esize = 8 << scale;
        int total = selem << scale;
        int wb = post ? n : A64Cpu.DISCARD;
        int m = post && rm != 31 ? rm : A64Cpu.ZR;
        long imm = post && rm == 31 ? total : 0;
        if (replicate) {
            return new LdnReplicate(rt, selem, esize, q == 1, n, m, imm, wb);
        }
        return load ? new LdnLane(rt, selem, esize, index, n, m, imm, wb)
                : new StnLane(rt, selem, esize, index, n, m, imm, wb);
    }

    /** Reads one element of {@code esize} bits, zero-extended. */
    static long readElem(GuestMemory mem, long a, int esize) {
        return switch (esize) {
            case 8 -> mem.read8(a);
            case 16 -> mem.read16(a);
            case 32 -> mem.read32(a) & 0xffffffffL;
            default -> mem.read64(a);
        };
    }

    static void writeElem(GuestMemory mem, long a, int esize, long v) {
        switch (esize) {
            case 8 -> mem.write8(a, (int) v);
            case 16 -> mem.write16(a, (int) v);
            case 32 -> mem.write32(a, (int) v);
            default -> mem.write64(a, v);
        }
    }

    /** Replicate(): {@code esize}-bit element {@code e} repeated through 64 bits. */
    static long replicate(long e, int esize) {
        return switch (esize) {
            case 8 -> e * 0x0101010101010101L;
            case 16 -> e * 0x0001000100010001L;
            case 32 -> e * 0x0000000100000001L;
            default -> e;
        };
    }

    /** Operands shared by every structure access. */
    abstract static class Structure extends A64Insn {
        final int t, n, m, wb;
        final long imm;

        Structure(int t, int n, int m, long imm, int wb) {
            this.t = t;
            this.n = n;
            this.m = m;
            this.imm = imm;
            this.wb = wb;
        }
    }

    /** LD1 of one register: one or two 64-bit reads. */
    static final class Ld1One extends Structure {
        private final boolean q;

        Ld1One(int t, boolean q, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long lo = c.mem.read64(base);
            long hi = q ? c.mem.read64(base + 8) : 0;
            VRegs.set128(c.v, t, lo, hi);
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** LD1 of two to four consecutive registers (modulo 32). */
    static final class Ld1Registers extends Structure {
        private final int rpt, step;
        private final boolean q;

        Ld1Registers(int t, int rpt, boolean q, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.rpt = rpt;
            this.q = q;
            this.step = q ? 16 : 8;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            Address.probeRead(c.mem, base, rpt * step);
            long a = base;
            for (int r = 0; r < rpt; r++) {
                long lo = c.mem.read64(a);
                long hi = q ? c.mem.read64(a + 8) : 0;
                VRegs.set128(c.v, (t + r) & 31, lo, hi);
                a += step;
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** ST1 of one to four consecutive registers: 64-bit stores in ascending order. */
    static final class St1Registers extends Structure {
        private final int rpt;
        private final boolean q;

        St1Registers(int t, int rpt, boolean q, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.rpt = rpt;
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            long a = base;
            for (int r = 0; r < rpt; r++) {
                int v = (t + r) & 31;
                c.mem.write64(a, VRegs.lo(c.v, v));
                a += 8;
                if (q) {
                    c.mem.write64(a, VRegs.hi(c.v, v));
                    a += 8;
                }
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** LD2-LD4 (multiple structures): de-interleaves {@code selem} registers. */
    static final class LdnMultiple extends Structure {
        private final int selem, esize, elements;
        private final boolean q;

        LdnMultiple(int t, int selem, int esize, int elements, boolean q, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.selem = selem;
            this.esize = esize;
            this.elements = elements;
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            int ebytes = esize >>> 3;
            Address.probeRead(c.mem, base, selem * elements * ebytes);
            if (!q) {
                for (int s = 0; s < selem; s++) {
                    VRegs.set64(c.v, (t + s) & 31, 0);
                }
            }
            long a = base;
            for (int e = 0; e < elements; e++) {
                for (int s = 0; s < selem; s++) {
                    VRegs.setElem(c.v, (t + s) & 31, e, esize, readElem(c.mem, a, esize));
                    a += ebytes;
                }
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** ST2-ST4 (multiple structures): interleaves {@code selem} registers, element by element. */
    static final class StnMultiple extends Structure {
        private final int selem, esize, elements;

        StnMultiple(int t, int selem, int esize, int elements, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.selem = selem;
            this.esize = esize;
            this.elements = elements;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            int ebytes = esize >>> 3;
            long a = base;
            for (int e = 0; e < elements; e++) {
                for (int s = 0; s < selem; s++) {
                    writeElem(c.mem, a, esize, VRegs.elem(c.v, (t + s) & 31, e, esize));
                    a += ebytes;
                }
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** LD1-LD4 (single structure): one lane of each register; the other lanes keep their values. */
    static final class LdnLane extends Structure {
        private final int selem, esize, index;

        LdnLane(int t, int selem, int esize, int index, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.selem = selem;
            this.esize = esize;
            this.index = index;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            int ebytes = esize >>> 3;
            Address.probeRead(c.mem, base, selem * ebytes);
            long a = base;
            for (int s = 0; s < selem; s++) {
                VRegs.setElem(c.v, (t + s) & 31, index, esize, readElem(c.mem, a, esize));
                a += ebytes;
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** ST1-ST4 (single structure). */
    static final class StnLane extends Structure {
        private final int selem, esize, index;

        StnLane(int t, int selem, int esize, int index, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.selem = selem;
            this.esize = esize;
            this.index = index;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            int ebytes = esize >>> 3;
            long a = base;
            for (int s = 0; s < selem; s++) {
                writeElem(c.mem, a, esize, VRegs.elem(c.v, (t + s) & 31, index, esize));
                a += ebytes;
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }

    /** LD1R-LD4R: each element replicated through 64 or 128 bits of its register. */
    static final class LdnReplicate extends Structure {
        private final int selem, esize;
        private final boolean q;

        LdnReplicate(int t, int selem, int esize, boolean q, int n, int m, long imm, int wb) {
            super(t, n, m, imm, wb);
            this.selem = selem;
            this.esize = esize;
            this.q = q;
        }

        @Override
        public void exec(A64Cpu c) {
            long base = c.x[n];
            int ebytes = esize >>> 3;
            Address.probeRead(c.mem, base, selem * ebytes);
            long a = base;
            for (int s = 0; s < selem; s++) {
                long r = replicate(readElem(c.mem, a, esize), esize);
                VRegs.set128(c.v, (t + s) & 31, r, q ? r : 0);
                a += ebytes;
            }
            c.x[wb] = base + c.x[m] + imm;
        }
    }
}
