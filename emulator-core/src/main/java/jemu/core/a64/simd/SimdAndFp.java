package jemu.core.a64.simd;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.FloatingPoint;

/**
 * Data processing -- scalar floating-point and Advanced SIMD (Arm ARM C4.1.6). op0 (bits 31..28)
 * of the form x0x1 selects the scalar floating-point groups (conversions, 1/2/3-source, compare,
 * immediate, conditional compare and select), which live in {@code jemu.core.a64.fp}; the rest
 * (op0 0xx0 and 01x1) is Advanced SIMD, in this package, and cryptography, in
 * {@code jemu.core.a64.crypto}.
 */
public final class SimdAndFp {
    private SimdAndFp() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        if ((insn & 0x50000000) == 0x10000000) {
            return FloatingPoint.decode(insn, pc);
        }
        return AdvancedSimd.decode(insn, pc);
    }
}
