package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD scalar pairwise. */
final class ScalarPairwise {
    private ScalarPairwise() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.scalarPairwise(insn, pc);
    }
}
