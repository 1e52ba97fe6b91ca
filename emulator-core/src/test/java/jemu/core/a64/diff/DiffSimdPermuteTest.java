package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** Advanced SIMD table lookup (TBL, TBX), permute (UZP, TRN, ZIP) and extract (EXT), against qemu. */
class DiffSimdPermuteTest {
    static final Encoding TABLE = Encoding.of("0 Q:1 001110 op2:2 0 Rm:5 0 len:2 op:1 00 Rn:5 Rd:5");
    static final Encoding PERMUTE = Encoding.of("0 Q:1 001110 size:2 0 Rm:5 0 opcode:3 10 Rn:5 Rd:5");
    static final Encoding EXTRACT = Encoding.of("0 Q:1 101110 op2:2 0 Rm:5 0 imm4:4 0 Rn:5 Rd:5");

    @Test
    void tableLookup() {
        SimdDiff.run("tbl", 500, r -> TABLE.random(r));
        // Indices mostly inside a table of up to four registers, wrapping past V31.
        Differential.check("tbl indices", Differential.count(1500), (r, i) -> {
            int w = TABLE.with(TABLE.random(r), "op2", 0);
            if (r.nextInt(4) == 0) {
                w = TABLE.with(w, "Rn", 29 + r.nextInt(3));
            }
            w = SimdDiff.alias(TABLE, w, r, "Rd", "Rn", "Rm");
            ArchState s = SimdDiff.state(r);
            int m = TABLE.get(w, "Rm");
            int limit = 16 * (TABLE.get(w, "len") + 1) + 8;
            for (int h = 0; h < 2; h++) {
                long idx = 0;
                for (int b = 0; b < 8; b++) {
                    idx |= (long) (r.nextInt(8) == 0 ? r.nextInt(256) : r.nextInt(limit)) << (8 * b);
                }
                s.v[2 * m + h] = idx;
            }
            return Differential.one("tbl indices #" + i, w, s, r);
        });
    }

    @Test
    void permute() {
        SimdDiff.run("permute", 2000, r -> SimdDiff.alias(PERMUTE, PERMUTE.random(r), r, "Rd", "Rn", "Rm"));
    }

    @Test
    void extract() {
        SimdDiff.run("ext", 500, r -> SimdDiff.alias(EXTRACT, EXTRACT.random(r), r, "Rd", "Rn", "Rm"));
        SimdDiff.run("ext allocated", 1000, r -> SimdDiff.alias(EXTRACT,
                EXTRACT.with(EXTRACT.random(r), "op2", 0), r, "Rd", "Rn", "Rm"));
    }
}
