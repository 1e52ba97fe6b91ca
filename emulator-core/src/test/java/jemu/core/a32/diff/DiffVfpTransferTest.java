package jemu.core.a32.diff;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Register transfers: VMOV core <-> single, two cores <-> two singles or a double, core <-> scalar,
 * VDUP from a core register, VMRS and VMSR (FPSCR; the other system registers are privileged).
 */
class DiffVfpTransferTest {
    private static final Encoding CP10 = Encoding.of("1110 1110 A:3 L:1 Vn:4 Rt:4 1010 N:1 b65:2 1 b30:4");
    private static final Encoding CP11 = Encoding.of("1110 1110 opc1:3 L:1 Vn:4 Rt:4 1011 N:1 opc2:2 1 b30:4");
    private static final Encoding MOV64 = Encoding.of("1110 1100 010 op:1 Rt2:4 Rt:4 101 sz:1 b76:2 M:1 1 Vm:4");

    /** Rt = 15 as a destination branches (UNPREDICTABLE): not out of the case's code. */
    private static int noPcDestination(Encoding e, int w, String field, boolean toCore) {
        return toCore && e.get(w, field) == 15 ? e.with(w, field, 14) : w;
    }

    @Test
    void coreAndSingle() {
        VfpDiff.check("vmov single vmrs vmsr", 800, CP10, VfpDiff::state, (r, w) -> {
            if (r.nextInt(6) != 0) {
                w = CP10.with(CP10.with(w, "b65", 0), "b30", 0);
                if (r.nextBoolean()) {
                    w = CP10.with(CP10.with(CP10.with(w, "A", 7), "Vn", r.nextInt(4) == 0 ? r.nextInt(16) : 1), "N", 0);
                } else {
                    w = CP10.with(w, "A", 0);
                }
            }
            return w;
        });
    }

    @Test
    void scalarAndDup() {
        VfpDiff.check("vmov scalar vdup", 1000, CP11, VfpDiff::state, (r, w) -> {
            if (r.nextInt(6) != 0) {
                w = CP11.with(w, "b30", 0);
            }
            return noPcDestination(CP11, w, "Rt", CP11.get(w, "L") == 1);
        });
    }

    @Test
    void twoCores() {
        VfpDiff.check("vmov two cores", 800, MOV64, VfpDiff::state, (r, w) -> {
            if (r.nextInt(6) != 0) {
                w = MOV64.with(w, "b76", 0);
            }
            boolean toCore = MOV64.get(w, "op") == 1;
            return noPcDestination(MOV64, noPcDestination(MOV64, w, "Rt", toCore), "Rt2", toCore);
        });
    }
}
