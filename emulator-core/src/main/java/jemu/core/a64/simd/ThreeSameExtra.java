package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD three-register extension (ARMv8.1+: SQRDMLAH, dot product, complex). */
final class ThreeSameExtra {
    private ThreeSameExtra() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
