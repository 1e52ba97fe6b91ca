package jemu.core.a64.simd;

import jemu.core.arm.fp.FPState;

/**
 * The lane-wise integer operations, numbered so that a decoded instruction carries its operation
 * as one int; {@link #binary}, {@link #unary} and {@link #shift} map the number to the semantics
 * on one 64-bit half (the common operations skip this: see {@link CommonInsns}). {@code acc}
 * is the destination's old half, read by the accumulating and inserting operations.
 */
final class Ops {
    private Ops() {}

    // Binary: a (Vn), b (Vm or an element of it), acc (Vd).
    static final int ADD = 0, SUB = 1, MUL = 2, MLA = 3, MLS = 4, PMUL = 5, SHADD = 6, UHADD = 7, SRHADD = 8,
            URHADD = 9, SHSUB = 10, UHSUB = 11, SQADD = 12, UQADD = 13, SQSUB = 14, UQSUB = 15, SMAX = 16,
            UMAX = 17, SMIN = 18, UMIN = 19, SABD = 20, UABD = 21, SABA = 22, UABA = 23, CMGT = 24, CMHI = 25,
            CMGE = 26, CMHS = 27, CMEQ = 28, CMTST = 29, SSHL = 30, USHL = 31, SQSHL = 32, UQSHL = 33,
            SRSHL = 34, URSHL = 35, SQRSHL = 36, UQRSHL = 37, SQDMULH = 38, SQRDMULH = 39, AND = 40, BIC = 41,
            ORR = 42, ORN = 43, EOR = 44, BSL = 45, BIT = 46, BIF = 47, PMULL = 48, SQDMULL = 49,
            SQDMLAL = 50, SQDMLSL = 51, SQRDMLAH = 52, SQRDMLSH = 53, SDOT = 54, UDOT = 55;

    static long binary(int op, int size, long a, long b, long acc, FPState fp) {
        return switch (op) {
            case ADD -> Lanes.add(a, b, size);
            case SUB -> Lanes.sub(a, b, size);
            case MUL -> Multiply.mul(a, b, size);
            case MLA -> Lanes.add(acc, Multiply.mul(a, b, size), size);
            case MLS -> Lanes.sub(acc, Multiply.mul(a, b, size), size);
            case PMUL -> Multiply.pmul8(a, b);
            case SHADD -> Lanes.shadd(a, b, size);
            case UHADD -> Lanes.uhadd(a, b, size);
            case SRHADD -> Lanes.srhadd(a, b, size);
            case URHADD -> Lanes.urhadd(a, b, size);
            case SHSUB -> Lanes.shsub(a, b, size);
            case UHSUB -> Lanes.uhsub(a, b, size);
            case SQADD -> Saturating.sqadd(a, b, size, fp);
            case UQADD -> Saturating.uqadd(a, b, size, fp);
            case SQSUB -> Saturating.sqsub(a, b, size, fp);
            case UQSUB -> Saturating.uqsub(a, b, size, fp);
            case SMAX -> Lanes.smax(a, b, size);
            case UMAX -> Lanes.umax(a, b, size);
            case SMIN -> Lanes.smin(a, b, size);
            case UMIN -> Lanes.umin(a, b, size);
            case SABD -> Lanes.sabd(a, b, size);
            case UABD -> Lanes.uabd(a, b, size);
            case SABA -> Lanes.add(acc, Lanes.sabd(a, b, size), size);
            case UABA -> Lanes.add(acc, Lanes.uabd(a, b, size), size);
            case CMGT -> Lanes.cmgt(a, b, size);
            case CMHI -> Lanes.cmhi(a, b, size);
            case CMGE -> Lanes.cmge(a, b, size);
            case CMHS -> Lanes.cmhs(a, b, size);
            case CMEQ -> Lanes.cmeq(a, b, size);
            case CMTST -> Lanes.cmtst(a, b, size);
            case SSHL -> Saturating.shl(a, b, size, false, false);
            case USHL -> Saturating.shl(a, b, size, true, false);
            case SRSHL -> Saturating.shl(a, b, size, false, true);
            case URSHL -> Saturating.shl(a, b, size, true, true);
            case SQSHL -> Saturating.qshl(a, b, size, false, false, fp);
            case UQSHL -> Saturating.qshl(a, b, size, true, false, fp);
            case SQRSHL -> Saturating.qshl(a, b, size, false, true, fp);
            case UQRSHL -> Saturating.qshl(a, b, size, true, true, fp);
            case SQDMULH -> Multiply.sqdmulh(a, b, size, false, fp);
            case SQRDMULH -> Multiply.sqdmulh(a, b, size, true, fp);
            case AND -> a & b;
            case BIC -> a & ~b;
            case ORR -> a | b;
            case ORN -> a | ~b;
            case EOR -> a ^ b;
            case BSL -> (acc & a) | (~acc & b);
            case BIT -> (acc & ~b) | (a & b);
            case BIF -> (acc & b) | (a & ~b);
            case PMULL -> Multiply.pmull8(a, b);
            case SQDMULL -> Multiply.sqdmull(a, b, size, fp);
            case SQDMLAL -> Saturating.sqadd(acc, Multiply.sqdmull(a, b, size, fp), size, fp);
            case SQDMLSL -> Saturating.sqsub(acc, Multiply.sqdmull(a, b, size, fp), size, fp);
            case SQRDMLAH -> Multiply.sqrdmlah(a, b, acc, size, false, fp);
            case SQRDMLSH -> Multiply.sqrdmlah(a, b, acc, size, true, fp);
            case SDOT -> Multiply.dot(a, b, acc, true);
            case UDOT -> Multiply.dot(a, b, acc, false);
            default -> throw new IllegalStateException("binary op " + op);
        };
    }

    // Unary: a (Vn), acc (Vd). For the pairwise long ones size is the source lanes' size.
    static final int REV16 = 0, REV32 = 1, REV64 = 2, SADDLP = 3, UADDLP = 4, SADALP = 5, UADALP = 6,
            SUQADD = 7, USQADD = 8, CLS = 9, CLZ = 10, CNT = 11, NOT = 12, RBIT = 13, SQABS = 14, SQNEG = 15,
            ABS = 16, NEG = 17, CMGT0 = 18, CMGE0 = 19, CMEQ0 = 20, CMLE0 = 21, CMLT0 = 22, URECPE = 23,
            URSQRTE = 24;

    static long unary(int op, int size, long a, long acc, FPState fp) {
        return switch (op) {
            case REV16 -> Lanes.rev(a, size, 1);
            case REV32 -> Lanes.rev(a, size, 2);
            case REV64 -> Lanes.rev(a, size, 3);
            case SADDLP -> Reduce.addlp(a, size, true);
            case UADDLP -> Reduce.addlp(a, size, false);
            case SADALP -> Lanes.add(acc, Reduce.addlp(a, size, true), size + 1);
            case UADALP -> Lanes.add(acc, Reduce.addlp(a, size, false), size + 1);
            case SUQADD -> Saturating.suqadd(acc, a, size, fp);
            case USQADD -> Saturating.usqadd(acc, a, size, fp);
            case CLS -> Lanes.cls(a, size);
            case CLZ -> Lanes.clz(a, size);
            case CNT -> Lanes.cnt8(a);
            case NOT -> ~a;
            case RBIT -> Lanes.rbit8(a);
            case SQABS -> Saturating.sqabs(a, size, fp);
            case SQNEG -> Saturating.sqneg(a, size, fp);
            case ABS -> Lanes.abs(a, size);
            case NEG -> Lanes.neg(a, size);
            case CMGT0 -> Lanes.cmgt(a, 0, size);
            case CMGE0 -> Lanes.cmge(a, 0, size);
            case CMEQ0 -> Lanes.cmeq(a, 0, size);
            case CMLE0 -> Lanes.cmge(0, a, size);
            case CMLT0 -> Lanes.signs(a, size);
            case URECPE -> Estimates.urecpe(a);
            case URSQRTE -> Estimates.ursqrte(a);
            default -> throw new IllegalStateException("unary op " + op);
        };
    }

    // Shift by immediate: a (Vn), the shift, acc (Vd).
    static final int SSHR = 0, USHR = 1, SSRA = 2, USRA = 3, SRSHR = 4, URSHR = 5, SRSRA = 6, URSRA = 7, SRI = 8,
            SHL = 9, SLI = 10, SQSHL_IMM = 11, UQSHL_IMM = 12, SQSHLU = 13;

    static long shift(int op, int size, long a, int shift, long acc, FPState fp) {
        return switch (op) {
            case SSHR -> Lanes.asr(a, shift, size);
            case USHR -> Lanes.lsr(a, shift, size);
            case SSRA -> Lanes.add(acc, Lanes.asr(a, shift, size), size);
            case USRA -> Lanes.add(acc, Lanes.lsr(a, shift, size), size);
            case SRSHR -> Lanes.srshr(a, shift, size);
            case URSHR -> Lanes.urshr(a, shift, size);
            case SRSRA -> Lanes.add(acc, Lanes.srshr(a, shift, size), size);
            case URSRA -> Lanes.add(acc, Lanes.urshr(a, shift, size), size);
            case SRI -> Lanes.sri(acc, a, shift, size);
            case SHL -> Lanes.shl(a, shift, size);
            case SLI -> Lanes.sli(acc, a, shift, size);
            case SQSHL_IMM -> Saturating.qshlImmediate(a, shift, size, false, false, fp);
            case UQSHL_IMM -> Saturating.qshlImmediate(a, shift, size, true, true, fp);
            case SQSHLU -> Saturating.qshlImmediate(a, shift, size, false, true, fp);
            default -> throw new IllegalStateException("shift op " + op);
        };
    }

}
