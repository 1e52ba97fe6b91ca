package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD copy: DUP, INS, UMOV, SMOV. */
final class Copy {
    private Copy() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
