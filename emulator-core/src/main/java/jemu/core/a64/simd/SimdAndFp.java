package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;

/** Data processing -- scalar floating-point and Advanced SIMD. */
public final class SimdAndFp {
    private SimdAndFp() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
