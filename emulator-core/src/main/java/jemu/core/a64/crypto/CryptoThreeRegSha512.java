package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Cryptographic three-register SHA512: {@code 11001110 011 Rm 1 O 00 opcode:2 Rn Rd}. O 0:
 * SHA512H, SHA512H2, SHA512SU1 (FEAT_SHA512), RAX1 (FEAT_SHA3). O 1 is SM3PARTW1/2 and SM4EKEY
 * (FEAT_SM3, FEAT_SM4): not implemented.
 */
final class CryptoThreeRegSha512 {
    private CryptoThreeRegSha512() {}

    static A64Insn decode(int insn) {
        int rm = insn >>> 16 & 31, o = insn >>> 14 & 1, opcode = insn >>> 10 & 3, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (o != 0) {
            return null;
        }
        return switch (opcode) {
            case 0b00 -> new Sha512h(rd, rn, rm);
            case 0b01 -> new Sha512h2(rd, rn, rm);
            case 0b10 -> new Sha512su1(rd, rn, rm);
            default -> new Rax1(rd, rn, rm);
        };
    }

    /** SHA512H Qd, Qn, Vm.2D. */
    static final class Sha512h extends A64Insn {
        private final int d, n, m;

        Sha512h(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            Sha512.sha512h(v[n], v[n + 1], v[m], v[m + 1], v[d], v[d + 1], v, d);
        }
    }

    /** SHA512H2 Qd, Qn, Vm.2D. */
    static final class Sha512h2 extends A64Insn {
        private final int d, n, m;

        Sha512h2(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            Sha512.sha512h2(v[n], v[m], v[m + 1], v[d], v[d + 1], v, d);
        }
    }

    /** SHA512SU1 Vd.2D, Vn.2D, Vm.2D: Vd + sigma1(Vn) + Vm, per doubleword. */
    static final class Sha512su1 extends A64Insn {
        private final int d, n, m;

        Sha512su1(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = v[d] + Sha512.scheduleSigma1(v[n]) + v[m];
            long hi = v[d + 1] + Sha512.scheduleSigma1(v[n + 1]) + v[m + 1];
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** RAX1 Vd.2D, Vn.2D, Vm.2D. */
    static final class Rax1 extends A64Insn {
        private final int d, n, m;

        Rax1(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = Sha512.rax1(v[n], v[m]), hi = Sha512.rax1(v[n + 1], v[m + 1]);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }
}
