package jemu.core.a32.neon;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Exploration aid: the alignment and UNDEFINED behaviour of every VLDn/VSTn field combination, qemu vs jemu. */
class NeonProbeTest {
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
    void probe() throws Exception {
        if (System.getProperty("probe") == null) {
            return;
        }
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
        List<NeonOracle.Result> j = NeonOracle.jemu(cases);
        for (int i = 0; i < words.size(); i++) {
            String qs = derive(q, i * OFFS.length), js = derive(j, i * OFFS.length);
            if (!qs.equals(js)) {
                int w = words.get(i);
                System.out.printf("PROBE %08x b11_8=%s b7_4=%s qemu %s jemu %s%n", w, Integer.toBinaryString(16 | (w >>> 8) & 15).substring(1),
                        Integer.toBinaryString(16 | (w >>> 4) & 15).substring(1), qs, js);
            }
        }
    }
}
