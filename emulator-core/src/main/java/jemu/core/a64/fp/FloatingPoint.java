package jemu.core.a64.fp;

import static jemu.core.arm.fp.FPState.RA;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.RP;
import static jemu.core.arm.fp.FPState.RZ;

import jemu.core.a64.A64Insn;
import jemu.core.a64.A64Regs;
import jemu.core.a64.fp.FpOps.Op1D;
import jemu.core.a64.fp.FpOps.Op1S;
import jemu.core.a64.fp.FpOps.Op2D;
import jemu.core.a64.fp.FpOps.Op2S;
import jemu.core.a64.fp.ScalarFp.Binary32;
import jemu.core.a64.fp.ScalarFp.Binary64;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FP64;
import jemu.core.arm.fp.FPConvert;

/**
 * Scalar floating-point groups (Arm ARM C4.1.6, op0 = x0x1): conversions between FP and fixed
 * point or integer, FP data-processing (1, 2 and 3 source), compare, immediate, conditional
 * compare and conditional select.
 *
 * <p>ARMv8.0 only: ptype 11 (half precision) is FEAT_FP16 and undefined, except for the FCVT
 * forms to and from half precision, which v8.0 has. FJCVTZS (v8.3) and FRINT32/64 (v8.5) are
 * undefined too.
 */
public final class FloatingPoint {
    private FloatingPoint() {}

    private static final int SINGLE = 0, DOUBLE = 1, HALF = 3;

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        int rd = insn & 31, rn = (insn >>> 5) & 31, rm = (insn >>> 16) & 31;
        int ptype = (insn >>> 22) & 3;
        boolean sf = insn < 0, s = (insn & 1 << 29) != 0;
        if ((insn & 1 << 24) != 0) {
            // FP data-processing (3 source): M 0 S 11111 ptype o1 Rm o0 Ra Rn Rd
            return sf || s ? null : threeSource(insn, ptype, rd, rn, rm);
        }
        if ((insn & 1 << 21) == 0) {
            return fixedPoint(insn, sf, s, ptype, rd, rn);
        }
        return switch ((insn >>> 10) & 3) {
            case 1 -> sf || s ? null : condCompare(insn, ptype, rn, rm);
            case 2 -> sf || s ? null : twoSource(insn, ptype, rd, rn, rm);
            case 3 -> sf || s ? null : condSelect(insn, ptype, rd, rn, rm);
            default -> {
                if ((insn & 0x1c00) == 0x1000) { // xxx100: immediate
                    yield sf || s ? null : immediate(insn, ptype, rd);
                }
                if ((insn & 0x3c00) == 0x2000) { // xx1000: compare
                    yield sf || s ? null : compare(insn, ptype, rn, rm);
                }
                if ((insn & 0x7c00) == 0x4000) { // x10000: data-processing (1 source)
                    yield sf || s ? null : oneSource(insn, ptype, rd, rn);
                }
                if ((insn & 0xfc00) == 0) { // 000000: conversion between FP and integer
                    yield s ? null : integer(insn, sf, ptype, rd, rn);
                }
                yield null;
            }
        };
    }

    // ---- data-processing (1 source): M 0 S 11110 ptype 1 opcode:6 10000 Rn Rd ----

    private static A64Insn oneSource(int insn, int ptype, int rd, int rn) {
        int opcode = (insn >>> 15) & 0x3f;
        if ((opcode & 0x3c) == 0x04) { // 0001xx: FCVT to the precision opc
            return convert(ptype, opcode & 3, rd, rn);
        }
        if (ptype == SINGLE) {
            Op1S op = switch (opcode) {
                case 0x00 -> (a, st) -> a;
                case 0x01 -> (a, st) -> FP32.fpAbs(a);
                case 0x02 -> (a, st) -> FP32.fpNeg(a);
                case 0x03 -> FP32::fpSqrt;
                case 0x08 -> (a, st) -> FP32.fpRoundInt(a, RN, false, st);
                case 0x09 -> (a, st) -> FP32.fpRoundInt(a, RP, false, st);
                case 0x0a -> (a, st) -> FP32.fpRoundInt(a, RM, false, st);
                case 0x0b -> (a, st) -> FP32.fpRoundInt(a, RZ, false, st);
                case 0x0c -> (a, st) -> FP32.fpRoundInt(a, RA, false, st);
                case 0x0e -> (a, st) -> FP32.fpRoundInt(a, st.roundingMode(), true, st);
                case 0x0f -> (a, st) -> FP32.fpRoundInt(a, st.roundingMode(), false, st);
                default -> null;
            };
            return op == null ? null : new ScalarFp.Unary32(rd, rn, op);
        }
        if (ptype == DOUBLE) {
            Op1D op = switch (opcode) {
                case 0x00 -> (a, st) -> a;
                case 0x01 -> (a, st) -> FP64.fpAbs(a);
                case 0x02 -> (a, st) -> FP64.fpNeg(a);
                case 0x03 -> FP64::fpSqrt;
                case 0x08 -> (a, st) -> FP64.fpRoundInt(a, RN, false, st);
                case 0x09 -> (a, st) -> FP64.fpRoundInt(a, RP, false, st);
                case 0x0a -> (a, st) -> FP64.fpRoundInt(a, RM, false, st);
                case 0x0b -> (a, st) -> FP64.fpRoundInt(a, RZ, false, st);
                case 0x0c -> (a, st) -> FP64.fpRoundInt(a, RA, false, st);
                case 0x0e -> (a, st) -> FP64.fpRoundInt(a, st.roundingMode(), true, st);
                case 0x0f -> (a, st) -> FP64.fpRoundInt(a, st.roundingMode(), false, st);
                default -> null;
            };
            return op == null ? null : new ScalarFp.Unary64(rd, rn, op);
        }
        return null;
    }

    /** FCVT: ptype is the source precision, opc the destination's (00 S, 01 D, 11 H). */
    private static A64Insn convert(int ptype, int opc, int rd, int rn) {
        if (ptype == opc || ptype == 2 || opc == 2) {
            return null;
        }
        return switch (ptype << 2 | opc) {
            case SINGLE << 2 | DOUBLE -> new ScalarFp.Convert(rd, rn, 32, 64, (a, st) -> FPConvert.singleToDouble((int) a, st));
            case SINGLE << 2 | HALF -> new ScalarFp.Convert(rd, rn, 32, 16, (a, st) -> FPConvert.singleToHalf((int) a, st));
            case DOUBLE << 2 | SINGLE -> new ScalarFp.Convert(rd, rn, 64, 32, (a, st) -> FPConvert.doubleToSingle(a, st));
            case DOUBLE << 2 | HALF -> new ScalarFp.Convert(rd, rn, 64, 16, (a, st) -> FPConvert.doubleToHalf(a, st));
            case HALF << 2 | SINGLE -> new ScalarFp.Convert(rd, rn, 16, 32, (a, st) -> FPConvert.halfToSingle((int) a, st));
            default -> new ScalarFp.Convert(rd, rn, 16, 64, (a, st) -> FPConvert.halfToDouble((int) a, st));
        };
    }

    // ---- data-processing (2 source): M 0 S 11110 ptype 1 Rm opcode:4 10 Rn Rd ----

    private static A64Insn twoSource(int insn, int ptype, int rd, int rn, int rm) {
        int opcode = (insn >>> 12) & 15;
        if (ptype == SINGLE) {
            Op2S op = switch (opcode) {
                case 0 -> FP32::fpMul;
                case 1 -> FP32::fpDiv;
                case 2 -> FP32::fpAdd;
                case 3 -> FP32::fpSub;
                case 4 -> FP32::fpMax;
                case 5 -> FP32::fpMin;
                case 6 -> FP32::fpMaxNum;
                case 7 -> FP32::fpMinNum;
                case 8 -> (a, b, st) -> FP32.fpNeg(FP32.fpMul(a, b, st));
                default -> null;
            };
            return op == null ? null : new Binary32(rd, rn, rm, op);
        }
        if (ptype == DOUBLE) {
            Op2D op = switch (opcode) {
                case 0 -> FP64::fpMul;
                case 1 -> FP64::fpDiv;
                case 2 -> FP64::fpAdd;
                case 3 -> FP64::fpSub;
                case 4 -> FP64::fpMax;
                case 5 -> FP64::fpMin;
                case 6 -> FP64::fpMaxNum;
                case 7 -> FP64::fpMinNum;
                case 8 -> (a, b, st) -> FP64.fpNeg(FP64.fpMul(a, b, st));
                default -> null;
            };
            return op == null ? null : new Binary64(rd, rn, rm, op);
        }
        return null;
    }

    // ---- data-processing (3 source): FMADD, FMSUB, FNMADD, FNMSUB ----

    private static A64Insn threeSource(int insn, int ptype, int rd, int rn, int rm) {
        int ra = (insn >>> 10) & 31;
        int o1o0 = (insn >>> 20) & 2 | (insn >>> 15) & 1;
        if (ptype == SINGLE) {
            return new ScalarFp.Ternary32(rd, rn, rm, ra, switch (o1o0) {
                case 0 -> (acc, a, b, st) -> FP32.fpMulAdd(acc, a, b, st);
                case 1 -> (acc, a, b, st) -> FP32.fpMulAdd(acc, FP32.fpNeg(a), b, st);
                case 2 -> (acc, a, b, st) -> FP32.fpMulAdd(FP32.fpNeg(acc), FP32.fpNeg(a), b, st);
                default -> (acc, a, b, st) -> FP32.fpMulAdd(FP32.fpNeg(acc), a, b, st);
            });
        }
        if (ptype == DOUBLE) {
            return new ScalarFp.Ternary64(rd, rn, rm, ra, switch (o1o0) {
                case 0 -> (acc, a, b, st) -> FP64.fpMulAdd(acc, a, b, st);
                case 1 -> (acc, a, b, st) -> FP64.fpMulAdd(acc, FP64.fpNeg(a), b, st);
                case 2 -> (acc, a, b, st) -> FP64.fpMulAdd(FP64.fpNeg(acc), FP64.fpNeg(a), b, st);
                default -> (acc, a, b, st) -> FP64.fpMulAdd(FP64.fpNeg(acc), a, b, st);
            });
        }
        return null;
    }

    // ---- compare: M 0 S 11110 ptype 1 Rm op:2 1000 Rn opcode2:5 ----

    private static A64Insn compare(int insn, int ptype, int rn, int rm) {
        int op = (insn >>> 14) & 3, opcode2 = insn & 31;
        if (op != 0 || (opcode2 & 7) != 0) {
            return null;
        }
        boolean zero = (opcode2 & 8) != 0, signal = (opcode2 & 16) != 0;
        return switch (ptype) {
            case SINGLE -> new ScalarFp.Compare32(rn, rm, zero, signal);
            case DOUBLE -> new ScalarFp.Compare64(rn, rm, zero, signal);
            default -> null;
        };
    }

    // ---- conditional compare: M 0 S 11110 ptype 1 Rm cond 01 Rn op nzcv ----

    private static A64Insn condCompare(int insn, int ptype, int rn, int rm) {
        int cond = (insn >>> 12) & 15, nzcv = insn & 15;
        boolean signal = (insn & 16) != 0;
        return switch (ptype) {
            case SINGLE -> new ScalarFp.CondCompare32(rn, rm, cond, nzcv, signal);
            case DOUBLE -> new ScalarFp.CondCompare64(rn, rm, cond, nzcv, signal);
            default -> null;
        };
    }

    // ---- conditional select: M 0 S 11110 ptype 1 Rm cond 11 Rn Rd ----

    private static A64Insn condSelect(int insn, int ptype, int rd, int rn, int rm) {
        int cond = (insn >>> 12) & 15;
        return switch (ptype) {
            case SINGLE -> new ScalarFp.CondSelect(rd, rn, rm, cond, 32);
            case DOUBLE -> new ScalarFp.CondSelect(rd, rn, rm, cond, 64);
            default -> null;
        };
    }

    // ---- immediate: M 0 S 11110 ptype 1 imm8 100 imm5 Rd ----

    private static A64Insn immediate(int insn, int ptype, int rd) {
        if (((insn >>> 5) & 31) != 0) {
            return null;
        }
        int imm8 = (insn >>> 13) & 0xff;
        return switch (ptype) {
            case SINGLE -> new ScalarFp.MoveImmediate(rd, vfpExpandImm(imm8, 32));
            case DOUBLE -> new ScalarFp.MoveImmediate(rd, vfpExpandImm(imm8, 64));
            default -> null;
        };
    }

    /** VFPExpandImm(): the 8-bit FP constant of FMOV (immediate) as a single or double. */
    public static long vfpExpandImm(int imm8, int n) {
        long sign = (imm8 >>> 7) & 1, b6 = (imm8 >>> 6) & 1, top = imm8 & 0x3f;
        if (n == 32) {
            // sign : NOT(b6) : Replicate(b6, 5) : imm8<5:0> : Zeros(19)
            return sign << 31 | (b6 ^ 1) << 30 | (b6 == 1 ? 0x1fL : 0) << 25 | top << 19;
        }
        // sign : NOT(b6) : Replicate(b6, 8) : imm8<5:0> : Zeros(48)
        return sign << 63 | (b6 ^ 1) << 62 | (b6 == 1 ? 0xffL : 0) << 54 | top << 48;
    }

    // ---- conversion between FP and fixed point: sf 0 S 11110 ptype 0 rmode opcode scale Rn Rd ----

    private static A64Insn fixedPoint(int insn, boolean sf, boolean s, int ptype, int rd, int rn) {
        int rmode = (insn >>> 19) & 3, opcode = (insn >>> 16) & 7, scale = (insn >>> 10) & 63;
        if (s || (ptype != SINGLE && ptype != DOUBLE) || (!sf && scale < 32)) {
            return null;
        }
        int fbits = 64 - scale;
        boolean dbl = ptype == DOUBLE;
        return switch (rmode << 3 | opcode) {
            case 0b00010, 0b00011 -> fromInt(dbl, A64Regs.rz(rn), rd, fbits, opcode == 3, sf);
            case 0b11000, 0b11001 -> toInt(dbl, A64Regs.wz(rd), rn, fbits, opcode == 1, RZ, sf);
            default -> null;
        };
    }

    // ---- conversion between FP and integer: sf 0 S 11110 ptype 1 rmode opcode 000000 Rn Rd ----

    private static A64Insn integer(int insn, boolean sf, int ptype, int rd, int rn) {
        int rmode = (insn >>> 19) & 3, opcode = (insn >>> 16) & 7;
        if (opcode < 2 || opcode == 4 || opcode == 5) { // FCVT[NPMZ][SU], FCVTA[SU]
            if (ptype != SINGLE && ptype != DOUBLE || (opcode >= 4 && rmode != 0)) {
                return null;
            }
            int rounding = opcode >= 4 ? RA : switch (rmode) {
                case 0 -> RN;
                case 1 -> RP;
                case 2 -> RM;
                default -> RZ;
            };
            return toInt(ptype == DOUBLE, A64Regs.wz(rd), rn, 0, (opcode & 1) != 0, rounding, sf);
        }
        if (opcode == 2 || opcode == 3) { // SCVTF, UCVTF
            if (rmode != 0 || (ptype != SINGLE && ptype != DOUBLE)) {
                return null;
            }
            return fromInt(ptype == DOUBLE, A64Regs.rz(rn), rd, 0, opcode == 3, sf);
        }
        // FMOV (general): opcode 110 to general, 111 from general.
        boolean toGeneral = opcode == 6;
        int form = (sf ? 16 : 0) | ptype << 2 | rmode;
        return switch (form) {
            case 0b0_00_00 -> toGeneral ? new ScalarFp.MoveToGeneral(A64Regs.wz(rd), rn, 0, false)
                    : new ScalarFp.MoveFromGeneral(rd, A64Regs.rz(rn), false);
            case 0b1_01_00 -> toGeneral ? new ScalarFp.MoveToGeneral(A64Regs.wz(rd), rn, 0, true)
                    : new ScalarFp.MoveFromGeneral(rd, A64Regs.rz(rn), true);
            case 0b1_10_01 -> toGeneral ? new ScalarFp.MoveToGeneral(A64Regs.wz(rd), rn, 1, true)
                    : new ScalarFp.MoveToTopHalf(rd, A64Regs.rz(rn));
            default -> null; // half-precision FMOV is FEAT_FP16, FJCVTZS is v8.3
        };
    }

    private static A64Insn toInt(boolean dbl, int rd, int rn, int fbits, boolean unsigned, int rounding, boolean to64) {
        return dbl ? new ScalarFp.ToInt64(rd, rn, fbits, unsigned, rounding, to64)
                : new ScalarFp.ToInt32(rd, rn, fbits, unsigned, rounding, to64);
    }

    private static A64Insn fromInt(boolean dbl, int rn, int rd, int fbits, boolean unsigned, boolean from64) {
        return dbl ? new ScalarFp.FromInt64(rd, rn, fbits, unsigned, from64)
                : new ScalarFp.FromInt32(rd, rn, fbits, unsigned, from64);
    }
}
