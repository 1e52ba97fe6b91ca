package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/** VMLA VMLS VNMLA VNMLS VMUL VNMUL VADD VSUB VDIV VFMA VFMS VFNMA VFNMS, single and double precision. */
class DiffVfpArithmeticTest {
    private static final Encoding CHAINED = Encoding.of("1110 1110 0 D:1 opc:2 Vn:4 Vd:4 101 sz:1 N:1 op:1 M:1 0 Vm:4");
    private static final Encoding DIV_FUSED = Encoding.of("1110 1110 1 D:1 opc:2 Vn:4 Vd:4 101 sz:1 N:1 op:1 M:1 0 Vm:4");

    @Test
    void chained() {
        VfpDiff.check("vfp chained", 1200, CHAINED, VfpDiff::state, null);
    }

    @Test
    void divideAndFused() {
        // opc 11 is the two-register group, tested elsewhere.
        VfpDiff.check("vfp div fused", 1200, DIV_FUSED, VfpDiff::state,
                (r, w) -> DIV_FUSED.with(w, "opc", r.nextInt(3)));
    }
}
