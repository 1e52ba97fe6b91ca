package jemu.core.a32.dp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * Multiplies and divides (A32 A5.2.5, A5.2.7, A5.4.4; T32 A6.3.16, A6.3.17). An accumulator
 * register of -1 means none (MUL, SMULxy, SMUAD, SMMUL...). Two-register results write the low
 * word first, so RdLo == RdHi (UNPREDICTABLE) leaves the high word, as in QEMU.
 */
final class Multiply {
    private Multiply() {}

    /** Bottom or top signed halfword of {@code x}. */
    static int half(int x, boolean top) {
        return top ? x >> 16 : (short) x;
    }

    /** MUL, MLA, MLS; MULS sets N and Z only. */
    static final class Mul extends A32Insn {
        private final int d, n, m, a;
        private final boolean sub, s;

        Mul(int d, int n, int m, int a, boolean sub, boolean s) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
            this.sub = sub;
            this.s = s;
        }

        @Override
        public void exec(A32Cpu c) {
            int p = c.r[n] * c.r[m];
            int r = a < 0 ? p : sub ? c.r[a] - p : c.r[a] + p;
            if (s) {
                c.nzcv = (r & AluOps.N) | (r == 0 ? AluOps.Z : 0) | (c.nzcv & (AluOps.C | AluOps.V));
            }
            c.r[d] = r;
        }
    }

    /** UMULL, UMLAL, SMULL, SMLAL; the S forms set N and Z of the 64-bit result. */
    static final class MulLong extends A32Insn {
        private final int dLo, dHi, n, m;
        private final boolean signed, accumulate, s;

        MulLong(int dLo, int dHi, int n, int m, boolean signed, boolean accumulate, boolean s) {
            this.dLo = dLo;
            this.dHi = dHi;
            this.n = n;
            this.m = m;
            this.signed = signed;
            this.accumulate = accumulate;
            this.s = s;
        }

        @Override
        public void exec(A32Cpu c) {
            long r = signed ? (long) c.r[n] * c.r[m] : (c.r[n] & 0xffffffffL) * (c.r[m] & 0xffffffffL);
            if (accumulate) {
                r += (long) c.r[dHi] << 32 | (c.r[dLo] & 0xffffffffL);
            }
            if (s) {
                c.nzcv = ((int) (r >>> 32) & AluOps.N) | (r == 0 ? AluOps.Z : 0) | (c.nzcv & (AluOps.C | AluOps.V));
            }
            c.r[dLo] = (int) r;
            c.r[dHi] = (int) (r >>> 32);
        }
    }

    /** UMAAL: Rn * Rm + RdLo + RdHi, unsigned. */
    static final class Umaal extends A32Insn {
        private final int dLo, dHi, n, m;

        Umaal(int dLo, int dHi, int n, int m) {
            this.dLo = dLo;
            this.dHi = dHi;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            long r = (c.r[n] & 0xffffffffL) * (c.r[m] & 0xffffffffL) + (c.r[dLo] & 0xffffffffL) + (c.r[dHi] & 0xffffffffL);
            c.r[dLo] = (int) r;
            c.r[dHi] = (int) (r >>> 32);
        }
    }

    /** SMLA&lt;x&gt;&lt;y&gt; (Q on overflow of the accumulation) and SMUL&lt;x&gt;&lt;y&gt;. */
    static final class Smlaxy extends A32Insn {
        private final int d, n, m, a;
        private final boolean nTop, mTop;

        Smlaxy(int d, int n, int m, int a, boolean nTop, boolean mTop) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
            this.nTop = nTop;
            this.mTop = mTop;
        }

        @Override
        public void exec(A32Cpu c) {
            int p = half(c.r[n], nTop) * half(c.r[m], mTop);
            if (a >= 0) {
                int x = c.r[a];
                if (Saturation.qaddQ(p, x)) {
                    c.q = 1;
                }
                p += x;
            }
            c.r[d] = p;
        }
    }

    /** SMLAW&lt;y&gt; (Q on overflow) and SMULW&lt;y&gt;: bits 47..16 of Rn * half(Rm), plus Ra. */
    static final class Smlawy extends A32Insn {
        private final int d, n, m, a;
        private final boolean mTop;

        Smlawy(int d, int n, int m, int a, boolean mTop) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
            this.mTop = mTop;
        }

        @Override
        public void exec(A32Cpu c) {
            int p = (int) (((long) c.r[n] * half(c.r[m], mTop)) >> 16);
            if (a >= 0) {
                int x = c.r[a];
                if (Saturation.qaddQ(p, x)) {
                    c.q = 1;
                }
                p += x;
            }
            c.r[d] = p;
        }
    }

    /** SMLAL&lt;x&gt;&lt;y&gt;: a 64-bit accumulation, no flags. */
    static final class Smlalxy extends A32Insn {
        private final int dLo, dHi, n, m;
        private final boolean nTop, mTop;

        Smlalxy(int dLo, int dHi, int n, int m, boolean nTop, boolean mTop) {
            this.dLo = dLo;
            this.dHi = dHi;
            this.n = n;
            this.m = m;
            this.nTop = nTop;
            this.mTop = mTop;
        }

        @Override
        public void exec(A32Cpu c) {
            long r = (long) half(c.r[n], nTop) * half(c.r[m], mTop) + ((long) c.r[dHi] << 32 | (c.r[dLo] & 0xffffffffL));
            c.r[dLo] = (int) r;
            c.r[dHi] = (int) (r >>> 32);
        }
    }

    /** SMLAD, SMLSD, SMUAD, SMUSD (X: Rm's halves swapped); Q when the exact sum overflows 32 bits. */
    static final class Smlad extends A32Insn {
        private final int d, n, m, a;
        private final boolean swap, sub;

        Smlad(int d, int n, int m, int a, boolean swap, boolean sub) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
            this.swap = swap;
            this.sub = sub;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n];
            int y = swap ? Integer.rotateRight(c.r[m], 16) : c.r[m];
            long p1 = (short) x * (short) y, p2 = (x >> 16) * (y >> 16);
            long r = (sub ? p1 - p2 : p1 + p2) + (a < 0 ? 0 : c.r[a]);
            if (r != (int) r) {
                c.q = 1;
            }
            c.r[d] = (int) r;
        }
    }

    /** SMLALD, SMLSLD (X: Rm's halves swapped): 64-bit, no flags. */
    static final class Smlald extends A32Insn {
        private final int dLo, dHi, n, m;
        private final boolean swap, sub;

        Smlald(int dLo, int dHi, int n, int m, boolean swap, boolean sub) {
            this.dLo = dLo;
            this.dHi = dHi;
            this.n = n;
            this.m = m;
            this.swap = swap;
            this.sub = sub;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n];
            int y = swap ? Integer.rotateRight(c.r[m], 16) : c.r[m];
            long p1 = (short) x * (short) y, p2 = (x >> 16) * (y >> 16);
            long r = (sub ? p1 - p2 : p1 + p2) + ((long) c.r[dHi] << 32 | (c.r[dLo] & 0xffffffffL));
            c.r[dLo] = (int) r;
            c.r[dHi] = (int) (r >>> 32);
        }
    }

    /**
     * SMMLA, SMMLS, SMMUL (R: rounded): the top word of Ra:0 +/- Rn * Rm. With Ra = PC, QEMU
     * multiplies only, for SMMLS too ({@code a < 0} here).
     */
    static final class Smmla extends A32Insn {
        private final int d, n, m, a;
        private final boolean sub, round;

        Smmla(int d, int n, int m, int a, boolean sub, boolean round) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
            this.sub = sub;
            this.round = round;
        }

        @Override
        public void exec(A32Cpu c) {
            long p = (long) c.r[n] * c.r[m];
            long r = a < 0 ? p : sub ? ((long) c.r[a] << 32) - p : ((long) c.r[a] << 32) + p;
            if (round) {
                r += 0x8000_0000L;
            }
            c.r[d] = (int) (r >>> 32);
        }
    }

    /** SDIV, UDIV: division by zero gives 0. */
    static final class Div extends A32Insn {
        private final int d, n, m;
        private final boolean signed;

        Div(int d, int n, int m, boolean signed) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.signed = signed;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = signed ? jemu.core.arm.Alu.sdiv32(c.r[n], c.r[m]) : jemu.core.arm.Alu.udiv32(c.r[n], c.r[m]);
        }
    }
}
