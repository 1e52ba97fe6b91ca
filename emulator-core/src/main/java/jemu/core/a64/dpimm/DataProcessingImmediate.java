package jemu.core.a64.dpimm;

import jemu.core.a64.A64Insn;

/** Data processing -- immediate. */
public final class DataProcessingImmediate {
    private DataProcessingImmediate() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
