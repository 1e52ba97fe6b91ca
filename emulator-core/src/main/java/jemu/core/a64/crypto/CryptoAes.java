package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** Cryptographic AES: {@code 01001110 size:2 10100 opcode:5 10 Rn Rd}, size 00. */
final class CryptoAes {
    private CryptoAes() {}

    static A64Insn decode(int insn) {
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31, rn = insn >>> 5 & 31, rd = insn & 31;
        if (size != 0) {
            return null;
        }
        return switch (opcode) {
            case 0b00100 -> new Aese(rd, rn);
            case 0b00101 -> new Aesd(rd, rn);
            case 0b00110 -> new Aesmc(rd, rn);
            case 0b00111 -> new Aesimc(rd, rn);
            default -> null;
        };
    }

    /** AESE: Vd = AESSubBytes(AESShiftRows(Vd EOR Vn)). */
    static final class Aese extends A64Insn {
        private final int d, n;

        Aese(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = v[d] ^ v[n], hi = v[d + 1] ^ v[n + 1];
            v[d] = Aes.subBytesShiftRows(lo, hi, false);
            v[d + 1] = Aes.subBytesShiftRows(lo, hi, true);
        }
    }

    /** AESD: Vd = AESInvSubBytes(AESInvShiftRows(Vd EOR Vn)). */
    static final class Aesd extends A64Insn {
        private final int d, n;

        Aesd(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long lo = v[d] ^ v[n], hi = v[d + 1] ^ v[n + 1];
            v[d] = Aes.invSubBytesShiftRows(lo, hi, false);
            v[d + 1] = Aes.invSubBytesShiftRows(lo, hi, true);
        }
    }

    /** AESMC: Vd = AESMixColumns(Vn); each half is two whole columns. */
    static final class Aesmc extends A64Insn {
        private final int d, n;

        Aesmc(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Aes.mixColumns(v[n]);
            v[d + 1] = Aes.mixColumns(v[n + 1]);
        }
    }

    /** AESIMC: Vd = AESInvMixColumns(Vn). */
    static final class Aesimc extends A64Insn {
        private final int d, n;

        Aesimc(int rd, int rn) {
            this.d = 2 * rd;
            this.n = 2 * rn;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            v[d] = Aes.invMixColumns(v[n]);
            v[d + 1] = Aes.invMixColumns(v[n + 1]);
        }
    }
}
