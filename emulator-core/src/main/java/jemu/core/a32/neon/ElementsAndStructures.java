package jemu.core.a32.neon;

import static jemu.core.a32.neon.NeonElements.vd;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.Lanes;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * A7.7 "Advanced SIMD element or structure load/store": VLD1-VLD4, VST1-VST4, all lanes, single
 * lane, multiple structures. {@code 1111 0100 A D L 0 Rn Vd B align Rm}.
 *
 * <p>As in qemu-arm: the alignment the instruction asks for is checked on the base address only
 * (SIGBUS), before any access; elements are accessed in ascending order, the consecutive
 * elements of one register of VLD1/VST1 as one 64-bit access. Loads check that the whole range
 * is readable before writing any register, so a fault changes nothing; stores write element by
 * element, so one that runs into an unmapped page leaves the earlier elements written. Write-back
 * ({@code Rm != 15}) happens last: Rn plus the transfer size ({@code Rm == 13}) or plus Rm.
 *
 * <p>D registers past D31 (UNPREDICTABLE) are, as in qemu-arm, registers the program cannot see:
 * loads to them are dropped, stores from them store zeros (qemu keeps 64 of them, zero unless a
 * load of this kind wrote one). The single-lane forms UNDEF instead, as qemu does.
 */
final class ElementsAndStructures {
    private ElementsAndStructures() {}

    /** nregs, interleave, spacing of the multiple-structure types 0000 to 1010 (qemu's table). */
    private static final int[][] TYPES = {
        {1, 4, 1}, {1, 4, 2}, {4, 1, 1}, {2, 2, 2}, {1, 3, 1}, {1, 3, 2}, {3, 1, 1}, {1, 1, 1}, {1, 2, 1}, {1, 2, 2},
        {2, 1, 1},
    };

    /** Decodes the A32 form {@code 1111 0100 A x L 0 Rn Vd B align Rm}; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        boolean load = (insn & (1 << 21)) != 0;
        int n = (insn >>> 16) & 0xf, rm = insn & 0xf;
        int d = vd(insn);
        if ((insn & (1 << 23)) == 0) {
            return multiple(insn, load, n, rm, d);
        }
        int size = (insn >>> 10) & 3;
        if (size == 3) {
            return load ? allLanes(insn, n, rm, d) : null;
        }
        return singleLane(insn, load, n, rm, d, size);
    }

    private static A32Insn multiple(int insn, boolean load, int n, int rm, int d) {
        int type = (insn >>> 8) & 0xf;
        int size = (insn >>> 6) & 3;
        int align = (insn >>> 4) & 3;
        if (type > 10) {
            return null;
        }
        if ((type & 0xc) == 4 && align >= 2 || (type & 0xc) == 8 && align == 3) {
            return null;
        }
        int[] t = TYPES[type];
        if (size == 3 && (t[1] | t[2]) != 1) {
            return null;
        }
        // 64, 128 or 256 bits; qemu-arm 7.2 checks 256-bit alignment as 128-bit (measured)
        int alignBytes = align == 0 ? 1 : Math.min(1 << (align + 2), 16);
        return new Multiple(load, n, rm, d, t[0], t[1], t[2], size, alignBytes);
    }

    private static A32Insn allLanes(int insn, int n, int rm, int d) {
        int nregs = ((insn >>> 8) & 3) + 1;
        int size = (insn >>> 6) & 3;
        boolean t = (insn & (1 << 5)) != 0;
        boolean a = (insn & (1 << 4)) != 0;
        int alignBytes = 1;
        if (size == 3) {
            if (nregs != 4 || !a) {
                return null;
            }
            size = 2;
            alignBytes = 16;
        } else if (a) {
            switch (nregs) {
                case 1 -> {
                    if (size == 0) {
                        return null;
                    }
                    alignBytes = 1 << size;
                }
                case 2 -> alignBytes = 2 << size;
                case 3 -> {
                    return null;
                }
                default -> alignBytes = size == 2 ? 8 : 4 << size;
            }
        }
        int stride = t ? 2 : 1;
        return new AllLanes(n, rm, d, nregs, size, nregs == 1 ? 1 : stride, nregs == 1 && t, alignBytes);
    }

    private static A32Insn singleLane(int insn, boolean load, int n, int rm, int d, int size) {
        int nregs = ((insn >>> 8) & 3) + 1;
        int indexAlign = (insn >>> 4) & 0xf;
        int index = indexAlign >>> (size + 1);
        int stride = size == 0 ? 1 : (indexAlign & (1 << size)) != 0 ? 2 : 1;
        // the alignment bits of index_align: <0> for sizes 0 and 1, <1:0> for size 2
        int align = indexAlign & (size == 2 ? 3 : 1);
        switch (nregs) {
            case 1:
                // VLD1: index_align<size> must be 0; for size 2, <1:0> is 00 or 11
                if ((indexAlign & (1 << size)) != 0 || size == 2 && (align == 1 || align == 2)) {
                    return null;
                }
                break;
            case 3:
                if ((align & 1) != 0) {
                    return null;
                }
                // fall through
            case 2:
                if (size == 2 && (align & 2) != 0) {
                    return null;
                }
                break;
            default:
                if (size == 2 && align == 3) {
                    return null;
                }
                break;
        }
        if (d + stride * (nregs - 1) > 31) {
            return null; // UNPREDICTABLE; qemu UNDEFs
        }
        int alignBytes = 1;
        if (align != 0) {
            switch (nregs) {
                case 1 -> alignBytes = 1 << size;
                case 2 -> alignBytes = 2 << size;
                default -> alignBytes = size == 2 ? 1 << (size + align) : 4 << size;
            }
        }
        return new SingleLane(load, n, rm, d, nregs, size, index, stride, alignBytes);
    }

    /** Common parts: base, alignment, write-back (possibly to the PC, which ends the block). */
    abstract static class Access extends A32Insn {
        final int n, rm, alignBytes, transfer;

        Access(int n, int rm, int alignBytes, int transfer) {
            this.n = n;
            this.rm = rm;
            this.alignBytes = alignBytes;
            this.transfer = transfer;
        }

        /** A write-back to the PC (UNPREDICTABLE) branches, as in qemu: the only way this ends a block. */
        @Override
        public final boolean endsBlock() {
            return n == 15 && rm != 15;
        }

        /** The base address, checked against the alignment the instruction asks for. */
        final int base(A32Cpu c, GuestFault.Access access) {
            int a = c.r[n];
            if ((a & (alignBytes - 1)) != 0) {
                throw new GuestFault(A32Cpu.addr(a), access, GuestFault.Cause.ALIGNMENT);
            }
            return a;
        }

        final void writeBack(A32Cpu c) {
            if (rm == 15) {
                return;
            }
            int v = c.r[n] + (rm == 13 ? transfer : c.r[rm]);
            if (n == 15) {
                c.branchWritePc(v);
            } else {
                c.r[n] = v;
            }
        }
    }

    /** Faults, changing nothing, if any byte of the {@code len} bytes at {@code a} (len <= 32) is unreadable. */
    static void probeRead(GuestMemory mem, int a, int len) {
        mem.read8(A32Cpu.addr(a));
        int last = a + len - 1;
        if (((a ^ last) & ~(int) GuestMemory.PAGE_MASK) != 0) {
            mem.read8(A32Cpu.addr(last) & ~GuestMemory.PAGE_MASK);
        }
    }

    /** Element {@code e} of {@code 8 << size} bits of D register {@code r}; D32 and above read as zero. */
    static long element(long[] dr, int r, int e, int size) {
        if (r >= 32) {
            return 0;
        }
        int bits = 8 << size;
        return (dr[r] >>> (e * bits)) & (bits == 64 ? -1L : (1L << bits) - 1);
    }

    /** Sets element {@code e} of D register {@code r}; D32 and above are dropped. */
    static void setElement(long[] dr, int r, int e, int size, long v) {
        if (r >= 32) {
            return;
        }
        int bits = 8 << size;
        if (bits == 64) {
            dr[r] = v;
            return;
        }
        long mask = ((1L << bits) - 1) << (e * bits);
        dr[r] = (dr[r] & ~mask) | ((v << (e * bits)) & mask);
    }

    static long read(GuestMemory mem, int a, int size) {
        long x = A32Cpu.addr(a);
        return switch (size) {
            case 0 -> mem.read8(x);
            case 1 -> mem.read16(x);
            case 2 -> mem.read32(x) & 0xffffffffL;
            default -> mem.read64(x);
        };
    }

    static void write(GuestMemory mem, int a, int size, long v) {
        long x = A32Cpu.addr(a);
        switch (size) {
            case 0 -> mem.write8(x, (int) v);
            case 1 -> mem.write16(x, (int) v);
            case 2 -> mem.write32(x, (int) v);
            default -> mem.write64(x, v);
        }
    }

    /** VLD1-VLD4, VST1-VST4 (multiple structures). */
    static final class Multiple extends Access {
        private final boolean load;
        private final int d, nregs, interleave, spacing, size;

        Multiple(boolean load, int n, int rm, int d, int nregs, int interleave, int spacing, int size,
                int alignBytes) {
            super(n, rm, alignBytes, nregs * interleave * 8);
            this.load = load;
            this.d = d;
            this.nregs = nregs;
            this.interleave = interleave;
            this.spacing = spacing;
            // consecutive elements of one register are one 64-bit access
            this.size = interleave == 1 ? 3 : size;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] dr = c.d;
            int a = base(c, load ? GuestFault.Access.READ : GuestFault.Access.WRITE);
            if (load) {
                probeRead(c.mem, a, transfer);
            }
            int ebytes = 1 << size, elements = 8 >> size;
            for (int reg = 0; reg < nregs; reg++) {
                for (int e = 0; e < elements; e++) {
                    for (int xs = 0; xs < interleave; xs++) {
                        int t = d + reg + spacing * xs;
                        if (load) {
                            setElement(dr, t, e, size, read(c.mem, a, size));
                        } else {
                            write(c.mem, a, size, element(dr, t, e, size));
                        }
                        a += ebytes;
                    }
                }
            }
            writeBack(c);
        }
    }

    /** VLD1-VLD4 (single structure to all lanes). */
    static final class AllLanes extends Access {
        private final int d, nregs, size, stride;
        private final boolean both;

        AllLanes(int n, int rm, int d, int nregs, int size, int stride, boolean both, int alignBytes) {
            super(n, rm, alignBytes, nregs << size);
            this.d = d;
            this.nregs = nregs;
            this.size = size;
            this.stride = stride;
            this.both = both;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] dr = c.d;
            int a = base(c, GuestFault.Access.READ);
            probeRead(c.mem, a, transfer);
            int t = d;
            for (int i = 0; i < nregs; i++) {
                long v = Lanes.replicate(read(c.mem, a, size), size);
                if (t < 32) {
                    dr[t] = v;
                }
                if (both && t + 1 < 32) {
                    dr[t + 1] = v;
                }
                t += stride;
                a += 1 << size;
            }
            writeBack(c);
        }
    }

    /** VLD1-VLD4, VST1-VST4 (single structure to one lane). */
    static final class SingleLane extends Access {
        private final boolean load;
        private final int d, nregs, size, index, stride;

        SingleLane(boolean load, int n, int rm, int d, int nregs, int size, int index, int stride,
                int alignBytes) {
            super(n, rm, alignBytes, nregs << size);
            this.load = load;
            this.d = d;
            this.nregs = nregs;
            this.size = size;
            this.index = index;
            this.stride = stride;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] dr = c.d;
            int a = base(c, load ? GuestFault.Access.READ : GuestFault.Access.WRITE);
            if (load) {
                probeRead(c.mem, a, transfer);
            }
            int t = d;
            for (int i = 0; i < nregs; i++) {
                if (load) {
                    setElement(dr, t, index, size, read(c.mem, a, size));
                } else {
                    write(c.mem, a, size, element(dr, t, index, size));
                }
                t += stride;
                a += 1 << size;
            }
            writeBack(c);
        }
    }
}
