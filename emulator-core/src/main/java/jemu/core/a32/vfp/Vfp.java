package jemu.core.a32.vfp;

import jemu.core.a32.A32Insn;

/**
 * VFPv3/VFPv4 (CP10, CP11): data processing, extension register loads and stores, and the
 * register transfers (VMOV, VMRS, VMSR, VDUP from a core register). T32 passes its coprocessor
 * instructions here with bits 31..28 set to 1110, so one decoder serves both instruction sets.
 */
public final class Vfp {
    private Vfp() {}

    /** A5.6 coprocessor 101x: A7.5 VFP data processing, A7.6 extension register load/store, A7.8 and A7.9 register transfers. */
    public static A32Insn a32(int insn, int pc) {
        return null; // not yet implemented
    }
}
