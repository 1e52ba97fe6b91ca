package jemu.core.a32.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Branches and the status-register, barrier and hint instructions of jemu.core.a32.branch,
 * A32 and T32, against qemu-arm. A branch skips {@code k} UDFs to land on the epilogue, so a
 * taken branch ends the case normally and a wrong target or a wrongly failed condition stops at
 * a SIGILL whose PC says which; conditions and flags are random.
 */
class DiffBranchesTest {
    private static final int UDF_A32 = 0xe7f000f0, UDF_T16 = 0xde00;

    private static final Encoding B_A32 = Encoding.of("cond:4 101 L:1 imm24:24");
    private static final Encoding B_T16 = Thumb.narrow("1101 cond:4 imm8:8");
    private static final Encoding B_T16_UNCOND = Thumb.narrow("11100 imm11:11");
    /** B&lt;c&gt;.W (T3) with S = J1 = J2 = 0 and imm6 = 0: a short forward branch. */
    private static final Encoding B_T32_COND = Thumb.wide("11110 0 cond:4 000000 10 0 0 0 imm11:11");
    /** B.W (T4) and BL (T1) with S = 0, J1 = J2 = 1 (I1 = I2 = 0) and imm10 = 0. */
    private static final Encoding B_T32 = Thumb.wide("11110 0 0000000000 1 L:1 1 1 1 imm11:11");
    private static final Encoding CBZ = Thumb.narrow("1011 op:1 0 0 1 imm5:5 Rn:3");
    private static final Encoding BX_A32 = Encoding.of("cond:4 00010010 111111111111 00 L:1 1 Rm:4");
    private static final Encoding BX_T16 = Thumb.narrow("010001 11 L:1 Rm:4 000");

    private static final Encoding MRS_A32 = Encoding.of("cond:4 00010 0 00 1111 Rd:4 000000000000");
    private static final Encoding MSR_REG_A32 = Encoding.of("cond:4 00010 0 10 mask:4 1111 00000000 Rn:4");
    private static final Encoding MSR_IMM_A32 = Encoding.of("cond:4 00110 0 10 mask:4 1111 imm12:12");
    private static final Encoding MRS_T32 = Thumb.wide("11110 0 1111 1 0 1111 10 0 0 Rd:4 00000000");
    private static final Encoding MSR_T32 = Thumb.wide("11110 0 1110 0 0 Rn:4 10 0 0 mask:4 00000000");
    private static final Encoding BARRIER_A32 = Encoding.of("1111 0101 0111 1111 1111 0000 op:4 option:4");
    private static final Encoding BARRIER_T32 = Thumb.wide("11110 0 111 01 1 1111 10 0 0 1111 op:4 option:4");
    private static final Encoding HINT_A32 = Encoding.of("cond:4 00110 0 10 0000 1111 0000 op:8");
    private static final Encoding HINT_T16 = Thumb.narrow("1011 1111 op:4 0000");

    private static int[] withFillers(int first, int k, int filler) {
        int[] insns = new int[1 + k];
        insns[0] = first;
        for (int i = 1; i <= k; i++) {
            insns[i] = filler;
        }
        return insns;
    }

    /**
     * An MSR field mask without the x field (CPSR<15:8>): there user mode may write CPSR.E, which
     * qemu-arm implements (big-endian data) and jemu does not.
     */
    private static int userMask(RandomGenerator r) {
        return r.nextInt(16) & 0b1101;
    }

    private static int cond(RandomGenerator r) {
        return r.nextInt(15);
    }

    @Test
    void a32BranchAndBranchWithLink() {
        A32Differential.check("a32 b bl", A32Differential.count(600), (r, i) -> {
            int k = 1 + r.nextInt(6);
            int insn = B_A32.with(B_A32.with(B_A32.with(B_A32.random(r), "cond", cond(r)), "L", r.nextInt(2)), "imm24", k - 1);
            return A32DiffCase.a32("a32 b #" + i, withFillers(insn, k, UDF_A32), A32States.random(r), r.nextLong());
        });
    }

    @Test
    void t16ConditionalAndUnconditionalBranch() {
        A32Differential.check("t16 b", A32Differential.count(600), (r, i) -> {
            int k = 1 + r.nextInt(6);
            int insn = i % 3 == 0 ? B_T16_UNCOND.with(B_T16_UNCOND.random(r), "imm11", k - 1)
                    : B_T16.with(B_T16.with(B_T16.random(r), "cond", r.nextInt(14)), "imm8", k - 1);
            return A32DiffCase.t32("t16 b #" + i, withFillers(insn, k, UDF_T16), A32States.random(r), r.nextLong());
        });
    }

    @Test
    void t32BranchesAndBranchWithLink() {
        A32Differential.check("t32 b bl", A32Differential.count(600), (r, i) -> {
            int k = 1 + r.nextInt(6);
            int insn = i % 2 == 0 ? B_T32_COND.with(B_T32_COND.with(B_T32_COND.random(r), "cond", r.nextInt(14)), "imm11", k)
                    : B_T32.with(B_T32.with(B_T32.random(r), "L", r.nextInt(2)), "imm11", k);
            return A32DiffCase.t32("t32 b #" + i, withFillers(insn, k, UDF_T16), A32States.random(r), r.nextLong());
        });
    }

    @Test
    void compareAndBranch() {
        A32Differential.check("cbz", A32Differential.count(400), (r, i) -> {
            int k = 1 + r.nextInt(6);
            int n = r.nextInt(8);
            int insn = CBZ.with(CBZ.with(CBZ.with(CBZ.random(r), "op", r.nextInt(2)), "imm5", k - 1), "Rn", n);
            A32ArchState s = A32States.random(r);
            if (r.nextBoolean()) {
                s.r[n] = 0;
            }
            return A32DiffCase.t32("cbz #" + i, withFillers(insn, k, UDF_T16), s, r.nextLong());
        });
    }

    /** BX/BLX to the epilogue (bit 0 set in T32: a case may not switch instruction set at its end). */
    @Test
    void branchExchange() {
        A32Differential.check("bx", A32Differential.count(400), (r, i) -> {
            boolean thumb = i % 2 == 1;
            int k = 1 + r.nextInt(4);
            int m = r.nextInt(13);
            A32ArchState s = A32States.random(r);
            int insn;
            int[] insns;
            if (thumb) {
                insn = BX_T16.with(BX_T16.with(BX_T16.random(r), "L", r.nextInt(2)), "Rm", m);
                insns = withFillers(insn, k, UDF_T16);
                s.r[m] = (int) A32HarnessLayout.CODE_ADDR + 4 + 2 + 2 * k | 1;
            } else {
                insn = BX_A32.with(BX_A32.with(BX_A32.with(BX_A32.random(r), "cond", cond(r)), "L", r.nextInt(2)), "Rm", m);
                insns = withFillers(insn, k, UDF_A32);
                s.r[m] = (int) A32HarnessLayout.CODE_ADDR + 4 + 4 + 4 * k;
            }
            return new A32DiffCase("bx #" + i, thumb, insns, s, r.nextLong());
        });
    }

    @Test
    void statusRegisterBarriersAndHints() {
        A32Differential.check("mrs msr", A32Differential.count(800), (r, i) -> {
            A32ArchState s = A32States.random(r);
            int insn;
            boolean thumb = false;
            switch (i % 9) {
                // Rd = PC is UNPREDICTABLE (qemu branches to the CPSR's value, jemu raises SIGILL).
                case 0 -> insn = MRS_A32.with(MRS_A32.with(MRS_A32.random(r), "cond", cond(r)), "Rd", r.nextInt(15));
                case 1 -> insn = MSR_REG_A32.with(MSR_REG_A32.with(MSR_REG_A32.with(MSR_REG_A32.random(r), "cond", cond(r)),
                        "Rn", r.nextInt(15)), "mask", userMask(r));
                case 2 -> insn = MSR_IMM_A32.with(MSR_IMM_A32.with(MSR_IMM_A32.random(r), "cond", cond(r)), "mask", userMask(r));
                case 3 -> {
                    insn = MRS_T32.with(MRS_T32.random(r), "Rd", r.nextInt(13));
                    thumb = true;
                }
                case 4 -> {
                    insn = MSR_T32.with(MSR_T32.with(MSR_T32.random(r), "Rn", r.nextInt(13)), "mask", userMask(r));
                    thumb = true;
                }
                case 5 -> insn = BARRIER_A32.random(r);
                case 6 -> {
                    insn = BARRIER_T32.random(r);
                    thumb = true;
                }
                case 7 -> insn = HINT_A32.with(HINT_A32.random(r), "cond", cond(r));
                default -> {
                    insn = HINT_T16.random(r);
                    thumb = true;
                }
            }
            return new A32DiffCase("status #" + i, thumb, new int[] {insn}, s, r.nextLong());
        });
    }
}
