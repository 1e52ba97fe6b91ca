package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * UDIV, SDIV (with zero and overflowing divisors from the edge values), LSLV, LSRV, ASRV, RORV,
 * CRC32 and CRC32C of every size; one case in eight keeps random S and opcode.
 */
class DiffDataProcessing2SourceTest {
    private static final Encoding DP2 = Encoding.of("sf:1 0 S:1 11010110 Rm:5 opcode:6 Rn:5 Rd:5");
    private static final int[] OPCODES = {
        0b000010, 0b000011, 0b001000, 0b001001, 0b001010, 0b001011,
        0b010000, 0b010001, 0b010010, 0b010011, 0b010100, 0b010101, 0b010110, 0b010111
    };

    @Test
    void dataProcessing2Source() {
        DpGen.check("dp 2 source", Differential.count(4000), r -> {
            int insn = DpGen.regs(DP2, DP2.random(r), r, "Rm", "Rn", "Rd");
            if (r.nextInt(8) == 0) {
                return insn;
            }
            insn = DP2.with(insn, "S", 0);
            int opcode = OPCODES[r.nextInt(OPCODES.length)];
            if ((opcode & 0b111000) == 0b010000) {
                insn = DP2.with(insn, "sf", (opcode & 3) == 3 ? 1 : 0); // mostly the valid size
            }
            return DP2.with(insn, "opcode", opcode);
        });
    }
}
