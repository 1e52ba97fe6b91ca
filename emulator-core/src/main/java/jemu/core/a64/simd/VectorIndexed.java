package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD vector x indexed element. */
final class VectorIndexed {
    private VectorIndexed() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.byElement(insn, pc);
    }
}
