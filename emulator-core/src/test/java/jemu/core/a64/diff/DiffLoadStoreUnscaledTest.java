package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** Load/store register, unscaled (LDUR, STUR, PRFUM). */
class DiffLoadStoreUnscaledTest {
    private static final Encoding ENC = Encoding.of("size:2 111 V:1 00 opc:2 0 imm9:9 00 Rn:5 Rt:5");

    @Test
    void unscaled() {
        LoadStoreDiff.check("ldst unscaled", Differential.count(3000), (r, i) -> {
            int imm9 = SingleRegisterCases.imm9(r);
            int insn = ENC.with(SingleRegisterCases.withKind(r, ENC.random(r)), "imm9", imm9);
            return SingleRegisterCases.aimed("unscaled #" + i, insn, imm9, r);
        });
    }
}
