package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * Cryptographic three-register SHA: {@code 01011110 size:2 0 Rm 0 opcode:3 00 Rn Rd}, size 00.
 * Opcodes 000-011 are SHA-1 (FEAT_SHA1), 100-110 SHA-256 (FEAT_SHA256).
 */
final class CryptoThreeRegSha {
    private CryptoThreeRegSha() {}

    static A64Insn decode(int insn) {
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 12 & 7, rn = insn >>> 5 & 31,
                rd = insn & 31;
        if (size != 0) {
            return null;
        }
        return switch (opcode) {
            case 0b000 -> new Sha1Hash(Sha.CHOOSE, rd, rn, rm);
            case 0b001 -> new Sha1Hash(Sha.PARITY, rd, rn, rm);
            case 0b010 -> new Sha1Hash(Sha.MAJORITY, rd, rn, rm);
            case 0b011 -> new Sha1su0(rd, rn, rm);
            case 0b100 -> new Sha256Hash(true, rd, rn, rm);
            case 0b101 -> new Sha256Hash(false, rd, rn, rm);
            case 0b110 -> new Sha256su1(rd, rn, rm);
            default -> null;
        };
    }

    /** SHA1C, SHA1P, SHA1M Qd, Sn, Vm.4S. */
    static final class Sha1Hash extends A64Insn {
        private final int function, d, n, m;

        Sha1Hash(int function, int rd, int rn, int rm) {
            this.function = function;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            Sha.sha1hash(function, v[d], v[d + 1], (int) v[n], v[m], v[m + 1], v, d);
        }
    }

    /** SHA1SU0: Vd = (Vn<63:0> : Vd<127:64>) EOR Vd EOR Vm. */
    static final class Sha1su0 extends A64Insn {
        private final int d, n, m;

        Sha1su0(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long dlo = v[d], dhi = v[d + 1];
            long lo = dhi ^ dlo ^ v[m], hi = v[n] ^ dhi ^ v[m + 1];
            v[d] = lo;
            v[d + 1] = hi;
        }
    }

    /** SHA256H Qd, Qn, Vm.4S (X = Vd, Y = Vn) and SHA256H2 Qd, Qn, Vm.4S (X = Vn, Y = Vd). */
    static final class Sha256Hash extends A64Insn {
        private final boolean part1;
        private final int d, n, m;

        Sha256Hash(boolean part1, int rd, int rn, int rm) {
            this.part1 = part1;
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            int x = part1 ? d : n, y = part1 ? n : d;
            Sha.sha256hash(v[x], v[x + 1], v[y], v[y + 1], v[m], v[m + 1], part1, v, d);
        }
    }

    /** SHA256SU1 Vd.4S, Vn.4S, Vm.4S: the second half of the message schedule update. */
    static final class Sha256su1 extends A64Insn {
        private final int d, n, m;

        Sha256su1(int rd, int rn, int rm) {
            this.d = 2 * rd;
            this.n = 2 * rn;
            this.m = 2 * rm;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            long nlo = v[n], nhi = v[n + 1], mlo = v[m], mhi = v[m + 1];
            // T0 = Vm<31:0> : Vn<127:32>; T1 = Vm<127:64>, then the result's low half
            long t0lo = (nlo >>> 32) | (nhi << 32), t0hi = (nhi >>> 32) | (mlo << 32);
            long lo = Sha.sha256su1Half(mhi, v[d], t0lo);
            long hi = Sha.sha256su1Half(lo, v[d + 1], t0hi);
            v[d] = lo;
            v[d + 1] = hi;
        }
    }
}
