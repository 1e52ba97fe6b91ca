package jemu.core.a32.diff;

import java.util.List;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * LDRD and STRD ({@code jemu.core.a32.ldst.Dual}), A32 immediate and register, T32 immediate;
 * word alignment is required (SIGBUS). A load that faults on its second word leaves the
 * registers unchanged in jemu, where qemu has written Rt: the expected result is qemu's with the
 * starting registers, as jemu documents.
 */
class DiffLoadStoreDualTest {
    private static final Encoding A32_IMM = Encoding.of("1110 000 P:1 U:1 1 W:1 0 Rn:4 Rt:4 imm4H:4 1 1 S:1 1 imm4L:4");
    private static final Encoding A32_REG = Encoding.of("1110 000 P:1 U:1 0 W:1 0 Rn:4 Rt:4 0000 1 1 S:1 1 Rm:4");
    private static final Encoding T32 = Thumb.wide("1110100 P:1 U:1 1 W:1 L:1 Rn:4 Rt:4 Rt2:4 imm8:8");

    static void check(String name, boolean thumb, int n, Encoding e, java.util.function.IntPredicate accept) {
        List<A32DiffCase> cases = new java.util.ArrayList<>();
        var r = A32Differential.random(name);
        for (int i = 0; i < A32Differential.count(n); i++) {
            int w = LdstDiff.word(e, r, thumb, x -> accept.test(x) && LdstDiff.usableRegisters(e, x));
            A32ArchState s = LdstDiff.state(r, LdstDiff.field(e, w, "Rn"), LdstDiff.field(e, w, "Rm"), 64, 4);
            String label = name + " #" + i;
            cases.add(thumb ? A32Differential.t32(label, w, s, r) : A32Differential.a32(label, w, s, r));
        }
        A32Differential.assertSameAsQemu(cases, (i, q) -> q.signo() == 0 ? q
                : new A32DiffResult(q.signo(), q.faultAddress(), q.pcOffset(), withRegisters(q.state(), cases.get(i).state()), q.data()));
    }

    /** {@code s} with r0-r14 from {@code from}: a faulting instruction changes no register in jemu. */
    static A32ArchState withRegisters(A32ArchState s, A32ArchState from) {
        A32ArchState x = s.copy();
        System.arraycopy(from.r, 0, x.r, 0, 15);
        return x;
    }

    @Test
    void a32() {
        check("ldst dual a32 imm", false, 500, A32_IMM, w -> true);
        check("ldst dual a32 reg", false, 400, A32_REG, w -> true);
    }

    @Test
    void t32() {
        check("ldst dual t32", true, 600, T32, w -> (w & 0x0120_0000) != 0); // P or W: else the exclusives
    }
}
