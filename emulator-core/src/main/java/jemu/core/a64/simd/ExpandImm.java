package jemu.core.a64.simd;

/** AdvSIMDExpandImm(): the 64-bit pattern of MOVI, MVNI, ORR, BIC and FMOV (vector, immediate). */
public final class ExpandImm {
    private ExpandImm() {}

    /** AdvSIMDExpandImm(op, cmode, imm8), shared pseudocode. */
    public static long expand(int op, int cmode, int imm8) {
        long imm = imm8 & 0xffL;
        switch (cmode >>> 1) {
            case 0, 1, 2, 3:
                return replicate32(imm << (8 * (cmode >>> 1)));
            case 4, 5:
                return Lanes.replicate(imm << (8 * ((cmode >>> 1) & 1)), 1);
            case 6:
                return replicate32((cmode & 1) == 0 ? imm << 8 | 0xff : imm << 16 | 0xffff);
            default:
                if ((cmode & 1) == 0) {
                    return op == 0 ? Lanes.replicate(imm, 0) : bytesOfBits(imm8);
                }
                return op == 0 ? replicate32(vfpExpandImm32(imm8)) : vfpExpandImm64(imm8);
        }
    }

    private static long replicate32(long x) {
        return Lanes.replicate(x, 2);
    }

    /** imm8 = abcdefgh: each bit becomes a byte of ones or zeros. */
    private static long bytesOfBits(int imm8) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            if ((imm8 >>> i & 1) != 0) {
                r |= 0xffL << (8 * i);
            }
        }
        return r;
    }

    /** VFPExpandImm() for single precision: a:NOT(b):bbbbb:cdefgh:Zeros(19). */
    static long vfpExpandImm32(int imm8) {
        long a = (imm8 >>> 7) & 1, b = (imm8 >>> 6) & 1;
        return a << 31 | (b ^ 1) << 30 | (b == 1 ? 0x1fL << 25 : 0) | (long) (imm8 & 0x3f) << 19;
    }

    /** VFPExpandImm() for double precision: a:NOT(b):bbbbbbbb:cdefgh:Zeros(48). */
    static long vfpExpandImm64(int imm8) {
        long a = (imm8 >>> 7) & 1, b = (imm8 >>> 6) & 1;
        return a << 63 | (b ^ 1) << 62 | (b == 1 ? 0xffL << 54 : 0) | (long) (imm8 & 0x3f) << 48;
    }
}
