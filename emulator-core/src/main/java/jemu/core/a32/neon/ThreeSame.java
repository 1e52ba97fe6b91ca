package jemu.core.a32.neon;

import static jemu.core.a32.neon.ThreeSameOps.*;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** A7.4.1 "Three registers of the same length" (integer and floating point). */
final class ThreeSame {
    private ThreeSame() {}

    /** Dd:Vd, bits 22 and 15..12. */
    static int vd(int insn) {
        return (insn >>> 18 & 0x10) | (insn >>> 12 & 0xf);
    }

    /** N:Vn, bits 7 and 19..16. */
    static int vn(int insn) {
        return (insn >>> 3 & 0x10) | (insn >>> 16 & 0xf);
    }

    /** M:Vm, bits 5 and 3..0. */
    static int vm(int insn) {
        return (insn >>> 1 & 0x10) | (insn & 0xf);
    }

    private static final int[] LOGICAL = {VAND, VBIC, VORR, VORN, VEOR, VBSL, VBIT, VBIF};

    /** Decodes the A32 form {@code 1111 001U 0 D size Vn Vd A N Q M B Vm}; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        boolean u = (insn & (1 << 24)) != 0, q = (insn & (1 << 6)) != 0, b = (insn & (1 << 4)) != 0;
        int a = insn >>> 8 & 0xf, size = insn >>> 20 & 3;
        int d = vd(insn), n = vn(insn), m = vm(insn);
        if (q && ((d | n | m) & 1) != 0) {
            return null;
        }
        int regs = q ? 2 : 1;
        if (a >= 0b1100) {
            return floating(insn, u, q, b, a, d, n, m, regs);
        }
        int s = u ? 1 : 0;
        int op;
        switch (a) {
            case 0b0000 -> op = b ? VQADD_S + s : size == 3 ? -1 : VHADD_S + s;
            case 0b0001 -> op = b ? LOGICAL[(u ? 4 : 0) + size] : size == 3 ? -1 : VRHADD_S + s;
            case 0b0010 -> op = b ? VQSUB_S + s : size == 3 ? -1 : VHSUB_S + s;
            case 0b0011 -> op = size == 3 ? -1 : b ? VCGE_S + s : VCGT_S + s;
            case 0b0100 -> op = b ? VQSHL_S + s : VSHL_S + s;
            case 0b0101 -> op = b ? VQRSHL_S + s : VRSHL_S + s;
            case 0b0110 -> op = size == 3 ? -1 : b ? VMIN_S + s : VMAX_S + s;
            case 0b0111 -> op = size == 3 ? -1 : b ? VABA_S + s : VABD_S + s;
            case 0b1000 -> op = b ? (size == 3 ? -1 : u ? VCEQ : VTST) : u ? VSUB : VADD;
            case 0b1001 -> op = size == 3 ? -1 : !b ? (u ? VMLS : VMLA) : !u ? VMUL : size == 0 ? VMUL_P : -1;
            case 0b1010 -> {
                if (q || size == 3) {
                    return null;
                }
                return new Pairwise(b ? VPMIN_S + s : VPMAX_S + s, size, d, n, m);
            }
            default -> { // 0b1011
                if (b) {
                    return u || q || size == 3 ? null : new Pairwise(VPADD, size, d, n, m);
                }
                op = size == 0 || size == 3 ? -1 : u ? VQRDMULH : VQDMULH;
            }
        }
        if (op < 0) {
            return null;
        }
        if (a == 0b0100 || a == 0b0101) {
            // VSHL Dd, Dm, Dn: the value is Dm, the shift counts Dn.
            return new Lanewise(op, size, d, m, n, regs);
        }
        A32Insn common = ThreeSameCommon.integer(op, size, d, n, m, q);
        return common != null ? common : new Lanewise(op, size, d, n, m, regs);
    }

    /** A = 11xx: the floating-point forms (sz, bit 20, must be 0: single precision only). */
    private static A32Insn floating(int insn, boolean u, boolean q, boolean b, int a, int d, int n, int m, int regs) {
        if ((insn & (1 << 20)) != 0) {
            return null;
        }
        boolean op1 = (insn & (1 << 21)) != 0;
        int op;
        switch (a) {
            case 0b1100 -> op = b && !u ? (op1 ? F_FMS : F_FMA) : -1;
            case 0b1101 -> {
                if (!b) {
                    if (u && !op1) {
                        return q ? null : new FloatPairwise(F_PADD, d, n, m);
                    }
                    op = u ? F_ABD : op1 ? F_SUB : F_ADD;
                } else {
                    op = !u ? (op1 ? F_MLS : F_MLA) : op1 ? -1 : F_MUL;
                }
            }
            case 0b1110 -> {
                if (!b) {
                    op = !u ? (op1 ? -1 : F_CEQ) : op1 ? F_CGT : F_CGE;
                } else {
                    op = !u ? -1 : op1 ? F_ACGT : F_ACGE;
                }
            }
            default -> { // 0b1111
                if (!b) {
                    if (u) {
                        return q ? null : new FloatPairwise(op1 ? F_PMIN : F_PMAX, d, n, m);
                    }
                    op = op1 ? F_MIN : F_MAX;
                } else {
                    op = u ? -1 : op1 ? F_RSQRTS : F_RECPS;
                }
            }
        }
        if (op < 0) {
            return null;
        }
        A32Insn common = ThreeSameCommon.floating(op, d, n, m, q);
        return common != null ? common : new FloatLanewise(op, d, n, m, regs);
    }

    /** Dd = op(Dn, Dm), one or two D registers (a Q register is an even pair, so halves line up). */
    static final class Lanewise extends A32Insn {
        private final int op, size, d, n, m, regs;

        Lanewise(int op, int size, int d, int n, int m, int regs) {
            this.op = op;
            this.size = size;
            this.d = d;
            this.n = n;
            this.m = m;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            for (int i = 0; i < regs; i++) {
                r[d + i] = ThreeSameOps.integer(op, size, r[n + i], r[m + i], r[d + i], c.fp);
            }
        }
    }

    /** VPADD, VPMAX, VPMIN (integer): D registers only. */
    static final class Pairwise extends A32Insn {
        private final int op, size, d, n, m;

        Pairwise(int op, int size, int d, int n, int m) {
            this.op = op;
            this.size = size;
            this.d = d;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            c.d[d] = ThreeSameOps.pairwise(op, size, c.d[n], c.d[m]);
        }
    }

    /** The single-precision forms, lane by lane, rounding through StandardFPSCRValue(). */
    static final class FloatLanewise extends A32Insn {
        private final int op, d, n, m, regs;

        FloatLanewise(int op, int d, int n, int m, int regs) {
            this.op = op;
            this.d = d;
            this.n = n;
            this.m = m;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            for (int i = 0; i < regs; i++) {
                r[d + i] = ThreeSameOps.fp2(op, r[n + i], r[m + i], r[d + i], c.fpStandard);
            }
        }
    }

    /** VPADD, VPMAX, VPMIN (floating point): D registers only. */
    static final class FloatPairwise extends A32Insn {
        private final int op, d, n, m;

        FloatPairwise(int op, int d, int n, int m) {
            this.op = op;
            this.d = d;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            long x = c.d[n], y = c.d[m];
            int lo = ThreeSameOps.fpPairwise(op, (int) x, (int) (x >>> 32), c.fpStandard);
            int hi = ThreeSameOps.fpPairwise(op, (int) y, (int) (y >>> 32), c.fpStandard);
            c.d[d] = (lo & 0xffffffffL) | (long) hi << 32;
        }
    }
}
