package jemu.core.a32.neon;

import static jemu.core.a32.neon.ThreeSameOps.*;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.Lanes;
import jemu.core.a64.simd.Multiply;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FPState;

/**
 * The three-same operations compiled code runs most, each with an {@code exec} of its own: no
 * operation switch on the way (A64 measured the general classes' switch costing more than the
 * operation). A Q register is an even pair of D registers, so the registers of a Q form alias
 * whole or not at all, and writing the low D register first is safe.
 */
final class ThreeSameCommon {
    private ThreeSameCommon() {}

    /** The integer operation's own class, or null when it has none. */
    static A32Insn integer(int op, int size, int d, int n, int m, boolean q) {
        return switch (op) {
            case VADD -> new Vadd(size, d, n, m, q);
            case VSUB -> new Vsub(size, d, n, m, q);
            case VMUL -> new Vmul(size, d, n, m, q);
            case VMLA -> new Vmla(size, d, n, m, q);
            case VAND -> new Vand(size, d, n, m, q);
            case VBIC -> new Vbic(size, d, n, m, q);
            case VORR -> new Vorr(size, d, n, m, q);
            case VORN -> new Vorn(size, d, n, m, q);
            case VEOR -> new Veor(size, d, n, m, q);
            case VBSL -> new Vbsl(size, d, n, m, q);
            case VBIT -> new Vbit(size, d, n, m, q);
            case VBIF -> new Vbif(size, d, n, m, q);
            case VCEQ -> new Vceq(size, d, n, m, q);
            case VTST -> new Vtst(size, d, n, m, q);
            case VCGT_S -> new VcgtS(size, d, n, m, q);
            case VCGT_U -> new VcgtU(size, d, n, m, q);
            case VCGE_S -> new VcgeS(size, d, n, m, q);
            case VCGE_U -> new VcgeU(size, d, n, m, q);
            case VMAX_S -> new VmaxS(size, d, n, m, q);
            case VMAX_U -> new VmaxU(size, d, n, m, q);
            case VMIN_S -> new VminS(size, d, n, m, q);
            case VMIN_U -> new VminU(size, d, n, m, q);
            default -> null;
        };
    }

    /** The floating-point operation's own class, or null when it has none. */
    static A32Insn floating(int op, int d, int n, int m, boolean q) {
        return switch (op) {
            case F_ADD -> new Fadd(d, n, m, q);
            case F_SUB -> new Fsub(d, n, m, q);
            case F_MUL -> new Fmul(d, n, m, q);
            case F_MLA -> new Fmla(d, n, m, q);
            case F_FMA -> new Fma(d, n, m, q);
            default -> null;
        };
    }

    /** Fields of a three-register operation. */
    abstract static class Binary extends A32Insn {
        final int size, d, n, m;
        final boolean q;

        Binary(int size, int d, int n, int m, boolean q) {
            this.size = size;
            this.d = d;
            this.n = n;
            this.m = m;
            this.q = q;
        }
    }


    /** VADD (integer). */
    static final class Vadd extends Binary {
        Vadd(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vadd(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vadd(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vadd(long a, long b, long acc, int size) {
            return Lanes.add(a, b, size);
        }
    }

    /** VSUB (integer). */
    static final class Vsub extends Binary {
        Vsub(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vsub(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vsub(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vsub(long a, long b, long acc, int size) {
            return Lanes.sub(a, b, size);
        }
    }

    /** VMUL (integer). */
    static final class Vmul extends Binary {
        Vmul(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vmul(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vmul(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vmul(long a, long b, long acc, int size) {
            return Multiply.mul(a, b, size);
        }
    }

    /** VMLA (integer). */
    static final class Vmla extends Binary {
        Vmla(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vmla(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vmla(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vmla(long a, long b, long acc, int size) {
            return Lanes.add(acc, Multiply.mul(a, b, size), size);
        }
    }

    /** VAND (register). */
    static final class Vand extends Binary {
        Vand(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vand(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vand(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vand(long a, long b, long acc, int size) {
            return a & b;
        }
    }

    /** VBIC (register). */
    static final class Vbic extends Binary {
        Vbic(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vbic(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vbic(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vbic(long a, long b, long acc, int size) {
            return a & ~b;
        }
    }

    /** VORR (register), and VMOV (register), its alias with Vn = Vm. */
    static final class Vorr extends Binary {
        Vorr(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vorr(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vorr(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vorr(long a, long b, long acc, int size) {
            return a | b;
        }
    }

    /** VORN (register). */
    static final class Vorn extends Binary {
        Vorn(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vorn(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vorn(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vorn(long a, long b, long acc, int size) {
            return a | ~b;
        }
    }

    /** VEOR. */
    static final class Veor extends Binary {
        Veor(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = veor(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = veor(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long veor(long a, long b, long acc, int size) {
            return a ^ b;
        }
    }

    /** VBSL. */
    static final class Vbsl extends Binary {
        Vbsl(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vbsl(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vbsl(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vbsl(long a, long b, long acc, int size) {
            return (acc & a) | (~acc & b);
        }
    }

    /** VBIT. */
    static final class Vbit extends Binary {
        Vbit(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vbit(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vbit(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vbit(long a, long b, long acc, int size) {
            return (acc & ~b) | (a & b);
        }
    }

    /** VBIF. */
    static final class Vbif extends Binary {
        Vbif(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vbif(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vbif(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vbif(long a, long b, long acc, int size) {
            return (acc & b) | (a & ~b);
        }
    }

    /** VCEQ (register, integer). */
    static final class Vceq extends Binary {
        Vceq(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vceq(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vceq(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vceq(long a, long b, long acc, int size) {
            return Lanes.cmeq(a, b, size);
        }
    }

    /** VTST. */
    static final class Vtst extends Binary {
        Vtst(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vtst(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vtst(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vtst(long a, long b, long acc, int size) {
            return Lanes.cmtst(a, b, size);
        }
    }

    /** VCGT (register, signed). */
    static final class VcgtS extends Binary {
        VcgtS(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vcgts(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vcgts(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vcgts(long a, long b, long acc, int size) {
            return Lanes.cmgt(a, b, size);
        }
    }

    /** VCGT (register, unsigned). */
    static final class VcgtU extends Binary {
        VcgtU(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vcgtu(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vcgtu(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vcgtu(long a, long b, long acc, int size) {
            return Lanes.cmhi(a, b, size);
        }
    }

    /** VCGE (register, signed). */
    static final class VcgeS extends Binary {
        VcgeS(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vcges(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vcges(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vcges(long a, long b, long acc, int size) {
            return Lanes.cmge(a, b, size);
        }
    }

    /** VCGE (register, unsigned). */
    static final class VcgeU extends Binary {
        VcgeU(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vcgeu(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vcgeu(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vcgeu(long a, long b, long acc, int size) {
            return Lanes.cmhs(a, b, size);
        }
    }

    /** VMAX (integer, signed). */
    static final class VmaxS extends Binary {
        VmaxS(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vmaxs(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vmaxs(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vmaxs(long a, long b, long acc, int size) {
            return Lanes.smax(a, b, size);
        }
    }

    /** VMAX (integer, unsigned). */
    static final class VmaxU extends Binary {
        VmaxU(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vmaxu(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vmaxu(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vmaxu(long a, long b, long acc, int size) {
            return Lanes.umax(a, b, size);
        }
    }

    /** VMIN (integer, signed). */
    static final class VminS extends Binary {
        VminS(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vmins(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vmins(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vmins(long a, long b, long acc, int size) {
            return Lanes.smin(a, b, size);
        }
    }

    /** VMIN (integer, unsigned). */
    static final class VminU extends Binary {
        VminU(int size, int d, int n, int m, boolean q) {
            super(size, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            r[d] = vminu(r[n], r[m], r[d], size);
            if (q) {
                r[d + 1] = vminu(r[n + 1], r[m + 1], r[d + 1], size);
            }
        }

        private static long vminu(long a, long b, long acc, int size) {
            return Lanes.umin(a, b, size);
        }
    }

    /** VADD (floating point). */
    static final class Fadd extends Binary {
        Fadd(int d, int n, int m, boolean q) {
            super(2, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            r[d] = fadd2(r[n], r[m], r[d], st);
            if (q) {
                r[d + 1] = fadd2(r[n + 1], r[m + 1], r[d + 1], st);
            }
        }

        private static long fadd2(long x, long y, long z, FPState st) {
            return (lane((int) x, (int) y, (int) z, st) & 0xffffffffL)
                    | (long) lane((int) (x >>> 32), (int) (y >>> 32), (int) (z >>> 32), st) << 32;
        }

        private static int lane(int a, int b, int acc, FPState st) {
            return FP32.fpAdd(a, b, st);
        }
    }

    /** VSUB (floating point). */
    static final class Fsub extends Binary {
        Fsub(int d, int n, int m, boolean q) {
            super(2, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            r[d] = fsub2(r[n], r[m], r[d], st);
            if (q) {
                r[d + 1] = fsub2(r[n + 1], r[m + 1], r[d + 1], st);
            }
        }

        private static long fsub2(long x, long y, long z, FPState st) {
            return (lane((int) x, (int) y, (int) z, st) & 0xffffffffL)
                    | (long) lane((int) (x >>> 32), (int) (y >>> 32), (int) (z >>> 32), st) << 32;
        }

        private static int lane(int a, int b, int acc, FPState st) {
            return FP32.fpSub(a, b, st);
        }
    }

    /** VMUL (floating point). */
    static final class Fmul extends Binary {
        Fmul(int d, int n, int m, boolean q) {
            super(2, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            r[d] = fmul2(r[n], r[m], r[d], st);
            if (q) {
                r[d + 1] = fmul2(r[n + 1], r[m + 1], r[d + 1], st);
            }
        }

        private static long fmul2(long x, long y, long z, FPState st) {
            return (lane((int) x, (int) y, (int) z, st) & 0xffffffffL)
                    | (long) lane((int) (x >>> 32), (int) (y >>> 32), (int) (z >>> 32), st) << 32;
        }

        private static int lane(int a, int b, int acc, FPState st) {
            return FP32.fpMul(a, b, st);
        }
    }

    /** VMLA (floating point): product and sum rounded separately. */
    static final class Fmla extends Binary {
        Fmla(int d, int n, int m, boolean q) {
            super(2, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            r[d] = fmla2(r[n], r[m], r[d], st);
            if (q) {
                r[d + 1] = fmla2(r[n + 1], r[m + 1], r[d + 1], st);
            }
        }

        private static long fmla2(long x, long y, long z, FPState st) {
            return (lane((int) x, (int) y, (int) z, st) & 0xffffffffL)
                    | (long) lane((int) (x >>> 32), (int) (y >>> 32), (int) (z >>> 32), st) << 32;
        }

        private static int lane(int a, int b, int acc, FPState st) {
            return FP32.fpAdd(acc, FP32.fpMul(a, b, st), st);
        }
    }

    /** VFMA. */
    static final class Fma extends Binary {
        Fma(int d, int n, int m, boolean q) {
            super(2, d, n, m, q);
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            FPState st = c.fpStandard;
            r[d] = fma2(r[n], r[m], r[d], st);
            if (q) {
                r[d + 1] = fma2(r[n + 1], r[m + 1], r[d + 1], st);
            }
        }

        private static long fma2(long x, long y, long z, FPState st) {
            return (lane((int) x, (int) y, (int) z, st) & 0xffffffffL)
                    | (long) lane((int) (x >>> 32), (int) (y >>> 32), (int) (z >>> 32), st) << 32;
        }

        private static int lane(int a, int b, int acc, FPState st) {
            return FP32.fpMulAdd(acc, a, b, st);
        }
    }
}
