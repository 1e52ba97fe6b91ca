package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD scalar three same extra (ARMv8.1 SQRDMLAH/SQRDMLSH). */
final class ScalarThreeSameExtra {
    private ScalarThreeSameExtra() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
