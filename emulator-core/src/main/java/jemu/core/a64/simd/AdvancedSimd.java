package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/**
 * Advanced SIMD (scalar and vector) and cryptographic extension groups. The floating-point
 * opcodes inside the mixed groups are decoded by {@link jemu.core.a64.fp.SimdFloatingPoint}.
 */
public final class AdvancedSimd {
    private AdvancedSimd() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
