package jemu.core.a64.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/** The FP opcodes of Advanced SIMD two-register miscellaneous, vector and scalar. */
class DiffSimdFpTwoRegMiscTest {
    private static final Encoding[] VECTOR = {
        Encoding.of("0 Q:1 U:1 01110 a:1 sz:1 10000 11 op:3 10 Rn:5 Rd:5"),
        Encoding.of("0 Q:1 U:1 01110 1 sz:1 10000 011 op:2 10 Rn:5 Rd:5"),
        Encoding.of("0 Q:1 U:1 01110 0 sz:1 10000 1011 op:1 10 Rn:5 Rd:5"),
    };
    private static final Encoding[] SCALAR = {
        Encoding.of("01 U:1 11110 a:1 sz:1 10000 11 op:3 10 Rn:5 Rd:5"),
        Encoding.of("01 U:1 11110 1 sz:1 10000 011 op:2 10 Rn:5 Rd:5"),
        Encoding.of("01 U:1 11110 0 sz:1 10000 1011 op:1 10 Rn:5 Rd:5"),
    };

    private static DiffCase make(String label, Encoding[] encodings, RandomGenerator r) {
        Encoding e = encodings[r.nextInt(encodings.length)];
        int insn = e.random(r);
        boolean dbl = e.get(insn, "sz") == 1;
        // FCVTL reads singles or halves; the conversions from integers like any bits.
        int esize = r.nextInt(5) == 0 ? 0 : e == encodings[2] ? (dbl ? 0 : 32) : dbl ? 64 : 32;
        ArchState s = FpStates.random(r, esize);
        if (e == encodings[2] && r.nextInt(3) == 0) {
            s.fpcr |= 1 << 26; // AHP for FCVTN/FCVTL to and from half precision
        }
        return Differential.one(label, insn, s, r);
    }

    @Test
    void vector() {
        Differential.check("simd fp 2misc", Differential.count(4000), (r, i) -> make("simd fp 2misc #" + i, VECTOR, r));
    }

    @Test
    void scalar() {
        Differential.check("simd fp scalar 2misc", Differential.count(2500), (r, i) -> make("simd fp scalar 2misc #" + i,
                SCALAR, r));
    }
}
