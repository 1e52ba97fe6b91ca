package jemu.core.a64.crypto;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/**
 * The cryptographic groups of "Data Processing -- Scalar Floating-Point and Advanced SIMD"
 * (Arm ARM C4.1.6): a word is matched against each group's fixed bits (none overlaps another, nor
 * an Advanced SIMD group). PMULL with 64-bit elements is part of the Advanced SIMD three
 * different group and comes here through {@link #pmull64}.
 */
public final class Cryptographic {
    private Cryptographic() {}

    /** Decodes {@code insn}; null when it is in no cryptographic group or is unallocated there. */
    public static A64Insn decode(int insn, long pc) {
        if (is(insn, 0x4e280800, 0xff3e0c00)) {
            return CryptoAes.decode(insn);
        }
        if (is(insn, 0x5e000000, 0xff208c00)) {
            return CryptoThreeRegSha.decode(insn);
        }
        if (is(insn, 0x5e280800, 0xff3e0c00)) {
            return CryptoTwoRegSha.decode(insn);
        }
        if (is(insn, 0xce608000, 0xffe0b000)) {
            return CryptoThreeRegSha512.decode(insn);
        }
        if (is(insn, 0xcec08000, 0xfffff000)) {
            return CryptoTwoRegSha512.decode(insn);
        }
        if (is(insn, 0xce000000, 0xff808000)) {
            return CryptoFourRegister.decode(insn);
        }
        if (is(insn, 0xce800000, 0xffe00000)) {
            return CryptoFourRegister.xar(insn);
        }
        // Cryptographic three-register, imm2 (SM3TT1A...): FEAT_SM3, not implemented.
        return null;
    }

    /** PMULL/PMULL2 (vector) with 64-bit elements: Vd.1Q = Vn.D[part] * Vm.D[part] over GF(2). */
    public static A64Insn pmull64(boolean upper, int rd, int rn, int rm) {
        return new Pmull64(upper, rd, rn, rm);
    }

    private static boolean is(int insn, int pattern, int mask) {
        return (insn & mask) == pattern;
    }

    private static final class Pmull64 extends A64Insn {
        private final int d, n, m;

        Pmull64(boolean upper, int rd, int rn, int rm) {
            int part = upper ? 1 : 0;
            this.d = 2 * rd;
            this.n = 2 * rn + part;
            this.m = 2 * rm + part;
        }

        @Override
        public void exec(A64Cpu c) {
            long[] v = c.v;
            Polynomial.pmull64(v[n], v[m], v, d);
        }
    }
}
