package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD scalar three different: SQDMLAL, SQDMLSL, SQDMULL. */
final class ScalarThreeDifferent {
    private ScalarThreeDifferent() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
