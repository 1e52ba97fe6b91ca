package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD scalar shift by immediate. */
final class ScalarShiftByImmediate {
    private ScalarShiftByImmediate() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.scalarShiftByImmediate(insn, pc);
    }
}
