package jemu.core.a32.neon;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The alignment each VLDn/VSTn asks for, and which are UNDEFINED: every value of bits 11..4 of
 * the multiple-structure, single-lane and all-lanes forms, from bases of several alignments,
 * under qemu-arm and in jemu. (qemu 7.2 departs from the manual in places; jemu follows qemu.)
 */
class NeonAlignmentTest {
    static final int[] OFFS = {32, 33, 34, 36, 40, 48, 64};

    static String derive(List<NeonOracle.Result> rs, int from) {
        if (rs.get(from).signal == 4) {
            return "UNDEF";
        }
        for (int a = 1; a <= 64; a *= 2) {
            boolean ok = true;
            for (int k = 0; k < OFFS.length; k++) {
                boolean faults = rs.get(from + k).signal != 0;
                if (faults != (OFFS[k] % a != 0)) {
                    ok = false;
                }
            }
            if (ok) {
                return "align" + a;
            }
        }
        return "weird";
    }

    @Test
    void everyFieldCombination() throws Exception {
        List<Integer> words = new ArrayList<>();
        for (int bits = 0; bits < 256; bits++) {
            words.add(0xf4a00000 | 0 << 16 | 2 << 12 | bits << 4 | 15); // single lane / all lanes load, bits 11..4
            words.add(0xf4200000 | 2 << 12 | bits << 4 | 15); // multiple load
            words.add(0xf4800000 | 2 << 12 | bits << 4 | 15); // single lane store
        }
        List<NeonOracle.Case> cases = new ArrayList<>();
        SplittableRandom g = new SplittableRandom(1);
        for (int w : words) {
            for (int off : OFFS) {
                NeonOracle.Case c = NeonOracle.Case.random(w, cases.size(), g);
                for (int i = 0; i < 8; i++) {
                    c.r[i] = (int) (NeonOracle.bufAddress(cases.size()) + off);
                }
                cases.add(c);
            }
        }
        List<NeonOracle.Result> q = NeonOracle.qemu(cases);
        Assumptions.assumeTrue(q != null, "qemu-arm or arm-linux-gnueabihf-gcc missing");
        List<NeonOracle.Result> j = NeonOracle.jemu(cases);
        List<String> fails = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String qs = derive(q, i * OFFS.length), js = derive(j, i * OFFS.length);
            if (!qs.equals(js)) {
                fails.add(String.format("%08x: qemu %s, jemu %s", words.get(i), qs, js));
            }
        }
        assertTrue(fails.isEmpty(), String.join("\n", fails));
    }
}
