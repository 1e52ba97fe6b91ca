package jemu.core.a64;

/**
 * The optional A64 features the engine implements. This is the single source for both the
 * identification registers ({@link A64SystemRegisters}) and the HWCAPs the OS layer advertises:
 * a feature is switched on here only once it is implemented and tested.
 */
public final class A64Features {
    private A64Features() {}

    /** FEAT_FP and FEAT_AdvSIMD (mandatory for Linux user space). */
    public static final boolean FP = true, ASIMD = true;
    /** The Cryptographic Extension: FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256. */
    public static final boolean AES = true, PMULL = true, SHA1 = true, SHA256 = true;
    /** FEAT_SHA512 and FEAT_SHA3 (EOR3, BCAX, RAX1, XAR). */
    public static final boolean SHA512 = true, SHA3 = true;
    /** FEAT_RDM (SQRDMLAH, SQRDMLSH) and FEAT_DotProd (SDOT, UDOT). */
    public static final boolean RDM = true, DOTPROD = true;
    /** CRC32/CRC32C instructions. */
    public static final boolean CRC32 = true;
    /** FEAT_LSE atomics (LDADD, CAS, SWP...). */
    public static final boolean ATOMICS = true;
    /** FEAT_LRCPC: LDAPR. */
    public static final boolean LRCPC = true;

    static long idAa64Pfr0() {
        // EL0 and EL1: AArch64 only (1); FP (19:16) and AdvSIMD (23:20): 0 = implemented.
        return 0x11L;
    }

    static long idAa64Isar0() {
        long v = 0;
        if (AES) {
            v |= (PMULL ? 2L : 1L) << 4;
        }
        if (SHA1) {
            v |= 1L << 8;
        }
        if (SHA256) {
            v |= (SHA512 ? 2L : 1L) << 12;
        }
        if (RDM) {
            v |= 1L << 28;
        }
        if (SHA3) {
            v |= 1L << 32;
        }
        if (DOTPROD) {
            v |= 1L << 44;
        }
        if (CRC32) {
            v |= 1L << 16;
        }
        if (ATOMICS) {
            v |= 2L << 20;
        }
        return v;
    }

    static long idAa64Isar1() {
        long v = 0;
        if (LRCPC) {
            v |= 1L << 20;
        }
        return v;
    }
}
