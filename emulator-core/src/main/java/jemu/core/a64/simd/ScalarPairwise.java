package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.SimdFloatingPoint;

/**
 * Advanced SIMD scalar pairwise: {@code 01 U 11110 size 11000 opcode 10 Rn Rd}. The one integer
 * instruction is ADDP (U 0, size 11, opcode 11011); the rest are floating point.
 */
final class ScalarPairwise {
    private ScalarPairwise() {}

    static A64Insn decode(int insn, long pc) {
        boolean u = (insn >>> 29 & 1) != 0;
        int size = insn >>> 22 & 3, opcode = insn >>> 12 & 31;
        if (!u && size == 3 && opcode == 0b11011) {
            return new ReduceInsns.ScalarAddp(insn & 31, insn >>> 5 & 31);
        }
        return SimdFloatingPoint.scalarPairwise(insn, pc);
    }
}
