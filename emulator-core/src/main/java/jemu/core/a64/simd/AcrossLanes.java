package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD across lanes. */
final class AcrossLanes {
    private AcrossLanes() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.acrossLanes(insn, pc);
    }
}
