package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/** MADD, MSUB (and MUL, MNEG), SMADDL, SMSUBL, UMADDL, UMSUBL (and xMULL, xMNEGL), SMULH, UMULH. */
final class DataProcessing3Source {
    private DataProcessing3Source() {}

    /** sf op54 11011 op31 Rm o0 Ra Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int op54 = (insn >>> 29) & 3;
        int op31 = (insn >>> 21) & 7;
        boolean o0 = (insn & (1 << 15)) != 0;
        int m = rz((insn >>> 16) & 31);
        int ra = (insn >>> 10) & 31;
        int a = rz(ra);
        int n = rz((insn >>> 5) & 31);
        int d = wz(insn & 31);
        if (op54 != 0 || (!sf && op31 != 0)) {
            return null;
        }
        return switch (op31) {
            case 0b000 -> {
                if (o0) {
                    yield sf ? new Msub64(d, n, m, a) : new Msub32(d, n, m, a);
                }
                if (ra == 31) {
                    yield sf ? new Mul64(d, n, m) : new Mul32(d, n, m);
                }
                yield sf ? new Madd64(d, n, m, a) : new Madd32(d, n, m, a);
            }
            case 0b001 -> o0 ? new Smsubl(d, n, m, a) : new Smaddl(d, n, m, a);
            case 0b101 -> o0 ? new Umsubl(d, n, m, a) : new Umaddl(d, n, m, a);
            // Ra should be 31 (the manual's (1)(1)(1)(1)(1)); qemu ignores it, and so do we.
            case 0b010 -> o0 ? null : new Smulh(d, n, m);
            case 0b110 -> o0 ? null : new Umulh(d, n, m);
            default -> null;
        };
    }

    abstract static class ThreeSource extends A64Insn {
        final int d, n, m, a;

        ThreeSource(int d, int n, int m, int a) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
        }
    }

    static final class Madd64 extends ThreeSource {
        Madd64(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] + c.x[n] * c.x[m];
        }
    }

    static final class Madd32 extends ThreeSource {
        Madd32(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[a] + (int) c.x[n] * (int) c.x[m]) & 0xffffffffL;
        }
    }

    static final class Msub64 extends ThreeSource {
        Msub64(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] - c.x[n] * c.x[m];
        }
    }

    static final class Msub32 extends ThreeSource {
        Msub32(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[a] - (int) c.x[n] * (int) c.x[m]) & 0xffffffffL;
        }
    }

    /** MUL: MADD with XZR as the addend. */
    static final class Mul64 extends ThreeSource {
        Mul64(int d, int n, int m) {
            super(d, n, m, A64Cpu.ZR);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] * c.x[m];
        }
    }

    static final class Mul32 extends ThreeSource {
        Mul32(int d, int n, int m) {
            super(d, n, m, A64Cpu.ZR);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] * (int) c.x[m]) & 0xffffffffL;
        }
    }

    static final class Smaddl extends ThreeSource {
        Smaddl(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] + (long) (int) c.x[n] * (int) c.x[m];
        }
    }

    static final class Smsubl extends ThreeSource {
        Smsubl(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] - (long) (int) c.x[n] * (int) c.x[m];
        }
    }

    static final class Umaddl extends ThreeSource {
        Umaddl(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] + (c.x[n] & 0xffffffffL) * (c.x[m] & 0xffffffffL);
        }
    }

    static final class Umsubl extends ThreeSource {
        Umsubl(int d, int n, int m, int a) {
            super(d, n, m, a);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[a] - (c.x[n] & 0xffffffffL) * (c.x[m] & 0xffffffffL);
        }
    }

    static final class Smulh extends ThreeSource {
        Smulh(int d, int n, int m) {
            super(d, n, m, A64Cpu.ZR);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.smulh(c.x[n], c.x[m]);
        }
    }

    static final class Umulh extends ThreeSource {
        Umulh(int d, int n, int m) {
            super(d, n, m, A64Cpu.ZR);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.umulh(c.x[n], c.x[m]);
        }
    }
}
