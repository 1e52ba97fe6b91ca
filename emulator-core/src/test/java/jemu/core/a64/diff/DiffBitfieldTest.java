package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * SBFM, BFM, UBFM and so every shift-immediate and extend alias. Most cases are valid (N = sf,
 * immr and imms below the datasize); one in eight keeps its random fields to cover the
 * unallocated ones.
 */
class DiffBitfieldTest {
    private static final Encoding BITFIELD = Encoding.of("sf:1 opc:2 100110 N:1 immr:6 imms:6 Rn:5 Rd:5");

    @Test
    void bitfield() {
        DpGen.check("bitfield", Differential.count(4000), r -> {
            int insn = DpGen.regs(BITFIELD, BITFIELD.random(r), r, "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            int sf = BITFIELD.get(insn, "sf");
            int size = sf == 1 ? 64 : 32;
            insn = BITFIELD.with(insn, "N", sf);
            insn = BITFIELD.with(insn, "opc", r.nextInt(3));
            insn = BITFIELD.with(insn, "immr", r.nextInt(size));
            int imms = switch (r.nextInt(4)) {
                case 0 -> size - 1; // LSR, ASR
                case 1 -> (BITFIELD.get(insn, "immr") + size - 1) % size; // LSL
                case 2 -> new int[] {7, 15, 31}[r.nextInt(3)] % size; // extends
                default -> r.nextInt(size);
            };
            return BITFIELD.with(insn, "imms", imms);
        });
    }
}
