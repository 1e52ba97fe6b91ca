package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Load/store register (register offset): base plus Rm extended by UXTW, LSL, SXTW or SXTX and
 * optionally scaled by the access size; option<1> == 0 is unallocated (PRFM included).
 */
class DiffLoadStoreRegisterOffsetTest {
    private static final Encoding ENC = Encoding.of("size:2 111 V:1 00 opc:2 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5");

    @Test
    void registerOffset() {
        LoadStoreDiff.check("ldst register offset", Differential.count(3000), (r, i) -> {
            int insn = SingleRegisterCases.withKind(r, ENC.random(r));
            int option = r.nextInt(8) == 0 ? r.nextInt(8) : 0b010 | r.nextInt(2) | r.nextInt(2) << 2;
            insn = ENC.with(insn, "option", option);
            int shift = ENC.get(insn, "S") == 1 ? Math.min(SingleRegisterCases.scale(insn), 4) : 0;
            int rn = ENC.get(insn, "Rn"), rm = ENC.get(insn, "Rm");
            String label = "register offset #" + i;
            int bytes = SingleRegisterCases.bytes(insn);
            long address = LoadStoreDiff.target(r, bytes, bytes);
            ArchState s = States.random(r);
            if (rm == 31) {
                LoadStoreDiff.set(s, rn, address); // XZR: no offset
            } else if (rm == rn) {
                // One register is both: X + (X << shift), with X below 2^31 so every extend agrees.
                LoadStoreDiff.set(s, rn, address / (1 + (1L << shift)));
            } else {
                long index = r.nextInt(600) - 300;
                long offset = index << shift;
                long high = r.nextBoolean() ? 0 : (long) r.nextInt() << 32; // ignored by UXTW, SXTW
                long m = switch (option) {
                    case 0b010 -> (index & 0xffffffffL) | high; // UXTW: a negative index adds almost 4 GiB
                    case 0b110 -> (index & 0xffffffffL) | high;
                    default -> index;
                };
                if (option == 0b010 && index < 0) {
                    offset = (index & 0xffffffffL) << shift;
                }
                s.x[rm] = m;
                LoadStoreDiff.set(s, rn, address - offset);
            }
            return new LoadStoreDiff.Case(new DiffCase(label, new int[] {insn}, s, r.nextLong()));
        });
    }
}
