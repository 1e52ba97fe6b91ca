package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.crypto.Cryptographic;

/**
 * Advanced SIMD (scalar and vector) and cryptographic groups (Arm ARM C4.1.6): a word is matched
 * against each group's fixed bits, first match wins (the same order as QEMU's
 * {@code data_proc_simd} table: modified immediate is carved out of shift by immediate, so it
 * comes first). Each group decodes its integer opcodes and passes the floating-point ones on to
 * {@link jemu.core.a64.fp.SimdFloatingPoint}.
 */
public final class AdvancedSimd {
    private AdvancedSimd() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        if (is(insn, 0x0e200400, 0x9f200400)) {
            return ThreeSame.decode(insn, pc);
        }
        if (is(insn, 0x0e008400, 0x9f208400)) {
            return ThreeSameExtra.decode(insn, pc);
        }
        if (is(insn, 0x0e200000, 0x9f200c00)) {
            return ThreeDifferent.decode(insn, pc);
        }
        if (is(insn, 0x0e200800, 0x9f3e0c00)) {
            return TwoRegMisc.decode(insn, pc);
        }
        if (is(insn, 0x0e300800, 0x9f3e0c00)) {
            return AcrossLanes.decode(insn, pc);
        }
        if (is(insn, 0x0e000400, 0x9fe08400)) {
            return Copy.decode(insn, pc);
        }
        if (is(insn, 0x0f000000, 0x9f000400)) {
            return VectorIndexed.decode(insn, pc);
        }
        if (is(insn, 0x0f000400, 0x9ff80400)) {
            return ModifiedImmediate.decode(insn, pc);
        }
        if (is(insn, 0x0f000400, 0x9f800400)) {
            return ShiftByImmediate.decode(insn, pc);
        }
        if (is(insn, 0x0e000000, 0xbf208c00)) {
            return TableLookup.decode(insn, pc);
        }
        if (is(insn, 0x0e000800, 0xbf208c00)) {
            return Permute.decode(insn, pc);
        }
        if (is(insn, 0x2e000000, 0xbf208400)) {
            return Extract.decode(insn, pc);
        }
        if (is(insn, 0x5e200400, 0xdf200400)) {
            return ScalarThreeSame.decode(insn, pc);
        }
        if (is(insn, 0x5e008400, 0xdf208400)) {
            return ScalarThreeSameExtra.decode(insn, pc);
        }
        if (is(insn, 0x5e200000, 0xdf200c00)) {
            return ScalarThreeDifferent.decode(insn, pc);
        }
        if (is(insn, 0x5e200800, 0xdf3e0c00)) {
            return ScalarTwoRegMisc.decode(insn, pc);
        }
        if (is(insn, 0x5e300800, 0xdf3e0c00)) {
            return ScalarPairwise.decode(insn, pc);
        }
        if (is(insn, 0x5e000400, 0xdfe08400)) {
            return ScalarCopy.decode(insn, pc);
        }
        if (is(insn, 0x5f000000, 0xdf000400)) {
            return ScalarIndexed.decode(insn, pc);
        }
        if (is(insn, 0x5f000400, 0xdf800400)) {
            return ScalarShiftByImmediate.decode(insn, pc);
        }
        // The FP16 groups: not implemented (not in HWCAP).
        return Cryptographic.decode(insn, pc);
    }

    private static boolean is(int insn, int pattern, int mask) {
        return (insn & mask) == pattern;
    }
}
