package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import jemu.core.a64.diff.Encoding;

/**
 * Data-processing instructions that write the PC, as DiffBranchesTest does for branches: the
 * operands are chosen so that the result is the address after {@code k} UDF fillers (the
 * epilogue), so a right branch ends the case normally and a wrong one stops at a SIGILL whose
 * address says where it went. A32 writes go through ALUWritePC (interworking), T32 ones through
 * BranchWritePC (bit 0 ignored). The S forms (exception return) are UNDEFINED in user mode.
 */
class DiffDataProcessingPcTest {
    private static final int UDF_A32 = 0xe7f000f0, UDF_T16 = 0xde00;
    private static final long START = A32HarnessLayout.CODE_ADDR + 4;

    private static final Encoding A32 = Encoding.of("cond:4 000 op:4 S:1 Rn:4 1111 00000 00 0 Rm:4");
    private static final Encoding A32_ADD_PC = Encoding.of("cond:4 001 0100 S:1 1111 1111 0000 imm8:8");
    private static final int[] A32_OPS = {0b0000, 0b0001, 0b0010, 0b0011, 0b0100, 0b0101, 0b0110, 0b0111, 0b1100,
        0b1101, 0b1110, 0b1111};
    private static final Encoding T16_MOV = Thumb.narrow("010001 10 1 Rm:4 111");
    private static final Encoding T16_ADD = Thumb.narrow("010001 00 1 Rm:4 111");
    private static final Encoding T32 = Thumb.wide("1110101 op:4 S:1 Rn:4 0 000 1111 00 00 Rm:4");
    private static final int[] T32_OPS = {0b0000, 0b0001, 0b0010, 0b0011, 0b0100, 0b1000, 0b1010, 0b1011, 0b1101,
        0b1110};

    private static final Encoding A32_MUL = Encoding.of("cond:4 0000 000 S:1 1111 0000 Rm:4 1001 Rn:4");
    private static final Encoding T32_MOV = Thumb.wide("1110101 0010 S:1 1111 0 000 1111 00 00 Rm:4");
    private static final Encoding T32_MUL = Thumb.wide("11111011 0000 Rn:4 1111 1111 0000 Rm:4");
    private static final Encoding T32_ADD_IMM = Thumb.wide("11110 0 0 1000 0 Rn:4 0 000 1111 00000000");

    /**
     * MUL PC (A32, T32), MOV.W{S} PC (T32 ORR with Rn = 1111), ADD.W PC, Rn, #0: UNPREDICTABLE
     * PC destinations that qemu executes as a branch (or not: compared either way).
     */
    @Test
    void unpredictablePcDestinations() {
        A32Differential.check("dp pc other", A32Differential.count(400), (r, i) -> {
            boolean thumb = i % 4 != 0;
            int k = 1 + r.nextInt(5);
            int target = (int) (START + 4 + (thumb ? 2L : 4L) * k);
            A32ArchState s = A32States.random(r);
            int[] nm = new int[2];
            twoRegisters(r, nm);
            int insn;
            if (!thumb) {
                insn = A32_MUL.with(A32_MUL.with(A32_MUL.with(A32_MUL.with(A32_MUL.random(r), "cond", DpDiff.cond(r)),
                        "S", r.nextInt(2)), "Rn", nm[0]), "Rm", nm[1]);
                s.r[nm[0]] = target;
                s.r[nm[1]] = 1;
                return A32DiffCase.a32("dp pc other #" + i, withFillers(insn, k, UDF_A32), s, r.nextLong());
            }
            switch (i % 4) {
                case 1 -> {
                    insn = T32_MOV.with(T32_MOV.with(T32_MOV.random(r), "S", r.nextInt(2)), "Rm", nm[1]);
                    s.r[nm[1]] = target | r.nextInt(2);
                }
                case 2 -> {
                    insn = T32_MUL.with(T32_MUL.with(T32_MUL.random(r), "Rn", nm[0]), "Rm", nm[1]);
                    s.r[nm[0]] = target;
                    s.r[nm[1]] = 1;
                }
                default -> {
                    insn = T32_ADD_IMM.with(T32_ADD_IMM.random(r), "Rn", nm[0]);
                    s.r[nm[0]] = target;
                }
            }
            return A32DiffCase.t32("dp pc other #" + i, withFillers(insn, k, UDF_T16), s, r.nextLong());
        });
    }

    private static int[] withFillers(int first, int k, int filler) {
        int[] insns = new int[1 + k];
        insns[0] = first;
        java.util.Arrays.fill(insns, 1, 1 + k, filler);
        return insns;
    }

    private static final String[] A32_NAMES = {"AND", "EOR", "SUB", "RSB", "ADD", "ADC", "SBC", "RSC", "", "", "", "",
        "ORR", "MOV", "BIC", "MVN"};
    private static final String[] T32_NAMES = {"AND", "BIC", "ORR", "ORN", "EOR", "", "", "", "ADD", "", "ADC", "SBC",
        "", "SUB", "RSB", ""};

    /**
     * Operands {@code a} (Rn) and {@code m} (Rm, shifted by 0) for which the operation gives
     * {@code t} with carry {@code c}.
     */
    private static int[] operands(String op, int t, int c, RandomGenerator r) {
        int a = r.nextInt();
        int m = switch (op) {
            case "EOR" -> a ^ t;
            case "SUB" -> a - t;
            case "RSB" -> t + a;
            case "ADD" -> t - a;
            case "ADC" -> t - a - c;
            case "SBC" -> a - t - (1 - c);
            case "RSC" -> t + a + (1 - c);
            case "MOV" -> t;
            case "MVN" -> ~t;
            case "AND", "ORN" -> -1;
            default -> 0; // ORR, BIC
        };
        if (op.equals("AND") || op.equals("ORN") || op.equals("ORR") || op.equals("BIC")) {
            a = t;
        }
        return new int[] {a, m};
    }

    private static int twoRegisters(RandomGenerator r, int[] nm) {
        nm[0] = r.nextInt(15);
        do {
            nm[1] = r.nextInt(15);
        } while (nm[1] == nm[0]);
        return 0;
    }

    @Test
    void a32() {
        A32Differential.check("dp pc a32", A32Differential.count(800), (r, i) -> {
            int k = 1 + r.nextInt(5);
            int target = (int) (START + 4 + 4L * k);
            A32ArchState s = A32States.random(r);
            int cond = DpDiff.cond(r);
            int s1 = r.nextInt(8) == 0 ? 1 : 0;
            int insn;
            if (r.nextInt(5) == 0) {
                insn = A32_ADD_PC.with(A32_ADD_PC.with(A32_ADD_PC.with(A32_ADD_PC.random(r), "cond", cond), "S", s1), "imm8", 4 * k - 4);
            } else {
                int op = A32_OPS[r.nextInt(A32_OPS.length)];
                int[] nm = new int[2];
                twoRegisters(r, nm);
                int[] v = operands(A32_NAMES[op], target, s.cpsr >>> 29 & 1, r);
                s.r[nm[0]] = v[0];
                s.r[nm[1]] = v[1];
                insn = A32.with(A32.with(A32.with(A32.with(A32.with(A32.random(r), "cond", cond), "op", op), "S", s1), "Rn", nm[0]),
                        "Rm", nm[1]);
            }
            return A32DiffCase.a32("dp pc a32 #" + i, withFillers(insn, k, UDF_A32), s, r.nextLong());
        });
    }

    @Test
    void t16() {
        A32Differential.check("dp pc t16", A32Differential.count(500), (r, i) -> {
            int k = 1 + r.nextInt(5);
            boolean inIt = r.nextInt(3) == 0;
            long at = START + (inIt ? 2 : 0);
            int target = (int) (at + 2 + 2L * k);
            A32ArchState s = A32States.random(r);
            int m = r.nextInt(15);
            int insn;
            if (r.nextBoolean()) {
                insn = T16_MOV.with(T16_MOV.random(r), "Rm", m);
                s.r[m] = target | r.nextInt(2);
            } else {
                insn = T16_ADD.with(T16_ADD.random(r), "Rm", m);
                s.r[m] = target - (int) (at + 4) | r.nextInt(2);
            }
            int[] body = withFillers(insn, k, UDF_T16);
            if (!inIt) {
                return A32DiffCase.t32("dp pc t16 #" + i, body, s, r.nextLong());
            }
            int[] insns = new int[body.length + 1];
            insns[0] = Thumb.it(r.nextInt(15), 0b1000);
            System.arraycopy(body, 0, insns, 1, body.length);
            return A32DiffCase.t32("dp pc t16 it #" + i, insns, s, r.nextLong());
        });
    }

    /** Rd = 1111 in the 32-bit encodings is UNPREDICTABLE (S = 0) or a compare (S = 1): as qemu does. */
    @Test
    void t32() {
        A32Differential.check("dp pc t32", A32Differential.count(500), (r, i) -> {
            int k = 1 + r.nextInt(5);
            int target = (int) (START + 4 + 2L * k);
            A32ArchState s = A32States.random(r);
            int op = T32_OPS[r.nextInt(T32_OPS.length)];
            int[] nm = new int[2];
            twoRegisters(r, nm);
            int[] v = operands(T32_NAMES[op], target, s.cpsr >>> 29 & 1, r);
            s.r[nm[0]] = v[0];
            s.r[nm[1]] = v[1] | (r.nextInt(4) == 0 ? 1 : 0);
            int insn = T32.with(T32.with(T32.with(T32.with(T32.random(r), "op", op), "S", r.nextInt(4) == 0 ? 1 : 0), "Rn", nm[0]),
                    "Rm", nm[1]);
            return A32DiffCase.t32("dp pc t32 #" + i, withFillers(insn, k, UDF_T16), s, r.nextLong());
        });
    }
}
