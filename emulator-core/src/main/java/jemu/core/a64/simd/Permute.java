package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/**
 * Advanced SIMD permute: UZP1/2, TRN1/2, ZIP1/2 ({@code 0 Q 001110 size 0 Rm 0 opcode 10 Rn Rd};
 * opcodes 000 and 100 unallocated, doublewords only in the 128-bit form).
 */
final class Permute {
    private Permute() {}

    static A64Insn decode(int insn, long pc) {
        boolean q = (insn >>> 30 & 1) != 0;
        int size = insn >>> 22 & 3, rm = insn >>> 16 & 31, opcode = insn >>> 12 & 7;
        if ((opcode & 3) == 0 || (size == 3 && !q)) {
            return null;
        }
        return new ShuffleInsns.Permute(opcode, size, q, insn & 31, insn >>> 5 & 31, rm);
    }
}
