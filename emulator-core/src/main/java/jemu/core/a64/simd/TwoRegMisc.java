package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD two-register miscellaneous. */
final class TwoRegMisc {
    private TwoRegMisc() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.twoRegMisc(insn, pc);
    }
}
