package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** MOVN, MOVZ, MOVK, and the unallocated opc=01 and (for W) hw=1x. */
class DiffMoveWideTest {
    private static final Encoding MOVE_WIDE = Encoding.of("sf:1 opc:2 100101 hw:2 imm16:16 Rd:5");

    @Test
    void moveWide() {
        DpGen.check("move wide", Differential.count(2000), r -> {
            int insn = DpGen.regs(MOVE_WIDE, MOVE_WIDE.random(r), r, "Rd");
            return r.nextInt(4) == 0 ? MOVE_WIDE.with(insn, "imm16", r.nextBoolean() ? 0 : 0xffff) : insn;
        });
    }
}
