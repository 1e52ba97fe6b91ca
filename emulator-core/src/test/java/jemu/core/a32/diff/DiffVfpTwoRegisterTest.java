package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * The two-register VFP data-processing group (opc1 = 1x11): VMOV (register and immediate),
 * VABS, VNEG, VSQRT, VCMP{E} (with zero too), VCVTB/VCVTT, VCVT between precisions, to and from
 * integers (VCVT and VCVTR) and fixed point; the ARMv8 encodings of the group must be UNDEFINED.
 */
class DiffVfpTwoRegisterTest {
    private static final Encoding TWO_REG = Encoding.of("1110 1110 1 D:1 11 opc2:4 Vd:4 101 sz:1 op:1 1 M:1 0 Vm:4");
    private static final Encoding IMM = Encoding.of("1110 1110 1 D:1 11 imm4H:4 Vd:4 101 sz:1 b74:4 imm4L:4");

    @Test
    void twoRegister() {
        VfpDiff.check("vfp two-reg", 2500, TWO_REG, VfpDiff::state, (r, w) -> {
            if (TWO_REG.get(w, "opc2") == 0b0101 && r.nextBoolean()) {
                w = TWO_REG.with(TWO_REG.with(w, "Vm", 0), "M", 0); // VCMP with zero, mostly well formed
            }
            return w;
        });
    }

    @Test
    void moveImmediate() {
        VfpDiff.check("vfp vmov imm", 400, IMM, VfpDiff::state,
                (r, w) -> r.nextInt(4) == 0 ? w : IMM.with(w, "b74", 0));
    }
}
