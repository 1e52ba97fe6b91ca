package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * SBFM, BFM, UBFM, and so ASR, LSL, LSR (immediate), SXTB/H/W, UXTB/H, SBFX, UBFX, SBFIZ, UBFIZ,
 * BFI, BFXIL.
 *
 * <p>The pseudocode's {@code (top AND NOT(tmask)) OR (bot AND tmask)} for SBFM and UBFM is, for
 * every immr and imms, one left shift that puts bit imms at the top, then one right shift
 * (arithmetic for SBFM, logical for UBFM) that puts the field where it belongs:
 * {@code left = datasize-1 - imms}, and {@code right = left + immr} when {@code imms >= immr}
 * (a field extract, xBFX) or {@code immr - imms - 1} otherwise (a field insert, xBFIZ).
 */
public final class Bitfield {
    private Bitfield() {}

    private static final int SBFM = 0, BFM = 1, UBFM = 2;

    /** sf opc 100110 N immr imms Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int opc = (insn >>> 29) & 3;
        int immN = (insn >>> 22) & 1;
        int immr = (insn >>> 16) & 0x3f;
        int imms = (insn >>> 10) & 0x3f;
        int datasize = sf ? 64 : 32;
        if (opc == 3 || immN != (sf ? 1 : 0) || immr >= datasize || imms >= datasize) {
            return null;
        }
        int d = wz(insn & 31);
        int n = rz((insn >>> 5) & 31);
        if (opc == BFM) {
            BitMasks m = BitMasks.decode(immN, imms, immr, false, datasize);
            long mask = m.wmask() & m.tmask();
            return sf ? new Bfm64(d, rz(insn & 31), n, immr, mask) : new Bfm32(d, rz(insn & 31), n, immr, (int) mask);
        }
        int top = datasize - 1;
        if (imms == top) {
            // ASR, LSR (immediate)
            if (opc == SBFM) {
                return sf ? new AsrImm64(d, n, immr) : new AsrImm32(d, n, immr);
            }
            return sf ? new LsrImm64(d, n, immr) : new LsrImm32(d, n, immr);
        }
        if (opc == UBFM && imms + 1 == immr) {
            // LSL (immediate)
            int shift = top - imms;
            return sf ? new LslImm64(d, n, shift) : new LslImm32(d, n, shift);
        }
        int left = top - imms;
        int right = imms >= immr ? left + immr : immr - imms - 1;
        if (opc == SBFM) {
            return sf ? new Sbfm64(d, n, left, right) : new Sbfm32(d, n, left, right);
        }
        return sf ? new Ubfm64(d, n, left, right) : new Ubfm32(d, n, left, right);
    }

    /** SBFM as two shifts (see the class comment). */
    public static long sbfm64(long x, int left, int right) {
        return x << left >> right;
    }

    public static int sbfm32(int x, int left, int right) {
        return x << left >> right;
    }

    /** UBFM as two shifts (see the class comment). */
    public static long ubfm64(long x, int left, int right) {
        return x << left >>> right;
    }

    public static int ubfm32(int x, int left, int right) {
        return x << left >>> right;
    }

    /** BFM: the bits of {@code mask} (wmask AND tmask) from ROR(src, immr), the others from dst. */
    public static long bfm64(long dst, long src, int immr, long mask) {
        return (dst & ~mask) | (Long.rotateRight(src, immr) & mask);
    }

    public static int bfm32(int dst, int src, int immr, int mask) {
        return (dst & ~mask) | (Integer.rotateRight(src, immr) & mask);
    }

    static final class Sbfm64 extends A64Insn {
        private final int d, n, left, right;

        Sbfm64(int d, int n, int left, int right) {
            this.d = d;
            this.n = n;
            this.left = left;
            this.right = right;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = sbfm64(c.x[n], left, right);
        }
    }

    static final class Sbfm32 extends A64Insn {
        private final int d, n, left, right;

        Sbfm32(int d, int n, int left, int right) {
            this.d = d;
            this.n = n;
            this.left = left;
            this.right = right;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = sbfm32((int) c.x[n], left, right) & 0xffffffffL;
        }
    }

    static final class Ubfm64 extends A64Insn {
        private final int d, n, left, right;

        Ubfm64(int d, int n, int left, int right) {
            this.d = d;
            this.n = n;
            this.left = left;
            this.right = right;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ubfm64(c.x[n], left, right);
        }
    }

    static final class Ubfm32 extends A64Insn {
        private final int d, n, left, right;

        Ubfm32(int d, int n, int left, int right) {
            this.d = d;
            this.n = n;
            this.left = left;
            this.right = right;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ubfm32((int) c.x[n], left, right) & 0xffffffffL;
        }
    }

    /** BFM reads its destination: {@code dRead} is Rd as a source (31 reads zero). */
    static final class Bfm64 extends A64Insn {
        private final int d, dRead, n, immr;
        private final long mask;

        Bfm64(int d, int dRead, int n, int immr, long mask) {
            this.d = d;
            this.dRead = dRead;
            this.n = n;
            this.immr = immr;
            this.mask = mask;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = bfm64(c.x[dRead], c.x[n], immr, mask);
        }
    }

    static final class Bfm32 extends A64Insn {
        private final int d, dRead, n, immr, mask;

        Bfm32(int d, int dRead, int n, int immr, int mask) {
            this.d = d;
            this.dRead = dRead;
            this.n = n;
            this.immr = immr;
            this.mask = mask;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = bfm32((int) c.x[dRead], (int) c.x[n], immr, mask) & 0xffffffffL;
        }
    }

    static final class LslImm64 extends A64Insn {
        private final int d, n, shift;

        LslImm64(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] << shift;
        }
    }

    static final class LslImm32 extends A64Insn {
        private final int d, n, shift;

        LslImm32(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] << shift) & 0xffffffffL;
        }
    }

    static final class LsrImm64 extends A64Insn {
        private final int d, n, shift;

        LsrImm64(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] >>> shift;
        }
    }

    static final class LsrImm32 extends A64Insn {
        private final int d, n, shift;

        LsrImm32(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = (c.x[n] & 0xffffffffL) >>> shift;
        }
    }

    static final class AsrImm64 extends A64Insn {
        private final int d, n, shift;

        AsrImm64(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = c.x[n] >> shift;
        }
    }

    static final class AsrImm32 extends A64Insn {
        private final int d, n, shift;

        AsrImm32(int d, int n, int shift) {
            this.d = d;
            this.n = n;
            this.shift = shift;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = ((int) c.x[n] >> shift) & 0xffffffffL;
        }
    }
}
