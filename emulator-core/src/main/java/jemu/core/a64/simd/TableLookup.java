package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD table lookup: TBL, TBX. */
final class TableLookup {
    private TableLookup() {}

    static A64Insn decode(int insn, long pc) {
        return null;
    }
}
