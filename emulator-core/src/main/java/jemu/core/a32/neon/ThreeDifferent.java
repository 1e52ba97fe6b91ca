package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.2 "Three registers of different lengths" (long, wide and narrow forms). */
final class ThreeDifferent {
    private ThreeDifferent() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
