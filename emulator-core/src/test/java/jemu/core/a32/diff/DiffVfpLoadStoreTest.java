package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** VLDR, VSTR, VLDM, VSTM (VPUSH, VPOP, FLDMX, FSTMX), single and double precision. */
class DiffVfpLoadStoreTest {
    private static final Encoding LDR_STR = Encoding.of("1110 1101 U:1 D:1 0 L:1 Rn:4 Vd:4 101 sz:1 imm8:8");
    private static final Encoding LDM_STM = Encoding.of("1110 110 P:1 U:1 D:1 W:1 L:1 Rn:4 Vd:4 101 sz:1 imm8:8");

    @Test
    void loadStoreSingle() {
        A32Differential.check("vldr vstr", A32Differential.count(800), (r, i) -> {
            int rn = r.nextInt(15);
            int w = LDR_STR.with(LDR_STR.random(r), "Rn", rn);
            A32ArchState s = VfpDiff.state(r);
            s.r[rn] = A32States.dataAddress(r, 1100, r.nextInt(8) == 0 ? 1 : 4);
            return VfpDiff.one("vldr vstr #" + i, w, i % 2 == 1, s, r);
        });
    }

    @Test
    void loadStoreMultiple() {
        A32Differential.check("vldm vstm", A32Differential.count(1000), (r, i) -> {
            int rn = r.nextInt(8) == 0 ? 13 : r.nextInt(15);
            int w = LDM_STM.with(LDM_STM.random(r), "Rn", rn);
            if (r.nextInt(8) != 0) {
                // Mostly the allocated forms: IA (P=0 U=1) and DB! (P=1 U=0 W=1), short lists.
                w = r.nextBoolean() ? LDM_STM.with(LDM_STM.with(w, "P", 0), "U", 1)
                        : LDM_STM.with(LDM_STM.with(LDM_STM.with(w, "P", 1), "U", 0), "W", 1);
                w = LDM_STM.with(w, "imm8", r.nextInt(r.nextBoolean() ? 8 : 40));
            }
            A32ArchState s = VfpDiff.state(r);
            s.r[rn] = A32States.dataAddress(r, 1100, r.nextInt(8) == 0 ? 1 : 4);
            return VfpDiff.one("vldm vstm #" + i, w, i % 2 == 1, s, r);
        });
    }

    /**
     * VLDR of a single from the literal pool, here the instruction itself: [PC, #-8] in A32, and
     * [Align(PC, 4), #-4] in T32, at a word or, after an IT AL, a halfword boundary. (Nothing past
     * the case's code is read: the harness's epilogue and jemu's end marker differ.)
     */
    @Test
    void literal() {
        A32Differential.check("vldr literal", A32Differential.count(60), (r, i) -> {
            int vd = r.nextInt(32);
            int w = LDR_STR.with(LDR_STR.with(LDR_STR.with(LDR_STR.with(LDR_STR.with(LDR_STR.with(0xed100a00, "Rn", 15),
                    "U", 0), "L", 1), "Vd", vd >> 1), "D", vd & 1), "imm8", i % 3 == 0 ? 2 : 1);
            A32ArchState s = VfpDiff.state(r);
            return switch (i % 3) {
                case 0 -> A32Differential.a32("vldr literal #" + i, w, s, r);
                case 1 -> A32Differential.t32("vldr literal #" + i, w, s, r);
                default -> new A32DiffCase("vldr literal #" + i, true, new int[] {Thumb.it(0xe, 0b1000), w}, s, r.nextLong());
            };
        });
    }
}
