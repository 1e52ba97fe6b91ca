package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/** Load/store register (unsigned immediate): LDR/STR/LDRB/.../PRFM with a scaled imm12 offset. */
class DiffLoadStoreUnsignedOffsetTest {
    private static final Encoding ENC = Encoding.of("size:2 111 V:1 01 opc:2 imm12:12 Rn:5 Rt:5");

    @Test
    void unsignedOffset() {
        LoadStoreDiff.check("ldst unsigned offset", Differential.count(3000), (r, i) -> {
            int insn = SingleRegisterCases.withKind(r, ENC.random(r));
            int imm12 = r.nextBoolean() ? r.nextInt(64) : r.nextInt(4096);
            insn = ENC.with(insn, "imm12", imm12);
            long offset = (long) imm12 << Math.min(SingleRegisterCases.scale(insn), 4);
            return SingleRegisterCases.aimed("unsigned offset #" + i, insn, offset, r);
        });
    }
}
