package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Cryptographic four-register, {@code 11001110 0 Op0:2 Rm 0 Ra Rn Rd}: EOR3 (00) and BCAX (01),
 * FEAT_SHA3; SM3SS1 (10, FEAT_SM3) is not implemented. Also XAR, {@code 11001110 100 Rm imm6 Rn
 * Rd}, the other SHA-3 instruction with an operand beyond three registers.
 */
final class CryptoFourRegister {
    private CryptoFourRegister() {}

    static A64Insn decode(int insn) {
        int op0 = insn >>> 21 & 3, rm = insn >>> 16 & 31, ra = insn >>> 10 & 31, rn = insn >>> 5 & 31,
                rd = insn & 31;
        return switch (op0) {
            case 0b00 -> new Eor3(rd, rn, rm, ra);
            case 0b01 -> new Bcax(rd, rn, rm, ra);
            default -> null;
        };
    }

    static A64Insn xar(int insn) {
        int rm = insn >>> 16 & 31, imm6 = insn >>> 10 & 63, rn = insn >>> 5 & 31, rd = insn & 31;
        return new Xar(rd, rn, rm, imm6);
    }

    /** EOR3 Vd.16B, Vn.16B, Vm.16B, Va.16B. */
    static final class Eor3 extends A64Insn {
        private final int d, n, m, a;

        Eor3(int rd, int rn, int rm, int ra) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
            this.a = 2 * ra;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Sha512.eor3(v[n], v[m], v[a]), hi = Sha512.eor3(v[n + 1], v[m + 1], v[a + 1]);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** BCAX Vd.16B, Vn.16B, Vm.16B, Va.16B. */
    static final class Bcax extends A64Insn {
        private final int d, n, m, a;

        Bcax(int rd, int rn, int rm, int ra) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
            this.a = 2 * ra;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Sha512.bcax(v[n], v[m], v[a]), hi = Sha512.bcax(v[n + 1], v[m + 1], v[a + 1]);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** XAR Vd.2D, Vn.2D, Vm.2D, #imm6. */
    static final class Xar extends A64Insn {
        private final int d, n, m, imm6;

        Xar(int rd, int rn, int rm, int imm6) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
            this.imm6 = imm6;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Sha512.xar(v[n], v[m], imm6), hi = Sha512.xar(v[n + 1], v[m + 1], imm6);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }
}
