package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** FMLA, FMLS, FMUL, FMULX by element, vector and scalar. */
class DiffSimdFpByElementTest {
    private static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01111 1 sz:1 L:1 M:1 Rm:4 op:4 H:1 0 Rn:5 Rd:5");
    private static final Encoding SCALAR = Encoding.of("01 U:1 11111 1 sz:1 L:1 M:1 Rm:4 op:4 H:1 0 Rn:5 Rd:5");
    private static final int[] OPCODES = {0b0001, 0b0101, 0b1001};

    private static int pick(Encoding e, java.util.random.RandomGenerator r) {
        int insn = e.with(e.random(r), "op", OPCODES[r.nextInt(3)]);
        if (r.nextInt(3) != 0) {
            insn = e.with(insn, "U", e.get(insn, "op") == 0b1001 ? e.get(insn, "U") : 0);
        }
        return insn;
    }

    @Test
    void vector() {
        Differential.check("simd fp by element", Differential.count(3000), (r, i) -> {
            int insn = pick(VECTOR, r);
            return FpStates.one("simd fp by element #" + i, insn, r, VECTOR.get(insn, "sz") == 1 ? 64 : 32);
        });
    }

    @Test
    void scalar() {
        Differential.check("simd fp scalar by element", Differential.count(2000), (r, i) -> {
            int insn = pick(SCALAR, r);
            return FpStates.one("simd fp scalar by element #" + i, insn, r, SCALAR.get(insn, "sz") == 1 ? 64 : 32);
        });
    }
}
