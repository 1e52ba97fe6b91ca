package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD permute: UZP1/2, TRN1/2, ZIP1/2. */
final class Permute {
    private Permute() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
