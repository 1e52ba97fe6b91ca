package jemu.core.a32.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * LDM, STM (IA, IB, DA, DB), PUSH and POP ({@code jemu.core.a32.ldst.Multiple}) in A32, T32 and
 * T16; loads of the PC are left out (they branch). Bases are word-aligned, sometimes not, and
 * sometimes near the guard pages, so lists that cross into them fault. On a fault jemu changes no
 * register, where qemu has loaded the registers before the faulting word: the expected result
 * is qemu's with the starting registers (stores: qemu's data page, whose partial writes jemu
 * makes too).
 */
class DiffLoadStoreMultipleTest {
    private static final Encoding A32 = Encoding.of("1110 100 P:1 U:1 0 W:1 L:1 Rn:4 list:16");
    private static final Encoding T32 = Thumb.wide("1110100 op:2 0 W:1 L:1 Rn:4 list:16");
    private static final Encoding T16 = Thumb.narrow("1100 L:1 Rn:3 list:8");
    private static final Encoding PUSH_POP = Thumb.narrow("1011 L:1 10 M:1 list:8");

    private static void check(String name, boolean thumb, int n, Encoding e, IntPredicate accept) {
        RandomGenerator r = A32Differential.random(name);
        List<A32DiffCase> cases = new ArrayList<>();
        for (int i = 0; i < A32Differential.count(n); i++) {
            int w = LdstDiff.word(e, r, thumb, x -> accept.test(x) && LdstDiff.usableRegisters(e, x));
            int rn = LdstDiff.field(e, w, "Rn");
            A32ArchState s = LdstDiff.state(r, rn, -1, 72, r.nextInt(10) == 0 ? 1 : 4);
            String label = name + " #" + i;
            cases.add(thumb ? A32Differential.t32(label, w, s, r) : A32Differential.a32(label, w, s, r));
        }
        A32Differential.assertSameAsQemu(cases, (i, q) -> q.signo() == 0 ? q
                : new A32DiffResult(q.signo(), q.faultAddress(), q.pcOffset(),
                        DiffLoadStoreDualTest.withRegisters(q.state(), cases.get(i).state()), q.data()));
    }

    @Test
    void a32() {
        check("ldst multiple a32", false, 800, A32, w -> true);
    }

    @Test
    void t32() {
        check("ldst multiple t32", true, 800, T32, w -> true);
    }

    @Test
    void t16() {
        check("ldst multiple t16", true, 400, T16, w -> true);
        check("ldst push pop t16", true, 300, PUSH_POP, w -> true);
    }
}
