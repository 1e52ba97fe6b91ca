package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** The FP opcodes (11xxx) of Advanced SIMD three same, vector and scalar. */
class DiffSimdFpThreeSameTest {
    private static final Encoding VECTOR = Encoding.of("0 Q:1 U:1 01110 a:1 sz:1 1 Rm:5 11 op:3 1 Rn:5 Rd:5");
    private static final Encoding SCALAR = Encoding.of("01 U:1 11110 a:1 sz:1 1 Rm:5 11 op:3 1 Rn:5 Rd:5");

    @Test
    void vector() {
        Differential.check("simd fp 3same", Differential.count(4000), (r, i) -> {
            int insn = VECTOR.random(r);
            return FpStates.one("simd fp 3same #" + i, insn, r, VECTOR.get(insn, "sz") == 1 ? 64 : 32);
        });
    }

    @Test
    void scalar() {
        Differential.check("simd fp scalar 3same", Differential.count(2500), (r, i) -> {
            int insn = SCALAR.random(r);
            return FpStates.one("simd fp scalar 3same #" + i, insn, r, SCALAR.get(insn, "sz") == 1 ? 64 : 32);
        });
    }
}
