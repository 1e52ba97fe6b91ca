package jemu.core.arm.fp;

/**
 * The floating-point control and status one CPU carries (QEMU's {@code float_status}): the
 * control word that every rounding operation reads (FPCR on AArch64; AArch32's FPSCR control
 * bits use the same positions) and the cumulative exception flags it sets (FPSR).
 *
 * <p>The FP semantics take this object rather than a CPU so that A64, A32 and translated code
 * share them; it is the only mutable state they touch.
 */
public final class FPState {
    /** FPCR bits: AHP (26), DN (25), FZ (24), RMode (23:22), FZ16 (19). */
    public static final int AHP = 1 << 26, DN = 1 << 25, FZ = 1 << 24, FZ16 = 1 << 19;
    public static final int RMODE_SHIFT = 22;
    /** FPCR.RMode values (and the rounding argument of the explicit-mode operations). */
    public static final int RN = 0, RP = 1, RM = 2, RZ = 3;
    /** Not an FPCR value: round to nearest with ties away from zero (FCVTAS, FRINTA). */
    public static final int RA = 4;
    /** Not an FPCR value: round to odd (FCVTXN). */
    public static final int RO = 5;

    /** FPSR cumulative flags. */
    public static final int IOC = 1, DZC = 1 << 1, OFC = 1 << 2, UFC = 1 << 3, IXC = 1 << 4, IDC = 1 << 7,
            QC = 1 << 27;

    public int fpcr;
    public int fpsr;

    /** FPCR.RMode. */
    public int roundingMode() {
        return (fpcr >>> RMODE_SHIFT) & 3;
    }

    public void raise(int flags) {
        fpsr |= flags;
    }

    public void copyFrom(FPState o) {
        fpcr = o.fpcr;
        fpsr = o.fpsr;
    }
}
