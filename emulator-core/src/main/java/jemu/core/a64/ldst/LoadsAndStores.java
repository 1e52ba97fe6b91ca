package jemu.core.a64.ldst;

import jemu.core.a64.A64Insn;

/** Loads and stores. */
public final class LoadsAndStores {
    private LoadsAndStores() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        return null;
    }
}
