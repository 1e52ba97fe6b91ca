package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * LDR, STR, LDRB, STRB, LDRH, STRH, LDRSB, LDRSH (immediate, register, literal, indexed,
 * unprivileged) in A32, T32 and T16 ({@code jemu.core.a32.ldst.Single}); loads to the PC are
 * left out (they branch), the UNDEFINED holes of each group stay.
 */
class DiffLoadStoreSingleTest {
    private static final Encoding A32_IMM = Encoding.of("1110 010 P:1 U:1 B:1 W:1 L:1 Rn:4 Rt:4 imm12:12");
    private static final Encoding A32_REG = Encoding.of("1110 011 P:1 U:1 B:1 W:1 L:1 Rn:4 Rt:4 imm5:5 type:2 0 Rm:4");
    private static final Encoding A32_EXTRA_IMM = Encoding.of("1110 000 P:1 U:1 1 W:1 L:1 Rn:4 Rt:4 imm4H:4 1 op2:2 1 imm4L:4");
    private static final Encoding A32_EXTRA_REG = Encoding.of("1110 000 P:1 U:1 0 W:1 L:1 Rn:4 Rt:4 0000 1 op2:2 1 Rm:4");
    private static final Encoding T32_IMM12 = Thumb.wide("1111100 S:1 1 size:2 L:1 Rn:4 Rt:4 imm12:12");
    private static final Encoding T32_IMM8 = Thumb.wide("1111100 S:1 0 size:2 L:1 Rn:4 Rt:4 1 P:1 U:1 W:1 imm8:8");
    private static final Encoding T32_REG = Thumb.wide("1111100 S:1 0 size:2 L:1 Rn:4 Rt:4 000000 imm2:2 Rm:4");
    private static final Encoding T32_LITERAL = Thumb.wide("1111100 S:1 U:1 size:2 1 1111 Rt:4 imm12:12");
    private static final Encoding T16_REG = Thumb.narrow("0101 opB:3 Rm:3 Rn:3 Rt:3");
    private static final Encoding T16_IMM = Thumb.narrow("011 B:1 L:1 imm5:5 Rn:3 Rt:3");
    private static final Encoding T16_HALF = Thumb.narrow("1000 L:1 imm5:5 Rn:3 Rt:3");
    private static final Encoding T16_SP = Thumb.narrow("1001 L:1 Rt:3 imm8:8");
    private static final Encoding T16_LITERAL = Thumb.narrow("01001 Rt:3 imm8:8");

    /** Extra loads/stores: op2 00 is the multiply and synchronization space. */
    private static boolean extra(int w) {
        return (w & 0x60) != 0;
    }

    /** T32: S = 1 stores are the Advanced SIMD element space, not this one. */
    private static boolean t32(int w) {
        return (w & 0x0110_0000) != 0x0100_0000;
    }

    @Test
    void a32Immediate() {
        LdstDiff.check("ldst single a32 imm", false, 600, A32_IMM, w -> true, 64, 1);
    }

    /** LDR, LDRB (literal), LDRH, LDRSB, LDRSH, LDRD (literal): PC + 8 plus an offset inside the case. */
    @Test
    void a32Literal() {
        LdstDiff.literal("ldst single a32 literal", false, 200, A32_IMM, w -> (w & (1 << 20)) != 0 && (w & (1 << 24)) != 0
                && (w & (1 << 21)) == 0, (w, r) -> A32_IMM.with(A32_IMM.with(A32_IMM.with(w, "Rn", 15), "U", 1), "imm12",
                        r.nextInt(52)));
        LdstDiff.literal("ldst single a32 extra literal", false, 200, A32_EXTRA_IMM, w -> extra(w) && (w & (1 << 24)) != 0
                && (w & (1 << 21)) == 0 && ((w & (1 << 20)) != 0 || (w & 0x60) == 0x40),
                (w, r) -> A32_EXTRA_IMM.with(A32_EXTRA_IMM.with(A32_EXTRA_IMM.with(A32_EXTRA_IMM.with(w, "Rn", 15), "U", 1),
                        "imm4H", r.nextInt(2)), "imm4L", r.nextInt(16)));
    }

    @Test
    void a32Register() {
        LdstDiff.check("ldst single a32 reg", false, 600, A32_REG, w -> true, 64, 1);
    }

    @Test
    void a32Extra() {
        LdstDiff.check("ldst single a32 extra imm", false, 500, A32_EXTRA_IMM, DiffLoadStoreSingleTest::extra, 300, 1);
        LdstDiff.check("ldst single a32 extra reg", false, 500, A32_EXTRA_REG, DiffLoadStoreSingleTest::extra, 300, 1);
    }

    @Test
    void t32() {
        LdstDiff.check("ldst single t32 imm12", true, 500, T32_IMM12, DiffLoadStoreSingleTest::t32, 64, 1);
        LdstDiff.check("ldst single t32 imm8", true, 600, T32_IMM8, DiffLoadStoreSingleTest::t32, 300, 1);
        LdstDiff.check("ldst single t32 reg", true, 500, T32_REG, DiffLoadStoreSingleTest::t32, 300, 1);
        // Literal: U = 1 and an offset inside the fillers that follow (Align(PC, 4) + imm12).
        LdstDiff.literal("ldst single t32 literal", true, 200, T32_LITERAL, w -> true,
                (w, r) -> T32_LITERAL.with(T32_LITERAL.with(w, "U", 1), "imm12", r.nextInt(28)));
    }

    @Test
    void t16() {
        LdstDiff.check("ldst single t16 reg", true, 300, T16_REG, w -> true, 300, 1);
        LdstDiff.check("ldst single t16 imm", true, 300, T16_IMM, w -> true, 300, 1);
        LdstDiff.check("ldst single t16 half", true, 200, T16_HALF, w -> true, 300, 1);
        LdstDiff.check("ldst single t16 sp", true, 200, T16_SP, w -> true, 300, 1);
        LdstDiff.literal("ldst single t16 literal", true, 100, T16_LITERAL, w -> true,
                (w, r) -> T16_LITERAL.with(w, "imm8", r.nextInt(7)));
    }
}
