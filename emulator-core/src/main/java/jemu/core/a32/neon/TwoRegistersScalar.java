package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.3 "Two registers and a scalar" (by-element multiplies). */
final class TwoRegistersScalar {
    private TwoRegistersScalar() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
