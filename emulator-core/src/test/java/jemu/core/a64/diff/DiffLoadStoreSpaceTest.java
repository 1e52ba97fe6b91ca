package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Random words from the whole loads-and-stores space (op0 x1x0: bit 27 set, bit 25 clear), so
 * that jemu and qemu agree on what is undefined. Words of the classes FEAT_LSE fills (atomic
 * memory operations with LDAPR, CAS and CASP) are checked against qemu's LSE core, all others
 * against the ARMv8.0 cortex-a72, which rejects LDAPUR/STLUR, LDLAR/STLLR, the memory-tagging
 * and pointer-authentication forms as jemu does. Every register holds a data-page address,
 * except Rm (bits 20..16), a small index, so that what does decode mostly accesses the data
 * page. Literal loads are aimed below the code page (the only code-page bytes qemu's harness and
 * jemu's runner share are the run itself).
 */
class DiffLoadStoreSpaceTest {
    private static final Encoding SPACE = Encoding.of("op0:4 1 op1:1 0 rest:25");

    @Test
    void wholeSpace() {
        LoadStoreDiff.check("ldst space", Differential.count(8000), (r, i) -> {
            int insn = SPACE.random(r);
            if ((insn & 0x3b000000) == 0x18000000) {
                // Load register (literal): imm19 <= -2, so the address is below the code page.
                int imm19 = -2 - r.nextInt(1 << 17);
                insn = insn & ~(0x7ffff << 5) | (imm19 & 0x7ffff) << 5;
            }
            ArchState s = States.random(r);
            for (int x = 0; x < 31; x++) {
                s.x[x] = (LoadStoreDiff.DATA + 256 + r.nextInt(HarnessLayout.DATA_SIZE - 512)) & (r.nextBoolean() ? -16 : -1);
            }
            int rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
            if (rm != 31) {
                // A register offset of a register with itself: X + (X << shift) lands in the page when shift is 0.
                s.x[rm] = rm == rn ? (LoadStoreDiff.DATA + 2048) / 2 : r.nextInt(129) - 64;
            }
            return new LoadStoreDiff.Case(LoadStoreDiff.onItsCpu(new DiffCase("space #" + i, new int[] {insn}, s,
                    r.nextLong())), vLoaded(insn));
        });
    }

    /** The V registers a faulting SIMD&FP pair or structure load may leave written in qemu (a superset). */
    private static int vLoaded(int insn) {
        int rt = insn & 31;
        int bits29to24 = (insn >>> 24) & 0x3f;
        boolean load = (insn & (1 << 22)) != 0;
        if ((bits29to24 == 0x0c || bits29to24 == 0x0d) && load) {
            int mask = 0;
            for (int k = 0; k < 4; k++) {
                mask |= 1 << ((rt + k) & 31);
            }
            return mask;
        }
        if ((insn & 0x3c000000) == 0x2c000000 && load) {
            return 1 << rt | 1 << ((insn >>> 10) & 31);
        }
        return 0;
    }
}
