package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Load register (literal): LDR (W, X, S, D, Q), LDRSW and PRFM. A case is a run of literal loads
 * that read the code page's own words (the harness's first word and the run itself, the only
 * part of the code page that qemu's harness and jemu's runner fill alike), or unmapped memory
 * below or above the code page.
 */
class DiffLoadLiteralTest {
    private static final Encoding ENC = Encoding.of("opc:2 011 V:1 00 imm19:19 Rt:5");
    private static final long CODE = HarnessLayout.CODE_ADDR;

    @Test
    void literal() {
        LoadStoreDiff.check("ld literal", Differential.count(1500), (r, i) -> {
            int count = 1 + r.nextInt(8);
            int[] insns = new int[count];
            long end = CODE + 4 + 4L * count; // just past the run
            for (int j = 0; j < count; j++) {
                int insn = ENC.random(r);
                if (ENC.get(insn, "V") == 1 && ENC.get(insn, "opc") == 3 && r.nextInt(4) != 0) {
                    insn = ENC.with(insn, "opc", r.nextInt(3)); // keep most runs going past the undefined one
                }
                int bytes = (ENC.get(insn, "V") == 1 ? 4 : 4 + 4 * (ENC.get(insn, "opc") & 1))
                        << (ENC.get(insn, "V") == 1 ? ENC.get(insn, "opc") : 0);
                long pc = CODE + 4 + 4L * j;
                long target;
                int k = r.nextInt(20);
                if (k == 0) {
                    target = CODE - 4 - 4L * r.nextInt(1 << 16);
                } else if (k == 1) {
                    target = CODE + 0x1000 + 4L * r.nextInt(0x3c00);
                } else if (bytes > end - CODE) {
                    target = CODE - 4 - 4L * r.nextInt(4); // starts below the code page: faults
                } else {
                    target = CODE + 4L * r.nextInt((int) (end - CODE - bytes) / 4 + 1);
                }
                insns[j] = ENC.with(insn, "imm19", (int) ((target - pc) >> 2));
            }
            return new LoadStoreDiff.Case(new DiffCase("literal #" + i, insns, States.random(r), r.nextLong()));
        });
    }
}
