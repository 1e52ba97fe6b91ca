package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD scalar copy: DUP (element). */
final class ScalarCopy {
    private ScalarCopy() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
