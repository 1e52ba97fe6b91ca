package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.1 "Three registers of the same length" (integer and floating point). */
final class ThreeSame {
    private ThreeSame() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
