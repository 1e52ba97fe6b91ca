package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/** Advanced SIMD shift by immediate. */
final class ShiftByImmediate {
    private ShiftByImmediate() {}

    static A64Insn decode(int insn, long pc) {
        return SimdFloatingPoint.shiftByImmediate(insn, pc);
    }
}
