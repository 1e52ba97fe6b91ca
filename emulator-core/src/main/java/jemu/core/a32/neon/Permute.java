package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** VEXT, VTBL, VTBX and VDUP (scalar): the byte-moving instructions of A7.4. */
final class Permute {
    private Permute() {}

    static A32Insn vext(int insn, int pc) {
        return null; // not yet implemented
    }

    static A32Insn vtbl(int insn, int pc) {
        return null; // not yet implemented
    }

    static A32Insn vdupScalar(int insn, int pc) {
        return null; // not yet implemented
    }
}
