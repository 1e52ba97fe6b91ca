package jemu.core.a32.neon;

import jemu.core.a32.A32Insn;

/**
 * Advanced SIMD (NEON): data processing and element/structure loads and stores. T32 data
 * processing arrives translated to its A32 form (see {@link jemu.core.a32.T32Decoder}), so one
 * decoder serves both. Each group decoder returns null for an encoding it does not allocate.
 */
public final class AdvancedSimd {
    private AdvancedSimd() {}

    /**
     * A7.4 "Advanced SIMD data-processing instructions", A32 encoding {@code 1111 001U}: U is bit
     * 24, A bits 23..19, B bits 11..8, C bits 7..4.
     */
    public static A32Insn a32DataProcessing(int insn, int pc) {
        boolean u = (insn & (1 << 24)) != 0;
        int a = (insn >>> 19) & 0x1f;
        int b = (insn >>> 8) & 0xf;
        int c = (insn >>> 4) & 0xf;
        if ((a & 0b10000) == 0) {
            return ThreeSame.decode(insn, pc);
        }
        if ((c & 0b0001) != 0) {
            if ((a & 0b10111) == 0b10000 && (c & 0b1001) == 0b0001) {
                return ModifiedImmediate.decode(insn, pc);
            }
            return ShiftByImmediate.decode(insn, pc);
        }
        if ((a & 0b10110) != 0b10110) {
            return (c & 0b0100) == 0 ? ThreeDifferent.decode(insn, pc) : TwoRegistersScalar.decode(insn, pc);
        }
        // A = 1x11x, C = xxx0
        if (!u) {
            return Permute.vext(insn, pc);
        }
        if ((b & 0b1000) == 0) {
            return TwoRegistersMisc.decode(insn, pc);
        }
        if ((b & 0b1100) == 0b1000) {
            return Permute.vtbl(insn, pc);
        }
        if (b == 0b1100 && (c & 0b1001) == 0) {
            return Permute.vdupScalar(insn, pc);
        }
        return null;
    }

    /** A7.7: element and structure load/store, A32 encoding {@code 1111 0100 xxx0}. */
    public static A32Insn a32ElementOrStructure(int insn, int pc) {
        return ElementsAndStructures.decode(insn, pc);
    }

    /** A7.7 in T32, {@code 1111 1001 xxx0}: the same fields as the A32 form. */
    public static A32Insn t32ElementOrStructure(int insn, int pc) {
        return ElementsAndStructures.decode(0xf400_0000 | (insn & 0x00ff_ffff), pc);
    }
}
