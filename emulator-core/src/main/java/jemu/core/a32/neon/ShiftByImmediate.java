package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.4 "Two registers and a shift amount" (shifts, narrowing shifts, VMOVL, fixed-point VCVT). */
final class ShiftByImmediate {
    private ShiftByImmediate() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
