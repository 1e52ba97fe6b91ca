package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

/**
 * TBB and TBH ({@code jemu.core.a32.ldst.TableBranch}) with the table after the instruction
 * (Rn = PC) and targets among the 16-bit {@code adds r1, #1} that follow it, so that R1 counts
 * the instructions run after the branch; the index register holds 0-3.
 */
class DiffTableBranchTest {
    private static final int ADDS_R1_1 = 0x3101;

    @Test
    void tbbAndTbh() {
        A32Differential.check("table branch t32", A32Differential.count(300), (r, i) -> {
            boolean half = r.nextBoolean();
            int rm = r.nextInt(13);
            rm = rm == 1 ? 0 : rm;
            int insn = 0xe8df_f000 | (half ? 0x10 : 0) | rm; // tbb/tbh [pc, rm]
            // The table: 4 entries, 4 bytes (TBB) or 8 (TBH), then 8 counters.
            int tableHalfwords = half ? 4 : 2;
            int first = tableHalfwords; // the first counter, in halfwords from the table
            int[] insns = new int[1 + tableHalfwords + 8];
            insns[0] = insn;
            int[] entries = new int[4];
            for (int k = 0; k < 4; k++) {
                entries[k] = first + r.nextInt(8);
            }
            for (int k = 0; k < tableHalfwords; k++) {
                insns[1 + k] = half ? entries[k] : entries[2 * k] | entries[2 * k + 1] << 8;
            }
            java.util.Arrays.fill(insns, 1 + tableHalfwords, insns.length, ADDS_R1_1);
            A32ArchState s = A32States.random(r);
            s.r[rm] = r.nextInt(4);
            return new A32DiffCase("table branch t32 #" + i, true, insns, s, r.nextLong());
        });
    }
}
