package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Advanced SIMD table lookup: TBL, TBX ({@code 0 Q 001110 op2 0 Rm 0 len op 00 Rn Rd}, op2 zero). */
final class TableLookup {
    private TableLookup() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0, tbx = (insn >>> 12 & 1) != 0;
        int op2 = insn >>> 22 & 3, rm = insn >>> 16 & 31, len = insn >>> 13 & 3;
        if (op2 != 0) {
            return null;
        }
        return new ShuffleInsns.TableLookup(tbx, q, insn & 31, insn >>> 5 & 31, len, rm);
    }
}
