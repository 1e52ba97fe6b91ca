package jemu.core.a64;

/** Maps encoded register numbers to {@link A64Cpu#x} indices, as the encoding means them. */
public final class A64Regs {
    private A64Regs() {}

    /** Register read where 31 means XZR. */
    public static int rz(int r) {
        return r == 31 ? A64Cpu.ZR : r;
    }

    /** Register write where 31 means XZR (the result is discarded). */
    public static int wz(int r) {
        return r == 31 ? A64Cpu.DISCARD : r;
    }

    /** Register read or write where 31 means SP. */
    public static int sp(int r) {
        return r;
    }
}
