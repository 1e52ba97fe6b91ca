package jemu.core.a32.neon;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.Lanes;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPState;

/** A7.4.3 "Two registers and a scalar" (by-element multiplies). */
final class TwoRegistersScalar {
    private TwoRegistersScalar() {}

    /**
     * Decodes the A32 form {@code 1111 001Q 1 D size Vn Vd A N 1 M 0 Vm} (size != 11); null for an
     * unallocated encoding. The scalar is Dm[x]: for 16-bit elements m = Vm<2:0>, x = M:Vm<3>;
     * for 32-bit ones m = Vm, x = M.
     */
    static A32Insn decode(int insn, int pc) {
        boolean u = (insn & (1 << 24)) != 0;
        int a = insn >>> 8 & 0xf, size = insn >>> 20 & 3;
        int d = ThreeSame.vd(insn), n = ThreeSame.vn(insn);
        if (size == 0) {
            return null;
        }
        int vm = insn & 0xf, mbit = insn >>> 5 & 1;
        int m, index;
        if (size == 1) {
            m = vm & 7;
            index = mbit << 1 | vm >>> 3;
        } else {
            m = vm;
            index = mbit;
        }
        int lane = index << (3 + size); // bit position of the scalar in Dm
        boolean fp = a == 0b0001 || a == 0b0101 || a == 0b1001;
        switch (a) {
            case 0b0000, 0b0001, 0b0100, 0b0101, 0b1000, 0b1001, 0b1100, 0b1101 -> {
                // Q = U: Vd and Vn are Q registers when it is set.
                int regs = u ? 2 : 1;
                if (u && ((d | n) & 1) != 0) {
                    return null;
                }
                if (fp) {
                    if (size != 2) {
                        return null;
                    }
                    return switch (a) {
                        case 0b0001 -> new VmlaFloatByScalar(d, n, m, lane, regs);
                        case 0b0101 -> new FloatByScalar(ThreeSameOps.F_MLS, d, n, m, lane, regs);
                        default -> new VmulFloatByScalar(d, n, m, lane, regs);
                    };
                }
                int op = switch (a) {
                    case 0b0000 -> ThreeSameOps.VMLA;
                    case 0b0100 -> ThreeSameOps.VMLS;
                    case 0b1000 -> ThreeSameOps.VMUL;
                    case 0b1100 -> ThreeSameOps.VQDMULH;
                    default -> ThreeSameOps.VQRDMULH;
                };
                return new ByScalar(op, size, d, n, m, lane, regs);
            }
            case 0b0010, 0b0110, 0b1010, 0b0011, 0b0111, 0b1011 -> {
                if ((d & 1) != 0) {
                    return null;
                }
                boolean saturating = (a & 1) != 0;
                if (saturating && u) {
                    return null;
                }
                int op = switch (a) {
                    case 0b0010 -> ThreeDifferentOps.MLA;
                    case 0b0110 -> ThreeDifferentOps.MLS;
                    case 0b1010 -> ThreeDifferentOps.MUL;
                    case 0b0011 -> ThreeDifferentOps.QDMLAL;
                    case 0b0111 -> ThreeDifferentOps.QDMLSL;
                    default -> ThreeDifferentOps.QDMULL;
                };
                return new LongByScalar(op, size, !u, d, n, m, lane);
            }
            default -> {
                return null;
            }
        }
    }

    /** The scalar at bit {@code lane} of {@code dm}, replicated to every lane of {@code 8 << size} bits. */
    static long scalar(long dm, int lane, int size) {
        return Lanes.replicate(dm >>> lane, size);
    }

    /** VMLA, VMLS, VMUL, VQDMULH, VQRDMULH (integer) by scalar. */
    static final class ByScalar extends A32Insn {
        private final int op, size, d, n, m, lane, regs;

        ByScalar(int op, int size, int d, int n, int m, int lane, int regs) {
            this.op = op;
            this.size = size;
            this.d = d;
            this.n = n;
            this.m = m;
            this.lane = lane;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long b = scalar(r[m], lane, size);
            for (int i = 0; i < regs; i++) {
                r[d + i] = ThreeSameOps.integer(op, size, r[n + i], b, r[d + i], c.fp);
            }
        }
    }

    /** VMLA, VMLS, VMUL (floating point) by scalar. */
    static final class FloatByScalar extends A32Insn {
        private final int op, d, n, m, lane, regs;

        FloatByScalar(int op, int d, int n, int m, int lane, int regs) {
            this.op = op;
            this.d = d;
            this.n = n;
            this.m = m;
            this.lane = lane;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long b = scalar(r[m], lane, 2);
            for (int i = 0; i < regs; i++) {
                r[d + i] = ThreeSameOps.fp2(op, r[n + i], b, r[d + i], c.fpStandard);
            }
        }
    }

    /** VMLAL, VMLSL, VMULL, VQDMLAL, VQDMLSL, VQDMULL by scalar: Qd = op(Dn, Dm[x]) widened. */
    static final class LongByScalar extends A32Insn {
        private final int op, size, d, n, m, lane;
        private final boolean signed;

        LongByScalar(int op, int size, boolean signed, int d, int n, int m, int lane) {
            this.op = op;
            this.size = size;
            this.signed = signed;
            this.d = d;
            this.n = n;
            this.m = m;
            this.lane = lane;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long x = r[n];
            long b = Lanes.widen(scalar(r[m], lane, size), size, signed);
            long lo = ThreeDifferentOps.wide(op, size, Lanes.widen(x, size, signed), b, r[d], c.fp);
            long hi = ThreeDifferentOps.wide(op, size, Lanes.widen(x >>> 32, size, signed), b, r[d + 1], c.fp);
            r[d] = lo;
            r[d + 1] = hi;
        }
    }

    /** VMUL (floating point) by scalar, the common one, without the operation switch. */
    static final class VmulFloatByScalar extends A32Insn {
        private final int d, n, m, lane, regs;

        VmulFloatByScalar(int d, int n, int m, int lane, int regs) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.lane = lane;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            int b = (int) (r[m] >>> lane);
            for (int i = 0; i < regs; i++) {
                long x = r[n + i];
                int lo = FP32.fpMul((int) x, b, st);
                int hi = FP32.fpMul((int) (x >>> 32), b, st);
                r[d + i] = (lo & 0xffffffffL) | (long) hi << 32;
            }
        }
    }

    /** VMLA (floating point) by scalar: product and sum rounded separately. */
    static final class VmlaFloatByScalar extends A32Insn {
        private final int d, n, m, lane, regs;

        VmlaFloatByScalar(int d, int n, int m, int lane, int regs) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.lane = lane;
            this.regs = regs;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            int b = (int) (r[m] >>> lane);
            for (int i = 0; i < regs; i++) {
                long x = r[n + i], acc = r[d + i];
                int lo = FP32.fpAdd((int) acc, FP32.fpMul((int) x, b, st), st);
                int hi = FP32.fpAdd((int) (acc >>> 32), FP32.fpMul((int) (x >>> 32), b, st), st);
                r[d + i] = (lo & 0xffffffffL) | (long) hi << 32;
            }
        }
    }
}
