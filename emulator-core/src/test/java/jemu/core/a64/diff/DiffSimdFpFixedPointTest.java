package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** SCVTF, UCVTF, FCVTZS, FCVTZU (fixed-point) of Advanced SIMD shift by immediate, vector and scalar. */
class DiffSimdFpFixedPointTest {
    private static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 011110 immh:4 immb:3 111 op:2 1 Rn:5 Rd:5");
    private static final Encoding SCALAR = Encoding.of("01 U:1 111110 immh:4 immb:3 111 op:2 1 Rn:5 Rd:5");

    private static int pick(Encoding e, java.util.random.RandomGenerator r) {
        int insn = e.with(e.random(r), "op", r.nextBoolean() ? 0 : 3);
        int immh = e.get(insn, "immh");
        if (immh == 0) {
            insn = e.with(insn, "immh", 4 | r.nextInt(4));
        } else if (immh < 4 && r.nextInt(4) != 0) {
            insn = e.with(insn, "immh", immh | 8);
        }
        return insn;
    }

    @Test
    void vector() {
        Differential.check("simd fp fixed", Differential.count(2500), (r, i) -> {
            int insn = pick(VECTOR, r);
            return FpStates.one("simd fp fixed #" + i, insn, r, VECTOR.get(insn, "op") == 0 ? 0
                    : VECTOR.get(insn, "immh") >= 8 ? 64 : 32);
        });
    }

    @Test
    void scalar() {
        Differential.check("simd fp scalar fixed", Differential.count(1500), (r, i) -> {
            int insn = pick(SCALAR, r);
            return FpStates.one("simd fp scalar fixed #" + i, insn, r, SCALAR.get(insn, "op") == 0 ? 0
                    : SCALAR.get(insn, "immh") >= 8 ? 64 : 32);
        });
    }
}
