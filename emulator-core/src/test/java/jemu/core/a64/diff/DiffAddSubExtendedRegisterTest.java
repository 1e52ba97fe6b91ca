package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * ADD, ADDS, SUB, SUBS (extended register), every extend and shift 0-4, with SP as Rn and (not
 * for ADDS/SUBS) Rd; one case in eight keeps random opt and imm3 for the unallocated ones.
 */
class DiffAddSubExtendedRegisterTest {
    private static final Encoding ADD_SUB =
            Encoding.of("sf:1 op:1 S:1 01011 opt:2 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5");

    @Test
    void addSubExtendedRegister() {
        DpGen.check("add/sub ext", Differential.count(4000), r -> {
            int insn = DpGen.regs(ADD_SUB, ADD_SUB.random(r), r, "Rm", "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = ADD_SUB.with(insn, "opt", 0);
            return ADD_SUB.with(insn, "imm3", r.nextInt(5));
        });
    }
}
