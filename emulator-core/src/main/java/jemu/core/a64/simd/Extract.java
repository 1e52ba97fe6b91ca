package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD extract: EXT. */
final class Extract {
    private Extract() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
