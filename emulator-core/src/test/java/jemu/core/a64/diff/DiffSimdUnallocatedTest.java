package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * The Advanced SIMD groups of later architecture versions, which an ARMv8.0 core (qemu's
 * cortex-a72) rejects: three same extra (ARMv8.2 USDOT, ARMv8.3 FCMLA/FCADD, BFloat16...) and
 * scalar three same extra, and the ARMv8.2 half-precision groups (three same FP16,
 * two-register miscellaneous FP16, and their scalar forms). Every word must be SIGILL in both.
 * Left out: the encodings of SQRDMLAH/SQRDMLSH and SDOT/UDOT, which jemu implements (FEAT_RDM,
 * FEAT_DotProd) and which {@link DiffSimdRdmTest} and {@link DiffSimdDotProductTest} check on
 * qemu's max CPU. (The cryptographic groups are in the DiffCrypto tests.)
 */
class DiffSimdUnallocatedTest {
    static final Encoding EXTRA = Encoding.of("0 Q:1 U:1 01110 size:2 0 Rm:5 1 opcode:4 1 Rn:5 Rd:5");
    static final Encoding SCALAR_EXTRA = Encoding.of("01 U:1 11110 size:2 0 Rm:5 1 opcode:4 1 Rn:5 Rd:5");
    static final Encoding FP16_SAME = Encoding.of("0 Q:1 U:1 01110 a:1 10 Rm:5 00 opcode:3 1 Rn:5 Rd:5");
    static final Encoding FP16_MISC = Encoding.of("0 Q:1 U:1 01110 a:1 1111 00 opcode:5 10 Rn:5 Rd:5");
    static final Encoding SCALAR_FP16_SAME = Encoding.of("01 U:1 11110 a:1 10 Rm:5 00 opcode:3 1 Rn:5 Rd:5");
    static final Encoding SCALAR_FP16_MISC = Encoding.of("01 U:1 11110 a:1 1111 00 opcode:5 10 Rn:5 Rd:5");

    /** SQRDMLAH/SQRDMLSH (U 1, opcode 000x) or SDOT/UDOT (opcode 0010). */
    static boolean rdmOrDot(Encoding e, int w) {
        int opcode = e.get(w, "opcode");
        return (e.get(w, "U") == 1 && opcode <= 1) || opcode == 0b0010;
    }

    @Test
    void threeSameExtra() {
        SimdDiff.run("three same extra", 300, r -> SimdDiff.word(EXTRA, r, w -> rdmOrDot(EXTRA, w)));
        SimdDiff.run("scalar three same extra", 200, r -> SimdDiff.word(SCALAR_EXTRA, r, w -> rdmOrDot(SCALAR_EXTRA, w)));
    }

    @Test
    void halfPrecision() {
        SimdDiff.run("fp16 three same", 200, FP16_SAME::random);
        SimdDiff.run("fp16 two-reg misc", 200, FP16_MISC::random);
        SimdDiff.run("scalar fp16 three same", 100, SCALAR_FP16_SAME::random);
        SimdDiff.run("scalar fp16 two-reg misc", 100, SCALAR_FP16_MISC::random);
    }
}
