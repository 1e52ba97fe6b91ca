package jemu.core.a64.dpreg;

import jemu.core.a64.A64Insn;

/** Data processing -- register. */
public final class DataProcessingRegister {
    private DataProcessingRegister() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
