package jemu.core.a32.neon;

import org.junit.jupiter.api.Test;

/** A7.4.1-A7.4.3 and A7.4.6 against qemu-arm -cpu cortex-a15: random words of each group, random states. */
class NeonQemuTest {
    /** 1111 001U 0 D size Vn Vd A N Q M B Vm. */
    @Test
    void threeSame() {
        NeonQemu.check("three same", NeonQemu.cases(1, 8000, 0xf200_0000, 0x017f_ffff, w -> true));
    }

    /** 1111 001U 1 D size Vn Vd A N 0 M 0 Vm, size != 11. */
    @Test
    void threeDifferent() {
        NeonQemu.check("three different",
                NeonQemu.cases(2, 6000, 0xf280_0000, 0x017f_ffaf, w -> (w >>> 20 & 3) != 3));
    }

    /** 1111 001Q 1 D size Vn Vd A N 1 M 0 Vm, size != 11. */
    @Test
    void twoRegistersScalar() {
        NeonQemu.check("two registers and a scalar",
                NeonQemu.cases(3, 6000, 0xf280_0040, 0x017f_ffaf, w -> (w >>> 20 & 3) != 3));
    }

    /** 1111 001i 1 D 000 imm3 Vd cmode 0 Q op 1 imm4. */
    @Test
    void modifiedImmediate() {
        NeonQemu.check("modified immediate", NeonQemu.cases(4, 3000, 0xf280_0010, 0x0147_ff6f, w -> true));
    }

    /** The floating-point forms of three same (A = 11xx), defined ones only: sz = 0, D registers or even Q ones. */
    @Test
    void threeSameFloat() {
        NeonQemu.check("three same, floating point", NeonQemu.cases(5, 8000, 0xf200_0c00, 0x016f_f3ff & ~0x0001_1001,
                w -> true));
    }

    /** The saturating integer forms of three same (VQADD, VQSUB, VQSHL, VQRSHL, VQDMULH, VQRDMULH): QC. */
    @Test
    void threeSameSaturating() {
        NeonQemu.check("three same, saturating", NeonQemu.cases(6, 6000, 0xf200_0000, 0x017f_ffff & ~0x0001_1001,
                w -> {
                    int a = w >>> 8 & 0xf;
                    return (w & 0x10) != 0 ? a == 0 || a == 2 || a == 4 || a == 5 : a == 0xb;
                }));
    }
}
