package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.4.5 "Two registers, miscellaneous" (VREV, VPADDL, VCLS/VCLZ/VCNT, VMVN, VQABS, VABS, VNEG, comparisons with zero, VSWP, VTRN, VUZP, VZIP, VMOVN/VQMOVN, VSHLL, VCVT half, VRECPE, VRSQRTE, VCVT float/integer). */
final class TwoRegistersMisc {
    private TwoRegistersMisc() {}

    /** Decodes the A32 form of the instruction; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
