package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Cryptographic two-register SHA: {@code 01011110 size:2 10100 opcode:5 10 Rn Rd}, size 00:
 * SHA1H (00000), SHA1SU1 (00001), SHA256SU0 (00010).
 */
final class CryptoTwoRegSha {
    private CryptoTwoRegSha() {}

    static A64Insn decode(int insn) {
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31, rn = insn >>> 5 & 31, rd = insn & 31;
        if (size != 0) {
            return null;
        }
        return switch (opcode) {
            case 0b00000 -> new Sha1h(rd, rn);
            case 0b00001 -> new Sha1su1(rd, rn);
            case 0b00010 -> new Sha256su0(rd, rn);
            default -> null;
        };
    }

    /** SHA1H Sd, Sn: a scalar write, the rest of Vd cleared. */
    static final class Sha1h extends A64Insn {
        private final int d, n;

        Sha1h(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Sha.sha1h((int) v[n]) & 0xffffffffL;
            v[d + 1] = 0;
        }
    }

    /** SHA1SU1 Vd.4S, Vn.4S: T = Vd EOR LSR(Vn, 32), each word rotated left by one. */
    static final class Sha1su1 extends A64Insn {
        private final int d, n;

        Sha1su1(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long nhi = v[n + 1];
            long tlo = v[d] ^ ((v[n] >>> 32) | (nhi << 32)), thi = v[d + 1] ^ (nhi >>> 32);
            v[d] = Sha.sha1su1Half(tlo, 0);
            v[d + 1] = Sha.sha1su1Half(thi, Integer.rotateLeft((int) tlo, 2));
        }
    }

    /** SHA256SU0 Vd.4S, Vn.4S: the first half of the message schedule update. */
    static final class Sha256su0 extends A64Insn {
        private final int d, n;

        Sha256su0(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long dlo = v[d], dhi = v[d + 1];
            // T = Vn<31:0> : Vd<127:32>
            long tlo = (dlo >>> 32) | (dhi << 32), thi = (dhi >>> 32) | (v[n] << 32);
            v[d] = Sha.sha256su0Half(tlo, dlo);
            v[d + 1] = Sha.sha256su0Half(thi, dhi);
        }
    }
}
