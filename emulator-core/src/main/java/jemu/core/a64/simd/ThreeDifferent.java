package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD three different. */
final class ThreeDifferent {
    private ThreeDifferent() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
