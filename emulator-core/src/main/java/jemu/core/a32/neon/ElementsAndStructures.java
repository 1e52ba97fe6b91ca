package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/** A7.7 "Advanced SIMD element or structure load/store": VLD1-VLD4, VST1-VST4, all lanes, single lane, multiple structures. */
final class ElementsAndStructures {
    private ElementsAndStructures() {}

    /** Decodes the A32 form {@code 1111 0100 A x L 0 Rn Vd B align Rm}; null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        return null; // not yet implemented
    }
}
