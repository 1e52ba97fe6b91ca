package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** ADD, ADDS, SUB, SUBS (immediate), both widths, with SP as Rn and (not for ADDS/SUBS) Rd. */
class DiffAddSubImmediateTest {
    private static final Encoding ADD_SUB = Encoding.of("sf:1 op:1 S:1 100010 sh:1 imm12:12 Rn:5 Rd:5");

    @Test
    void addSubImmediate() {
        DpGen.check("add/sub imm", Differential.count(3000), r -> {
            int insn = DpGen.regs(ADD_SUB, ADD_SUB.random(r), r, "Rn", "Rd");
            return switch (r.nextInt(6)) {
                case 0 -> ADD_SUB.with(insn, "imm12", 0);
                case 1 -> ADD_SUB.with(insn, "imm12", r.nextInt(4));
                default -> insn;
            };
        });
    }
}
