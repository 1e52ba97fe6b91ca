package jemu.core.a64.fp;

import jemu.core.a64.A64Insn;

/**
 * Scalar floating-point groups (Arm ARM C4.1.6, op0 = x0x1): conversions between FP and fixed
 * point or integer, FP data-processing (1, 2 and 3 source), compare, immediate, conditional
 * compare and conditional select.
 */
public final class FloatingPoint {
    private FloatingPoint() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
