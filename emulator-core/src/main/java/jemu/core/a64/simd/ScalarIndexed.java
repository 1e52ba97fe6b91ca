package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD scalar x indexed element. */
final class ScalarIndexed {
    private ScalarIndexed() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.scalarByElement(insn, pc);
    }
}
