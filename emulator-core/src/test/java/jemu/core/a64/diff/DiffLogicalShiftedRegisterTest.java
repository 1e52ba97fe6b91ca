package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** AND, BIC, ORR, ORN, EOR, EON, ANDS, BICS (shifted register), every shift type including ROR. */
class DiffLogicalShiftedRegisterTest {
    private static final Encoding LOGICAL = Encoding.of("sf:1 opc:2 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5");

    @Test
    void logicalShiftedRegister() {
        DpGen.check("logical reg", Differential.count(4000), r -> {
            int insn = DpGen.regs(LOGICAL, LOGICAL.random(r), r, "Rm", "Rn", "Rd");
            return switch (r.nextInt(8)) {
                case 0, 1 -> LOGICAL.with(insn, "imm6", 0);
                case 2, 3, 4 -> LOGICAL.with(insn, "imm6", r.nextInt(32)); // valid for W too
                default -> insn;
            };
        });
    }
}
