package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD three same. */
final class ThreeSame {
    private ThreeSame() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.threeSame(insn, pc);
    }
}
