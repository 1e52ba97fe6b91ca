package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Cryptographic two-register SHA512: {@code 11001110 11000000 1000 opcode:2 Rn Rd}. SHA512SU0
 * (00); SM4E (01, FEAT_SM4) is not implemented.
 */
final class CryptoTwoRegSha512 {
    private CryptoTwoRegSha512() {}

    static A64Insn decode(int insn) {
        int opcode = insn >>> 10 & 3, rn = insn >>> 5 & 31, rd = insn & 31;
        return opcode == 0b00 ? new Sha512su0(rd, rn) : null;
    }

    /** SHA512SU0 Vd.2D, Vn.2D: low = Vd<63:0> + sigma0(Vd<127:64>), high = Vd<127:64> + sigma0(Vn<63:0>). */
    static final class Sha512su0 extends A64Insn {
        private final int d, n;

        Sha512su0(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long dlo = v[d], dhi = v[d + 1];
            long hi = dhi + Sha512.scheduleSigma0(v[n]);
            v[d] = dlo + Sha512.scheduleSigma0(dhi);
            v[d + 1] = hi;
        }
    }
}
