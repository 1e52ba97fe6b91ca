package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD scalar two-register miscellaneous. */
final class ScalarTwoRegMisc {
    private ScalarTwoRegMisc() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.scalarTwoRegMisc(insn, pc);
    }
}
