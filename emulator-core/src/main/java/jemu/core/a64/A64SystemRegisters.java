package jemu.core.a64;

/**
 * The system registers an EL0 program can read, with the values jemu presents. Identification
 * registers are what Linux shows user space when it emulates MRS of them (kernel
 * {@code cpufeature.c}): only fields describing features jemu implements are non-zero, and they
 * must agree with the HWCAPs the OS layer derives from {@link A64Features}.
 */
public final class A64SystemRegisters {
    private A64SystemRegisters() {}

    /** The op0:op1:CRn:CRm:op2 key of a system register, as bits 20..5 of MRS/MSR. */
    public static int key(int op0, int op1, int crn, int crm, int op2) {
        return op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2;
    }

    public static final int NZCV = key(3, 3, 4, 2, 0);
    public static final int FPCR = key(3, 3, 4, 4, 0);
    public static final int FPSR = key(3, 3, 4, 4, 1);
    public static final int TPIDR_EL0 = key(3, 3, 13, 0, 2);
    public static final int TPIDRRO_EL0 = key(3, 3, 13, 0, 3);
    public static final int CTR_EL0 = key(3, 3, 0, 0, 1);
    public static final int DCZID_EL0 = key(3, 3, 0, 0, 7);
    public static final int CNTFRQ_EL0 = key(3, 3, 14, 0, 0);
    public static final int CNTVCT_EL0 = key(3, 3, 14, 0, 2);
    public static final int CNTVCTSS_EL0 = key(3, 3, 14, 0, 6);
    public static final int MIDR_EL1 = key(3, 0, 0, 0, 0);
    public static final int MPIDR_EL1 = key(3, 0, 0, 0, 5);
    public static final int REVIDR_EL1 = key(3, 0, 0, 0, 6);
    public static final int ID_AA64PFR0_EL1 = key(3, 0, 0, 4, 0);
    public static final int ID_AA64ISAR0_EL1 = key(3, 0, 0, 6, 0);
    public static final int ID_AA64ISAR1_EL1 = key(3, 0, 0, 6, 1);

    /** Writable FPCR bits: AHP, DN, FZ, RMode, FZ16 (trap enables are RAZ/WI: not implemented). */
    public static final int FPCR_MASK = 0x07c80000;
    /** FPSR: QC, IDC, IXC, UFC, OFC, DZC, IOC. */
    public static final int FPSR_MASK = 0x0800009f;

    /** Arm Cortex-A72 r0p3: a plain ARMv8.0 core, so glibc picks its generic routines. */
    public static final long MIDR_VALUE = 0x410fd083L;
    /** 64-byte cache lines, VIPT/PIPT L1 as a Cortex-A72 reports. */
    public static final long CTR_VALUE = 0x8444c004L;
    /** DC ZVA zeroes 2^4 words = 64 bytes, and is permitted. */
    public static final long DCZID_VALUE = 4;
    public static final int DC_ZVA_BYTES = 64;
    /** The generic timer ticks in nanoseconds (ARMv8.6 fixes the frequency at 1 GHz). */
    public static final long CNTFRQ_VALUE = 1_000_000_000L;

    /**
     * The value of a constant register readable at EL0, or null if the register is not one
     * (then MRS is undefined, unless it is one of the dynamic registers handled by the decoder).
     * Unlisted ID-space registers read as zero, as Linux's emulation does.
     */
    public static Long constantValue(int key) {
        if (key == CTR_EL0) {
            return CTR_VALUE;
        }
        if (key == DCZID_EL0) {
            return DCZID_VALUE;
        }
        if (key == CNTFRQ_EL0) {
            return CNTFRQ_VALUE;
        }
        if (key == TPIDRRO_EL0) {
            return 0L;
        }
        if (key == MIDR_EL1) {
            return MIDR_VALUE;
        }
        if (key == MPIDR_EL1) {
            return 0x80000000L;
        }
        if (key == REVIDR_EL1) {
            return 0L;
        }
        if (key == ID_AA64PFR0_EL1) {
            return A64Features.idAa64Pfr0();
        }
        if (key == ID_AA64ISAR0_EL1) {
            return A64Features.idAa64Isar0();
        }
        if (key == ID_AA64ISAR1_EL1) {
            return A64Features.idAa64Isar1();
        }
        // op0=3, op1=0, CRn=0, CRm=1..7: the rest of the feature ID space reads as zero.
        if ((key & ~0x3f) == key(3, 0, 0, 0, 0) && ((key >>> 3) & 15) != 0) {
            return 0L;
        }
        return null;
    }
}
