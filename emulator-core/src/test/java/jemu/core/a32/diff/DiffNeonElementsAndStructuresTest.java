package jemu.core.a32.diff;

import static jemu.core.a32.diff.DiffNeon2Support.state;
import static jemu.core.a32.diff.DiffNeon2Support.t32ElementOrStructure;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * A7.7 element and structure loads and stores (jemu.core.a32.neon.ElementsAndStructures):
 * VLD1-VLD4 and VST1-VST4, multiple structures, one lane, all lanes, every value of bits 11..4
 * (alignment faults and UNDEFINED ones included), no write-back, post-index by the transfer size
 * or by a register; A32 and T32.
 */
class DiffNeonElementsAndStructuresTest {
    private static final Encoding A32 = Encoding.of("1111 0100 A:1 D:1 L:1 0 Rn:4 Vd:4 B:8 Rm:4");
    private static final int[] RM = {15, 15, 15, 13, 13, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14};

    static A32DiffCaseParts make(RandomGenerator r) {
        int w = A32.random(r);
        int rn = r.nextInt(15); // never the PC: post-indexing it branches
        w = A32.with(w, "Rn", rn);
        w = A32.with(w, "Rm", RM[r.nextInt(RM.length)]);
        if (A32.get(w, "L") == 0) {
            // a store from past D31 would store qemu's hidden registers, which other cases' loads set
            int vd = r.nextInt(25);
            w = A32.with(A32.with(w, "Vd", vd & 15), "D", vd >> 4);
        }
        int[] aligns = {1, 2, 4, 8, 16, 32, 32};
        A32ArchState s = state(r);
        s.r[rn] = A32States.dataAddress(r, 64, aligns[r.nextInt(aligns.length)]);
        int rm = A32.get(w, "Rm");
        if (rm != 13 && rm != 15 && rm != rn) {
            s.r[rm] = r.nextInt(4) == 0 ? A32States.value(r) : r.nextInt(129) - 64;
        }
        return new A32DiffCaseParts(w, s);
    }

    record A32DiffCaseParts(int word, A32ArchState state) {}

    @Test
    void a32() {
        A32Differential.check("neon ldst a32", A32Differential.count(2000), (r, i) -> {
            A32DiffCaseParts p = make(r);
            return A32Differential.a32("neon ldst a32 #" + i, p.word(), p.state(), r);
        });
    }

    @Test
    void t32() {
        A32Differential.check("neon ldst t32", A32Differential.count(700), (r, i) -> {
            A32DiffCaseParts p = make(r);
            return A32Differential.t32("neon ldst t32 #" + i, t32ElementOrStructure(p.word()), p.state(), r);
        });
    }
}
