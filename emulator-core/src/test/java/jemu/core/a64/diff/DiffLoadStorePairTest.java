package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Load/store register pair: LDP, STP (W, X, S, D, Q), LDPSW, LDNP and STNP, in the no-allocate
 * (idx 00), post-index (01), signed offset (10) and pre-index (11) forms. Rt == Rt2 and
 * write-back with Rt or Rt2 == Rn (CONSTRAINED UNPREDICTABLE) are generated too: jemu does what
 * qemu does.
 */
class DiffLoadStorePairTest {
    private static final Encoding ENC = Encoding.of("opc:2 101 V:1 0 idx:2 L:1 imm7:7 Rt2:5 Rn:5 Rt:5");

    /** The allocated opc:V:L combinations, as opc << 2 | V << 1 | L. */
    private static final int[] KINDS = {
        0b0000, 0b0001, 0b0101, 0b1000, 0b1001, // STP/LDP W, LDPSW, STP/LDP X
        0b0010, 0b0011, 0b0110, 0b0111, 0b1010, 0b1011, // STP/LDP S, D, Q
    };

    @Test
    void pairs() {
        LoadStoreDiff.check("ldst pair", Differential.count(4000), (r, i) -> {
            int insn = ENC.random(r);
            int k = r.nextInt(12) == 0 ? r.nextInt(16) : KINDS[r.nextInt(KINDS.length)];
            insn = ENC.with(insn, "opc", k >>> 2);
            insn = ENC.with(insn, "V", k >>> 1 & 1);
            insn = ENC.with(insn, "L", k & 1);
            int imm7 = r.nextBoolean() ? r.nextInt(9) - 4 : r.nextInt(128) - 64;
            insn = ENC.with(insn, "imm7", imm7);
            boolean vector = (k & 2) != 0;
            int opc = k >>> 2;
            int scale = vector ? 2 + opc : opc == 2 ? 3 : 2;
            int idx = ENC.get(insn, "idx");
            long offset = idx == 0b01 ? 0 : (long) imm7 << scale;
            int bytes = 2 << Math.min(scale, 4);
            long address = LoadStoreDiff.target(r, bytes, bytes / 2);
            ArchState s = LoadStoreDiff.stateWith(r, ENC.get(insn, "Rn"), address - offset);
            int loaded = vector && (k & 1) != 0 ? 1 << ENC.get(insn, "Rt") | 1 << ENC.get(insn, "Rt2") : 0;
            return new LoadStoreDiff.Case(new DiffCase("pair #" + i, new int[] {insn}, s, r.nextLong()), loaded);
        });
    }
}
