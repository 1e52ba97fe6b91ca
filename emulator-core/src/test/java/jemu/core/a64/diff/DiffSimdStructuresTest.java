package jemu.core.a64.diff;

import org.junit.jupiter.api.Test;

/**
 * Advanced SIMD load/store multiple structures (LD1-LD4, ST1-ST4), single structure (one lane)
 * and load-and-replicate (LD1R-LD4R), without and with post-index (immediate and register).
 * Faulting structure loads are checked to be precise (see {@link LoadStoreDiff}).
 */
class DiffSimdStructuresTest {
    private static final Encoding MULTIPLE = Encoding.of("0 Q:1 0011000 L:1 000000 opcode:4 size:2 Rn:5 Rt:5");
    private static final Encoding MULTIPLE_POST = Encoding.of("0 Q:1 0011001 L:1 0 Rm:5 opcode:4 size:2 Rn:5 Rt:5");
    private static final Encoding SINGLE = Encoding.of("0 Q:1 0011010 L:1 R:1 00000 opcode:3 S:1 size:2 Rn:5 Rt:5");
    private static final Encoding SINGLE_POST = Encoding.of("0 Q:1 0011011 L:1 R:1 Rm:5 opcode:3 S:1 size:2 Rn:5 Rt:5");
    private static final int[] MULTIPLE_OPCODES = {0b0000, 0b0010, 0b0100, 0b0110, 0b0111, 0b1000, 0b1010};

    @Test
    void multipleStructures() {
        LoadStoreDiff.check("simd multiple", Differential.count(4000), (r, i) -> {
            Encoding enc = r.nextBoolean() ? MULTIPLE : MULTIPLE_POST;
            int insn = enc.random(r);
            if (r.nextInt(10) != 0) {
                insn = enc.with(insn, "opcode", MULTIPLE_OPCODES[r.nextInt(MULTIPLE_OPCODES.length)]);
            }
            int opcode = enc.get(insn, "opcode");
            int regs = switch (opcode) {
                case 0b0000, 0b0010 -> 4;
                case 0b0100, 0b0110 -> 3;
                case 0b1000, 0b1010 -> 2;
                default -> 1;
            };
            int bytes = regs * (enc.get(insn, "Q") == 1 ? 16 : 8);
            return aimed("multiple #" + i, insn, enc.get(insn, "L") == 1, enc.get(insn, "Rt"), regs, bytes,
                    1 << enc.get(insn, "size"), r);
        });
    }

    @Test
    void singleStructure() {
        LoadStoreDiff.check("simd single", Differential.count(4000), (r, i) -> {
            Encoding enc = r.nextBoolean() ? SINGLE : SINGLE_POST;
            int insn = enc.random(r);
            int opcode = enc.get(insn, "opcode");
            int scale = opcode >>> 1;
            int size = enc.get(insn, "size");
            if (scale == 3) {
                scale = size; // LD1R-LD4R
            } else if (scale == 2 && (size & 1) == 1) {
                scale = 3;
            }
            int selem = ((opcode & 1) << 1 | enc.get(insn, "R")) + 1;
            return aimed("single #" + i, insn, enc.get(insn, "L") == 1, enc.get(insn, "Rt"), selem, selem << scale,
                    1 << scale, r);
        });
    }

    private static LoadStoreDiff.Case aimed(String label, int insn, boolean load, int rt, int regs, int bytes,
            int align, java.util.random.RandomGenerator r) {
        int rn = (insn >>> 5) & 31;
        ArchState s = LoadStoreDiff.stateWith(r, rn, LoadStoreDiff.target(r, bytes, align));
        int loaded = 0;
        if (load) {
            for (int k = 0; k < regs; k++) {
                loaded |= 1 << ((rt + k) & 31);
            }
        }
        return new LoadStoreDiff.Case(new DiffCase(label, new int[] {insn}, s, r.nextLong()), loaded);
    }
}
