package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD modified immediate: MOVI, MVNI, ORR, BIC, FMOV (vector, immediate). */
final class ModifiedImmediate {
    private ModifiedImmediate() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
