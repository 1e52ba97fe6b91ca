package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;

/**
 * The S view of the D registers: S{@code n} is the low (even n) or high (odd n) word of
 * D{@code n/2}. S32 (reached only by the UNPREDICTABLE {@code VMOV Rt, Rt2, S31, S32}) is
 * then the low word of D16, as in QEMU, whose register file has the same layout.
 */
final class VfpRegs {
    private VfpRegs() {}

    static int s(A32Cpu c, int n) {
        return (int) (c.d[n >> 1] >>> ((n & 1) << 5));
    }

    static void setS(A32Cpu c, int n, int v) {
        int shift = (n & 1) << 5;
        long[] d = c.d;
        d[n >> 1] = (d[n >> 1] & ~(0xffffffffL << shift)) | (v & 0xffffffffL) << shift;
    }

    /** Vd for single precision: Vd:D. */
    static int vdS(int insn) {
        return (insn >>> 11) & 0x1e | (insn >>> 22) & 1;
    }

    /** Vd for double precision: D:Vd. */
    static int vdD(int insn) {
        return (insn >>> 18) & 0x10 | (insn >>> 12) & 0xf;
    }

    /** Vn for single precision: Vn:N. */
    static int vnS(int insn) {
        return (insn >>> 15) & 0x1e | (insn >>> 7) & 1;
    }

    /** Vn for double precision: N:Vn. */
    static int vnD(int insn) {
        return (insn >>> 3) & 0x10 | (insn >>> 16) & 0xf;
    }

    /** Vm for single precision: Vm:M. */
    static int vmS(int insn) {
        return (insn << 1) & 0x1e | (insn >>> 5) & 1;
    }

    /** Vm for double precision: M:Vm. */
    static int vmD(int insn) {
        return (insn >>> 1) & 0x10 | insn & 0xf;
    }
}
