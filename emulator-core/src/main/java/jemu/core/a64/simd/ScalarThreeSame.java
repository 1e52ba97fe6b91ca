package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD scalar three same. */
final class ScalarThreeSame {
    private ScalarThreeSame() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.scalarThreeSame(insn, pc);
    }
}
