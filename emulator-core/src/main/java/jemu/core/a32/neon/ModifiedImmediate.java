package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.6 "One register and a modified immediate value" (VMOV, VMVN, VORR, VBIC immediate). */
final class ModifiedImmediate {
    private ModifiedImmediate() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
