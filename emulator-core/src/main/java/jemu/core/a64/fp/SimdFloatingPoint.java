package jemu.core.a64.fp;

import static jemu.core.arm.fp.FPState.RA;
import static jemu.core.arm.fp.FPState.RM;
import static jemu.core.arm.fp.FPState.RN;
import static jemu.core.arm.fp.FPState.RO;
import static jemu.core.arm.fp.FPState.RP;
import static jemu.core.arm.fp.FPState.RZ;

import jemu.core.a64.A64Insn;
import jemu.core.a64.fp.FpOps.Op1D;
import jemu.core.a64.fp.FpOps.Op1S;
import jemu.core.a64.fp.FpOps.Op2D;
import jemu.core.a64.fp.FpOps.Op2S;
import jemu.core.a64.fp.FpOps.Op3D;
import jemu.core.a64.fp.FpOps.Op3S;
import jemu.core.arm.fp.FP32;
import jemu.core.arm.fp.FP64;
import jemu.core.arm.fp.FPConvert;

/**
 * The floating-point opcodes of the Advanced SIMD groups. The AdvSIMD decoders
 * ({@code jemu.core.a64.simd}) own each group's encoding; for an opcode that is not one of
 * their integer ones they ask the matching method here, which decodes only floating-point
 * opcodes and returns null for everything else. Each method takes the whole instruction word.
 *
 * <p>Field names follow the manual: Q (bit 30), U (bit 29), size (23..22), whose bit 1 is
 * written {@code a} below and bit 0 {@code sz} (single or double). Half-precision forms
 * (FEAT_FP16) are undefined, as on an ARMv8.0 core.
 */
public final class SimdFloatingPoint {
    private SimdFloatingPoint() {}

    private static int rd(int insn) {
        return insn & 31;
    }

    private static int rn(int insn) {
        return (insn >>> 5) & 31;
    }

    private static int rm(int insn) {
        return (insn >>> 16) & 31;
    }

    private static boolean q(int insn) {
        return (insn & 1 << 30) != 0;
    }

    private static int u(int insn) {
        return (insn >>> 29) & 1;
    }

    private static int a(int insn) {
        return (insn >>> 23) & 1;
    }

    private static boolean sz(int insn) {
        return (insn & 1 << 22) != 0;
    }

    // ---- three same ----

    /** Advanced SIMD three same (vector): FADD, FMUL, FMLA, FCMEQ, FMAXNM, FRECPS, FADDP... */
    public static A64Insn threeSame(int insn, long pc) {
        int opcode = (insn >>> 11) & 31;
        if (opcode < 0x18 || (sz(insn) && !q(insn))) {
            return null;
        }
        int lanes = sz(insn) ? 2 : q(insn) ? 4 : 2;
        return threeSame(insn, u(insn) << 4 | a(insn) << 3 | (opcode & 7), sz(insn), lanes);
    }

    /** Advanced SIMD scalar three same: FMULX, FCMEQ, FRECPS, FRSQRTS, FCMGE, FACGE, FABD, FCMGT, FACGT. */
    public static A64Insn scalarThreeSame(int insn, long pc) {
        int opcode = (insn >>> 11) & 31;
        if (opcode < 0x18) {
            return null;
        }
        int key = u(insn) << 4 | a(insn) << 3 | (opcode & 7);
        return switch (key) {
            case 0x03, 0x04, 0x07, 0x0f, 0x14, 0x15, 0x1a, 0x1c, 0x1d -> threeSame(insn, key, sz(insn), 1);
            default -> null;
        };
    }

    /** key = U:a:opcode<2:0> of the three-same FP opcodes 11xxx. */
    private static A64Insn threeSame(int insn, int key, boolean dbl, int lanes) {
        int rd = rd(insn), rn = rn(insn), rm = rm(insn);
        switch (key) {
            case 0x01, 0x09 -> { // FMLA, FMLS
                boolean sub = key == 0x09;
                if (dbl) {
                    Op3D op = sub ? (d, n, m, st) -> FP64.fpMulAdd(d, FP64.fpNeg(n), m, st) : FP64::fpMulAdd;
                    return new VectorFp.Accumulate64(rd, rn, rm, lanes, op);
                }
                Op3S op = sub ? (d, n, m, st) -> FP32.fpMulAdd(d, FP32.fpNeg(n), m, st) : FP32::fpMulAdd;
                return new VectorFp.Accumulate32(rd, rn, rm, lanes, op);
            }
            case 0x10, 0x18, 0x12, 0x16, 0x1e -> { // FMAXNMP, FMINNMP, FADDP, FMAXP, FMINP
                if (dbl) {
                    return new VectorFp.Pairwise64(rd, rn, rm, op64(key));
                }
                return new VectorFp.Pairwise32(rd, rn, rm, lanes, op32(key));
            }
            default -> {
                if (dbl) {
                    Op2D op = op64(key);
                    return op == null ? null : new VectorFp.Binary64(rd, rn, rm, lanes, op);
                }
                Op2S op = op32(key);
                return op == null ? null : new VectorFp.Binary32(rd, rn, rm, lanes, op);
            }
        }
    }

    private static Op2S op32(int key) {
        return switch (key) {
            case 0x00, 0x10 -> FP32::fpMaxNum;
            case 0x02, 0x12 -> FP32::fpAdd;
            case 0x03 -> FP32::fpMulX;
            case 0x04 -> (a, b, st) -> FP32.fpCompareEQ(a, b, st) ? -1 : 0;
            case 0x06, 0x16 -> FP32::fpMax;
            case 0x07 -> FP32::fpRecipStepFused;
            case 0x08, 0x18 -> FP32::fpMinNum;
            case 0x0a -> FP32::fpSub;
            case 0x0e, 0x1e -> FP32::fpMin;
            case 0x0f -> FP32::fpRSqrtStepFused;
            case 0x13 -> FP32::fpMul;
            case 0x14 -> (a, b, st) -> FP32.fpCompareGE(a, b, st) ? -1 : 0;
            case 0x15 -> (a, b, st) -> FP32.fpCompareGE(FP32.fpAbs(a), FP32.fpAbs(b), st) ? -1 : 0;
            case 0x17 -> FP32::fpDiv;
            case 0x1a -> (a, b, st) -> FP32.fpAbs(FP32.fpSub(a, b, st));
            case 0x1c -> (a, b, st) -> FP32.fpCompareGT(a, b, st) ? -1 : 0;
            case 0x1d -> (a, b, st) -> FP32.fpCompareGT(FP32.fpAbs(a), FP32.fpAbs(b), st) ? -1 : 0;
            default -> null;
        };
    }

    private static Op2D op64(int key) {
        return switch (key) {
            case 0x00, 0x10 -> FP64::fpMaxNum;
            case 0x02, 0x12 -> FP64::fpAdd;
            case 0x03 -> FP64::fpMulX;
            case 0x04 -> (a, b, st) -> FP64.fpCompareEQ(a, b, st) ? -1L : 0;
            case 0x06, 0x16 -> FP64::fpMax;
            case 0x07 -> FP64::fpRecipStepFused;
            case 0x08, 0x18 -> FP64::fpMinNum;
            case 0x0a -> FP64::fpSub;
            case 0x0e, 0x1e -> FP64::fpMin;
            case 0x0f -> FP64::fpRSqrtStepFused;
            case 0x13 -> FP64::fpMul;
            case 0x14 -> (a, b, st) -> FP64.fpCompareGE(a, b, st) ? -1L : 0;
            case 0x15 -> (a, b, st) -> FP64.fpCompareGE(FP64.fpAbs(a), FP64.fpAbs(b), st) ? -1L : 0;
            case 0x17 -> FP64::fpDiv;
            case 0x1a -> (a, b, st) -> FP64.fpAbs(FP64.fpSub(a, b, st));
            case 0x1c -> (a, b, st) -> FP64.fpCompareGT(a, b, st) ? -1L : 0;
            case 0x1d -> (a, b, st) -> FP64.fpCompareGT(FP64.fpAbs(a), FP64.fpAbs(b), st) ? -1L : 0;
            default -> null;
        };
    }

    // ---- two-register miscellaneous ----

    /** Advanced SIMD two-register miscellaneous (vector): FABS, FNEG, FSQRT, FRINT*, FCVT*, SCVTF, FCMxx #0... */
    public static A64Insn twoRegMisc(int insn, long pc) {
        int opcode = (insn >>> 12) & 31, u = u(insn), a = a(insn);
        boolean dbl = sz(insn), q = q(insn);
        int rd = rd(insn), rn = rn(insn);
        if (a == 0 && (opcode == 0x16 || opcode == 0x17)) {
            return narrowOrWiden(opcode, u, dbl, q, rd, rn);
        }
        if (a == 1 && opcode == 0x1c) {
            return null; // URECPE, URSQRTE: integer opcodes, decoded by jemu.core.a64.simd.TwoRegMisc
        }
        if (dbl && !q) {
            return null;
        }
        int lanes = dbl ? 2 : q ? 4 : 2;
        int key = u << 6 | a << 5 | opcode;
        if (key == 0x3f) { // FRECPX exists only as a scalar
            return null;
        }
        return unaryOp(key, dbl, rd, rn, lanes);
    }

    /** Advanced SIMD scalar two-register miscellaneous: FCVT*S/U, SCVTF, UCVTF, FRECPE, FRSQRTE, FRECPX, FCMxx #0, FCVTXN. */
    public static A64Insn scalarTwoRegMisc(int insn, long pc) {
        int opcode = (insn >>> 12) & 31, u = u(insn), a = a(insn);
        boolean dbl = sz(insn);
        int rd = rd(insn), rn = rn(insn);
        if (opcode == 0x16 && u == 1 && a == 0) { // FCVTXN Sd, Dn
            return dbl ? new VectorFp.Narrow(rd, rn, 64, false, true, (x, st) -> FPConvert.doubleToSingle(x, RO, st))
                    : null;
        }
        int key = u << 6 | a << 5 | opcode;
        return switch (key) {
            case 0x1a, 0x1b, 0x1c, 0x1d, 0x3a, 0x3b, 0x3d, 0x3f, // signed conversions, FRECPE, FRECPX
                    0x5a, 0x5b, 0x5c, 0x5d, 0x7a, 0x7b, 0x7d, // unsigned conversions, FRSQRTE
                    0x2c, 0x2d, 0x2e, 0x6c, 0x6d -> unaryOp(key, dbl, rd, rn, 1); // FCMxx #0
            default -> null;
        };
    }

    /** key = U:a:opcode of a lane-wise two-register FP operation. */
    private static A64Insn unaryOp(int key, boolean dbl, int rd, int rn, int lanes) {
        if (dbl) {
            Op1D op = unary64(key);
            return op == null ? null : new VectorFp.Unary64(rd, rn, lanes, op);
        }
        Op1S op = unary32(key);
        return op == null ? null : new VectorFp.Unary32(rd, rn, lanes, op);
    }

    private static Op1S unary32(int key) {
        return switch (key) {
            case 0x18 -> (a, st) -> FP32.fpRoundInt(a, RN, false, st); // FRINTN
            case 0x38 -> (a, st) -> FP32.fpRoundInt(a, RP, false, st); // FRINTP
            case 0x19 -> (a, st) -> FP32.fpRoundInt(a, RM, false, st); // FRINTM
            case 0x39 -> (a, st) -> FP32.fpRoundInt(a, RZ, false, st); // FRINTZ
            case 0x58 -> (a, st) -> FP32.fpRoundInt(a, RA, false, st); // FRINTA
            case 0x59 -> (a, st) -> FP32.fpRoundInt(a, st.roundingMode(), true, st); // FRINTX
            case 0x79 -> (a, st) -> FP32.fpRoundInt(a, st.roundingMode(), false, st); // FRINTI
            case 0x1a -> (a, st) -> (int) FP32.fpToFixed(a, 0, false, RN, false, st); // FCVTNS
            case 0x3a -> (a, st) -> (int) FP32.fpToFixed(a, 0, false, RP, false, st); // FCVTPS
            case 0x1b -> (a, st) -> (int) FP32.fpToFixed(a, 0, false, RM, false, st); // FCVTMS
            case 0x3b -> (a, st) -> (int) FP32.fpToFixed(a, 0, false, RZ, false, st); // FCVTZS
            case 0x1c -> (a, st) -> (int) FP32.fpToFixed(a, 0, false, RA, false, st); // FCVTAS
            case 0x5a -> (a, st) -> (int) FP32.fpToFixed(a, 0, true, RN, false, st); // FCVTNU
            case 0x7a -> (a, st) -> (int) FP32.fpToFixed(a, 0, true, RP, false, st); // FCVTPU
            case 0x5b -> (a, st) -> (int) FP32.fpToFixed(a, 0, true, RM, false, st); // FCVTMU
            case 0x7b -> (a, st) -> (int) FP32.fpToFixed(a, 0, true, RZ, false, st); // FCVTZU
            case 0x5c -> (a, st) -> (int) FP32.fpToFixed(a, 0, true, RA, false, st); // FCVTAU
            case 0x1d -> (a, st) -> FP32.fixedToFP(a, 0, false, st.roundingMode(), st); // SCVTF
            case 0x5d -> (a, st) -> FP32.fixedToFP(a & 0xffffffffL, 0, true, st.roundingMode(), st); // UCVTF
            case 0x3d -> FP32::fpRecipEstimate; // FRECPE
            case 0x7d -> FP32::fpRSqrtEstimate; // FRSQRTE
            case 0x3f -> FP32::fpRecpX; // FRECPX (scalar only)
            case 0x2f -> (a, st) -> FP32.fpAbs(a); // FABS
            case 0x6f -> (a, st) -> FP32.fpNeg(a); // FNEG
            case 0x7f -> FP32::fpSqrt; // FSQRT
            case 0x2c -> (a, st) -> FP32.fpCompareGT(a, 0, st) ? -1 : 0; // FCMGT #0
            case 0x6c -> (a, st) -> FP32.fpCompareGE(a, 0, st) ? -1 : 0; // FCMGE #0
            case 0x2d -> (a, st) -> FP32.fpCompareEQ(a, 0, st) ? -1 : 0; // FCMEQ #0
            case 0x6d -> (a, st) -> FP32.fpCompareGE(0, a, st) ? -1 : 0; // FCMLE #0
            case 0x2e -> (a, st) -> FP32.fpCompareGT(0, a, st) ? -1 : 0; // FCMLT #0
            default -> null;
        };
    }

    private static Op1D unary64(int key) {
        return switch (key) {
            case 0x18 -> (a, st) -> FP64.fpRoundInt(a, RN, false, st);
            case 0x38 -> (a, st) -> FP64.fpRoundInt(a, RP, false, st);
            case 0x19 -> (a, st) -> FP64.fpRoundInt(a, RM, false, st);
            case 0x39 -> (a, st) -> FP64.fpRoundInt(a, RZ, false, st);
            case 0x58 -> (a, st) -> FP64.fpRoundInt(a, RA, false, st);
            case 0x59 -> (a, st) -> FP64.fpRoundInt(a, st.roundingMode(), true, st);
            case 0x79 -> (a, st) -> FP64.fpRoundInt(a, st.roundingMode(), false, st);
            case 0x1a -> (a, st) -> FP64.fpToFixed(a, 0, false, RN, true, st);
            case 0x3a -> (a, st) -> FP64.fpToFixed(a, 0, false, RP, true, st);
            case 0x1b -> (a, st) -> FP64.fpToFixed(a, 0, false, RM, true, st);
            case 0x3b -> (a, st) -> FP64.fpToFixed(a, 0, false, RZ, true, st);
            case 0x1c -> (a, st) -> FP64.fpToFixed(a, 0, false, RA, true, st);
            case 0x5a -> (a, st) -> FP64.fpToFixed(a, 0, true, RN, true, st);
            case 0x7a -> (a, st) -> FP64.fpToFixed(a, 0, true, RP, true, st);
            case 0x5b -> (a, st) -> FP64.fpToFixed(a, 0, true, RM, true, st);
            case 0x7b -> (a, st) -> FP64.fpToFixed(a, 0, true, RZ, true, st);
            case 0x5c -> (a, st) -> FP64.fpToFixed(a, 0, true, RA, true, st);
            case 0x1d -> (a, st) -> FP64.fixedToFP(a, 0, false, st.roundingMode(), st);
            case 0x5d -> (a, st) -> FP64.fixedToFP(a, 0, true, st.roundingMode(), st);
            case 0x3d -> FP64::fpRecipEstimate;
            case 0x7d -> FP64::fpRSqrtEstimate;
            case 0x3f -> FP64::fpRecpX;
            case 0x2f -> (a, st) -> FP64.fpAbs(a);
            case 0x6f -> (a, st) -> FP64.fpNeg(a);
            case 0x7f -> FP64::fpSqrt;
            case 0x2c -> (a, st) -> FP64.fpCompareGT(a, 0, st) ? -1L : 0;
            case 0x6c -> (a, st) -> FP64.fpCompareGE(a, 0, st) ? -1L : 0;
            case 0x2d -> (a, st) -> FP64.fpCompareEQ(a, 0, st) ? -1L : 0;
            case 0x6d -> (a, st) -> FP64.fpCompareGE(0, a, st) ? -1L : 0;
            case 0x2e -> (a, st) -> FP64.fpCompareGT(0, a, st) ? -1L : 0;
            default -> null;
        };
    }

    /** FCVTN(2), FCVTXN(2) (opcode 10110) and FCVTL(2) (10111). */
    private static A64Insn narrowOrWiden(int opcode, int u, boolean dbl, boolean q, int rd, int rn) {
        if (opcode == 0x16) {
            if (u == 1) { // FCVTXN: double to single, round to odd
                return dbl ? new VectorFp.Narrow(rd, rn, 64, q, false, (x, st) -> FPConvert.doubleToSingle(x, RO, st))
                        : null;
            }
            return dbl ? new VectorFp.Narrow(rd, rn, 64, q, false, (x, st) -> FPConvert.doubleToSingle(x, st))
                    : new VectorFp.Narrow(rd, rn, 32, q, false, (x, st) -> FPConvert.singleToHalf((int) x, st));
        }
        if (u == 1) {
            return null;
        }
        return dbl ? new VectorFp.Widen(rd, rn, 32, q, (x, st) -> FPConvert.singleToDouble((int) x, st))
                : new VectorFp.Widen(rd, rn, 16, q, (x, st) -> FPConvert.halfToSingle((int) x, st));
    }

    // ---- across lanes and scalar pairwise ----

    /** Advanced SIMD across lanes: FMAXNMV, FMAXV, FMINNMV, FMINV (4S only). */
    public static A64Insn acrossLanes(int insn, long pc) {
        int opcode = (insn >>> 12) & 31;
        if (u(insn) != 1 || (opcode != 0x0c && opcode != 0x0f) || sz(insn) || !q(insn)) {
            return null;
        }
        Op2S op = opcode == 0x0c ? (a(insn) == 0 ? FP32::fpMaxNum : FP32::fpMinNum)
                : (a(insn) == 0 ? FP32::fpMax : FP32::fpMin);
        return new VectorFp.Reduce32(rd(insn), rn(insn), op);
    }

    /** Advanced SIMD scalar pairwise: FADDP, FMAXNMP, FMAXP, FMINNMP, FMINP. */
    public static A64Insn scalarPairwise(int insn, long pc) {
        int opcode = (insn >>> 12) & 31;
        if (u(insn) != 1) {
            return null;
        }
        int key = switch (opcode) {
            case 0x0c -> a(insn) == 0 ? 0x10 : 0x18;
            case 0x0d -> a(insn) == 0 ? 0x12 : -1;
            case 0x0f -> a(insn) == 0 ? 0x16 : 0x1e;
            default -> -1;
        };
        if (key < 0) {
            return null;
        }
        return sz(insn) ? new VectorFp.Pairwise64(rd(insn), rn(insn), -1, op64(key))
                : new VectorFp.Pairwise32(rd(insn), rn(insn), -1, 1, op32(key));
    }

    // ---- by element ----

    /** Advanced SIMD vector x indexed element: FMLA, FMLS, FMUL, FMULX (by element). */
    public static A64Insn byElement(int insn, long pc) {
        return byElement(insn, false);
    }

    /** Advanced SIMD scalar x indexed element: FMLA, FMLS, FMUL, FMULX (by element). */
    public static A64Insn scalarByElement(int insn, long pc) {
        return byElement(insn, true);
    }

    /** 0 Q U 01111 size L M Rm opcode H 0 Rn Rd (scalar: 01 U 11111 ...). */
    private static A64Insn byElement(int insn, boolean scalar) {
        int opcode = (insn >>> 12) & 15, u = u(insn), size = (insn >>> 22) & 3;
        int l = (insn >>> 21) & 1, h = (insn >>> 11) & 1;
        int rm = (insn >>> 16) & 31;
        int key = u << 4 | opcode;
        if (key != 0x01 && key != 0x05 && key != 0x09 && key != 0x19) {
            return null;
        }
        boolean sub = key == 0x05;
        int rd = rd(insn), rn = rn(insn);
        if (size == 2) {
            int lanes = scalar ? 1 : q(insn) ? 4 : 2;
            int index = h << 1 | l;
            if (key == 0x09 || key == 0x19) {
                return new VectorFp.ByElement32(rd, rn, rm, index, lanes, key == 0x09 ? FP32::fpMul : FP32::fpMulX, null);
            }
            Op3S acc = sub ? (d, n, m, st) -> FP32.fpMulAdd(d, FP32.fpNeg(n), m, st) : FP32::fpMulAdd;
            return new VectorFp.ByElement32(rd, rn, rm, index, lanes, null, acc);
        }
        if (size == 3) {
            if (l == 1 || (!scalar && !q(insn))) {
                return null;
            }
            int lanes = scalar ? 1 : 2;
            if (key == 0x09 || key == 0x19) {
                return new VectorFp.ByElement64(rd, rn, rm, h, lanes, key == 0x09 ? FP64::fpMul : FP64::fpMulX, null);
            }
            Op3D acc = sub ? (d, n, m, st) -> FP64.fpMulAdd(d, FP64.fpNeg(n), m, st) : FP64::fpMulAdd;
            return new VectorFp.ByElement64(rd, rn, rm, h, lanes, null, acc);
        }
        return null;
    }

    // ---- shift by immediate: fixed-point conversions ----

    /** Advanced SIMD shift by immediate (vector): SCVTF, UCVTF, FCVTZS, FCVTZU (fixed-point). */
    public static A64Insn shiftByImmediate(int insn, long pc) {
        return fixedPoint(insn, false);
    }

    /** Advanced SIMD scalar shift by immediate: SCVTF, UCVTF, FCVTZS, FCVTZU (fixed-point). */
    public static A64Insn scalarShiftByImmediate(int insn, long pc) {
        return fixedPoint(insn, true);
    }

    /** 0 Q U 011110 immh immb opcode 1 Rn Rd (scalar: 01 U 111110 ...). */
    private static A64Insn fixedPoint(int insn, boolean scalar) {
        int opcode = (insn >>> 11) & 31, immhb = (insn >>> 16) & 0x7f;
        if (opcode != 0x1c && opcode != 0x1f) {
            return null;
        }
        boolean unsigned = u(insn) == 1, toFixed = opcode == 0x1f;
        int rd = rd(insn), rn = rn(insn);
        if ((immhb & 0x40) != 0) { // immh 1xxx: double
            if (!scalar && !q(insn)) {
                return null;
            }
            int fbits = 128 - immhb;
            Op1D op = toFixed ? (a, st) -> FP64.fpToFixed(a, fbits, unsigned, RZ, true, st)
                    : (a, st) -> FP64.fixedToFP(a, fbits, unsigned, st.roundingMode(), st);
            return new VectorFp.Unary64(rd, rn, scalar ? 1 : 2, op);
        }
        if ((immhb & 0x20) != 0) { // immh 01xx: single
            int fbits = 64 - immhb;
            Op1S op = toFixed ? (a, st) -> (int) FP32.fpToFixed(a, fbits, unsigned, RZ, false, st)
                    : unsigned ? (a, st) -> FP32.fixedToFP(a & 0xffffffffL, fbits, true, st.roundingMode(), st)
                    : (a, st) -> FP32.fixedToFP(a, fbits, false, st.roundingMode(), st);
            return new VectorFp.Unary32(rd, rn, scalar ? 1 : q(insn) ? 4 : 2, op);
        }
        return null; // immh 001x is half precision (FEAT_FP16); 0001 is unallocated
    }
}
