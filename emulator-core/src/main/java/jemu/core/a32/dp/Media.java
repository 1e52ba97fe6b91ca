package jemu.core.a32.dp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * The single-register "media" instructions of both instruction sets: saturation, saturating
 * arithmetic, SEL, USAD8, packing, extension, reversal, CLZ, bitfields, and the moves of an
 * immediate (MOVW, MOVT, and ADR, whose value is known at decode time).
 */
final class Media {
    private Media() {}

    /** MOVW, ADR and the other constant results: {@code d = imm}. */
    static final class MovImm extends A32Insn {
        private final int d, imm;

        MovImm(int d, int imm) {
            this.d = d;
            this.imm = imm;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = imm;
        }
    }

    /** MOVT: the top halfword. */
    static final class Movt extends A32Insn {
        private final int d, imm16;

        Movt(int d, int imm16) {
            this.d = d;
            this.imm16 = imm16;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = (c.r[d] & 0xffff) | imm16 << 16;
        }
    }

    /** ADDW, SUBW, ADD/SUB (SP plus immediate) and the T16 immediate additions without flags: {@code d = n + imm}. */
    static final class AddImm extends A32Insn {
        private final int d, n, imm;

        AddImm(int d, int n, int imm) {
            this.d = d;
            this.n = n;
            this.imm = imm;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = c.r[n] + imm;
        }
    }

    /** QADD, QSUB, QDADD, QDSUB: Rm +/- Rn (doubled, saturating, for QD*), saturated; Q on saturation. */
    static final class QAddSub extends A32Insn {
        private final int d, m, n;
        private final boolean sub, doubling;

        QAddSub(int d, int m, int n, boolean sub, boolean doubling) {
            this.d = d;
            this.m = m;
            this.n = n;
            this.sub = sub;
            this.doubling = doubling;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[m], y = c.r[n];
            if (doubling) {
                if (Saturation.qaddQ(y, y)) {
                    c.q = 1;
                }
                y = Saturation.qadd(y, y);
            }
            if (sub ? Saturation.qsubQ(x, y) : Saturation.qaddQ(x, y)) {
                c.q = 1;
            }
            c.r[d] = sub ? Saturation.qsub(x, y) : Saturation.qadd(x, y);
        }
    }

    /** SSAT, USAT: Rn shifted (LSL or ASR by an immediate), saturated to {@code sat} bits; Q on saturation. */
    static final class Sat extends A32Insn {
        private final int d, n, sat;
        private final boolean asr, unsigned;
        private final int amount;

        Sat(int d, int n, int sat, boolean asr, int amount, boolean unsigned) {
            this.d = d;
            this.n = n;
            this.sat = sat;
            this.asr = asr;
            this.amount = amount;
            this.unsigned = unsigned;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = asr ? c.r[n] >> Math.min(amount, 31) : c.r[n] << amount;
            if (unsigned ? Saturation.unsignedSatQ(x, sat) : Saturation.signedSatQ(x, sat)) {
                c.q = 1;
            }
            c.r[d] = unsigned ? Saturation.unsignedSat(x, sat) : Saturation.signedSat(x, sat);
        }
    }

    /** SSAT16, USAT16: each signed halfword saturated to {@code sat} bits; Q on saturation. */
    static final class Sat16 extends A32Insn {
        private final int d, n, sat;
        private final boolean unsigned;

        Sat16(int d, int n, int sat, boolean unsigned) {
            this.d = d;
            this.n = n;
            this.sat = sat;
            this.unsigned = unsigned;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n];
            int lo = (short) x, hi = x >> 16;
            boolean q;
            int r;
            if (unsigned) {
                q = Saturation.unsignedSatQ(lo, sat) || Saturation.unsignedSatQ(hi, sat);
                r = (Saturation.unsignedSat(lo, sat) & 0xffff) | Saturation.unsignedSat(hi, sat) << 16;
            } else {
                q = Saturation.signedSatQ(lo, sat) || Saturation.signedSatQ(hi, sat);
                r = (Saturation.signedSat(lo, sat) & 0xffff) | Saturation.signedSat(hi, sat) << 16;
            }
            if (q) {
                c.q = 1;
            }
            c.r[d] = r;
        }
    }

    /** SEL: each byte from Rn where its GE bit is set, else from Rm. */
    static final class Sel extends A32Insn {
        private final int d, n, m;

        Sel(int d, int n, int m) {
            this.d = d;
            this.n = n;
            this.m = m;
        }

        /** The byte mask GE<3:0> selects. */
        static int geMask(int ge) {
            return ((ge & 1) != 0 ? 0xff : 0) | ((ge & 2) != 0 ? 0xff00 : 0) | ((ge & 4) != 0 ? 0xff0000 : 0)
                    | ((ge & 8) != 0 ? 0xff000000 : 0);
        }

        @Override
        public void exec(A32Cpu c) {
            int mask = geMask(c.ge);
            c.r[d] = (c.r[n] & mask) | (c.r[m] & ~mask);
        }
    }

    /** USAD8, USADA8: the sum of absolute differences of the unsigned bytes, plus Ra. */
    static final class Usad8 extends A32Insn {
        private final int d, n, m, a;

        Usad8(int d, int n, int m, int a) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.a = a;
        }

        static int usad8(int x, int y) {
            int sum = 0;
            for (int i = 0; i < 32; i += 8) {
                sum += Math.abs((x >>> i & 0xff) - (y >>> i & 0xff));
            }
            return sum;
        }

        @Override
        public void exec(A32Cpu c) {
            int r = usad8(c.r[n], c.r[m]);
            c.r[d] = a < 0 ? r : r + c.r[a];
        }
    }

    /** PKHBT (Rn's bottom, Rm LSL's top) and PKHTB (Rn's top, Rm ASR's bottom; ASR #32 as #31). */
    static final class Pkh extends A32Insn {
        private final int d, n, m, amount;
        private final boolean tb;

        Pkh(int d, int n, int m, int amount, boolean tb) {
            this.d = d;
            this.n = n;
            this.m = m;
            this.amount = tb && amount == 0 ? 31 : amount;
            this.tb = tb;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = tb ? (c.r[n] & 0xffff0000) | (c.r[m] >> amount & 0xffff)
                    : (c.r[n] & 0xffff) | (c.r[m] << amount & 0xffff0000);
        }
    }

    /** Extension kinds. */
    static final int SXTB = 0, SXTH = 1, SXTB16 = 2, UXTB = 3, UXTH = 4, UXTB16 = 5;

    /** SXTB, SXTH, SXTB16, UXTB, UXTH, UXTB16 of Rm rotated right by {@code rotation}, plus Rn unless {@code n < 0}. */
    static final class Extend extends A32Insn {
        private final int kind, d, n, m, rotation;

        Extend(int kind, int d, int n, int m, int rotation) {
            this.kind = kind;
            this.d = d;
            this.n = n;
            this.m = m;
            this.rotation = rotation;
        }

        static int extend(int kind, int x) {
            return switch (kind) {
                case SXTB -> (byte) x;
                case SXTH -> (short) x;
                case UXTB -> x & 0xff;
                case UXTH -> x & 0xffff;
                case SXTB16 -> ((byte) x & 0xffff) | (byte) (x >>> 16) << 16;
                default -> x & 0x00ff00ff;
            };
        }

        @Override
        public void exec(A32Cpu c) {
            int x = extend(kind, Integer.rotateRight(c.r[m], rotation));
            if (n >= 0) {
                int y = c.r[n];
                x = kind == SXTB16 || kind == UXTB16 ? ((y + x) & 0xffff) | ((y >>> 16) + (x >>> 16)) << 16 : y + x;
            }
            c.r[d] = x;
        }
    }

    /** Reversal and counting kinds. */
    static final int REV = 0, REV16 = 1, REVSH = 2, RBIT = 3, CLZ = 4;

    /** REV, REV16, REVSH, RBIT, CLZ of Rm. */
    static final class Reverse extends A32Insn {
        private final int kind, d, m;

        Reverse(int kind, int d, int m) {
            this.kind = kind;
            this.d = d;
            this.m = m;
        }

        static int reverse(int kind, int x) {
            return switch (kind) {
                case REV -> Integer.reverseBytes(x);
                case REV16 -> jemu.core.arm.Alu.rev16x32(x);
                case REVSH -> (short) (x << 8 | (x >>> 8 & 0xff));
                case RBIT -> Integer.reverse(x);
                default -> Integer.numberOfLeadingZeros(x);
            };
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[d] = reverse(kind, c.r[m]);
        }
    }

    /** SBFX, UBFX: {@code width} bits of Rn from {@code lsb}, sign- or zero-extended. */
    static final class Bfx extends A32Insn {
        private final int d, n, left, right;
        private final boolean signed;

        Bfx(int d, int n, int lsb, int width, boolean signed) {
            this.d = d;
            this.n = n;
            this.left = 32 - lsb - width;
            this.right = 32 - width;
            this.signed = signed;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n] << left;
            c.r[d] = signed ? x >> right : x >>> right;
        }
    }

    /** BFI (Rn's low bits into bits msb..lsb of Rd) and BFC ({@code n < 0}: zeros). */
    static final class Bfi extends A32Insn {
        private final int d, n, lsb, mask;

        Bfi(int d, int n, int lsb, int msb) {
            this.d = d;
            this.n = n;
            this.lsb = lsb;
            this.mask = (int) ((1L << (msb + 1)) - (1L << lsb));
        }

        @Override
        public void exec(A32Cpu c) {
            int x = n < 0 ? 0 : c.r[n] << lsb;
            c.r[d] = (c.r[d] & ~mask) | (x & mask);
        }
    }
}
