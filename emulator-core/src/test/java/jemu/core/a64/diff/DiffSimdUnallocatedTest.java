package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * The Advanced SIMD groups of later architecture versions, which an ARMv8.0 core (qemu's
 * cortex-a72) rejects: three same extra (ARMv8.1 SQRDMLAH/SQRDMLSH, ARMv8.2 SDOT/UDOT, ARMv8.3
 * FCMLA/FCADD) and scalar three same extra. Every word must be SIGILL in both.
 */
class DiffSimdUnallocatedTest {
    static final Encoding EXTRA = Encoding.of("0 Q:1 U:1 01110 size:2 0 Rm:5 1 opcode:4 1 Rn:5 Rd:5");
    static final Encoding SCALAR_EXTRA = Encoding.of("01 U:1 11110 size:2 0 Rm:5 1 opcode:4 1 Rn:5 Rd:5");

    @Test
    void threeSameExtra() {
        SimdDiff.run("three same extra", 300, EXTRA::random);
        SimdDiff.run("scalar three same extra", 200, SCALAR_EXTRA::random);
    }
}
