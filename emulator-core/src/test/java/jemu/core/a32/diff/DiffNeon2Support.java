package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

/**
 * What neon2's differential tests (Advanced SIMD shift by immediate, two registers
 * miscellaneous, permutes, element and structure loads and stores) share: the T32 forms of the
 * A32 words, and states with a random FPSCR (Advanced SIMD arithmetic ignores all of its control
 * bits but AHP, and accumulates into its flags).
 */
final class DiffNeon2Support {
    private DiffNeon2Support() {}

    /** The T32 form of an A32 Advanced SIMD data-processing word: {@code 1111 001U} becomes {@code 111U 1111}. */
    static int t32DataProcessing(int a32) {
        return 0xef00_0000 | (a32 & (1 << 24)) << 4 | (a32 & 0x00ff_ffff);
    }

    /** The T32 form of an A32 element or structure load/store: {@code 1111 0100} becomes {@code 1111 1001}. */
    static int t32ElementOrStructure(int a32) {
        return 0xf900_0000 | (a32 & 0x00ff_ffff);
    }

    /** A random state with a random FPSCR: control bits (AHP included), flags, NZCV. */
    static A32ArchState state(RandomGenerator r) {
        A32ArchState s = A32States.random(r);
        s.fpscr = A32States.fpscr(r) | A32States.fpscrFlags(r) | r.nextInt(16) << 28 | (r.nextInt(4) == 0 ? 1 << 26 : 0);
        return s;
    }
}
