package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** ADD, ADDS, SUB, SUBS (shifted register): LSL, LSR, ASR, and the unallocated ROR. */
class DiffAddSubShiftedRegisterTest {
    private static final Encoding ADD_SUB = Encoding.of("sf:1 op:1 S:1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5");

    @Test
    void addSubShiftedRegister() {
        DpGen.check("add/sub reg", Differential.count(4000), r -> {
            int insn = DpGen.regs(ADD_SUB, ADD_SUB.random(r), r, "Rm", "Rn", "Rd");
            if (r.nextInt(8) != 0 && ADD_SUB.get(insn, "shift") == 3) {
                insn = ADD_SUB.with(insn, "shift", r.nextInt(3));
            }
            return switch (r.nextInt(8)) {
                case 0, 1 -> ADD_SUB.with(insn, "imm6", 0);
                case 2, 3, 4 -> ADD_SUB.with(insn, "imm6", r.nextInt(32));
                default -> insn;
            };
        });
    }
}
