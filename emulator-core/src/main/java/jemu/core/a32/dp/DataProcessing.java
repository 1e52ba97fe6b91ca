package jemu.core.a32.dp;

import jemu.core.a32.A32Insn;

/**
 * Integer data processing, multiplies, divides, saturating and media (SIMD-in-GPR) instructions: the
 * group decoders of both instruction sets, for {@link jemu.core.a32.A32Decoder} and
 * {@link jemu.core.a32.T32Decoder}. Each returns null for an encoding it does not allocate.
 */
public final class DataProcessing {
    private DataProcessing() {}

    /** A5.2.1-A5.2.3: data-processing (register, register-shifted register, immediate). */
    public static A32Insn a32DataProcessing(int insn, int pc) {
        int op = insn >>> 21 & 0xf;
        boolean s = (insn & 1 << 20) != 0;
        int n = insn >>> 16 & 0xf, d = insn >>> 12 & 0xf;
        if (op >= AluOps.TST && op <= AluOps.CMN) {
            // QEMU requires the SBZ Rd field of the tests and compares to be zero.
            if (!s || d != 0) {
                return null;
            }
        } else if ((op == AluOps.MOV || op == AluOps.MVN) && n != 0) {
            return null; // and the SBZ Rn field of the moves
        }
        if (s && d == 15 && (op == AluOps.SUB || op == AluOps.MOV)) {
            return null; // SUBS PC, LR and MOVS PC: exception returns, UNPREDICTABLE in user mode (QEMU: UNDEF)
        }
        A32Insn i;
        if ((insn & 1 << 25) != 0) {
            int imm12 = insn & 0xfff;
            i = AluOps.immediate(op, s, d, n, Shifts.armExpandImm(imm12), Shifts.armExpandImmCarry(imm12));
        } else if ((insn & 1 << 4) == 0) {
            int type = insn >>> 5 & 3, imm5 = insn >>> 7 & 0x1f;
            i = AluOps.register(op, s, d, n, insn & 0xf, Shifts.decodeImmShiftType(type, imm5),
                    Shifts.decodeImmShiftAmount(type, imm5));
        } else {
            i = AluOps.registerShifted(op, s, d, n, insn & 0xf, insn >>> 5 & 3, insn >>> 8 & 0xf);
        }
        return op >= AluOps.TST && op <= AluOps.CMN ? i : WritePc.wrap(i, d, true);
    }

    /** MOVW, MOVT (A5.2: op1 10000, 10100). */
    public static A32Insn a32MoveWide(int insn, int pc) {
        int d = insn >>> 12 & 0xf;
        int imm16 = (insn >>> 4 & 0xf000) | (insn & 0xfff);
        A32Insn i = (insn & 1 << 22) != 0 ? new Media.Movt(d, imm16) : new Media.MovImm(d, imm16);
        return WritePc.wrap(i, d, false);
    }

    /** CLZ and the saturating add/subtract QADD, QSUB, QDADD, QDSUB (from A5.2.12). */
    public static A32Insn a32Misc(int insn, int pc) {
        int d = insn >>> 12 & 0xf, m = insn & 0xf, n = insn >>> 16 & 0xf;
        if ((insn >>> 4 & 0xf) == 0b0001) {
            if ((insn & 0x000f_0f00) != 0x000f_0f00) {
                return null; // QEMU: the (1) bits of CLZ are fixed
            }
            return WritePc.wrap(new Media.Reverse(Media.CLZ, d, m), d, false);
        }
        if ((insn & 0xf00) != 0) {
            return null;
        }
        int op = insn >>> 21 & 3;
        return WritePc.wrap(new Media.QAddSub(d, m, n, (op & 1) != 0, (op & 2) != 0), d, false);
    }

    /** A5.2.7: SMLA&lt;x&gt;&lt;y&gt;, SMLAW, SMULW, SMLAL&lt;x&gt;&lt;y&gt;, SMUL&lt;x&gt;&lt;y&gt;. */
    public static A32Insn a32HalfwordMultiply(int insn, int pc) {
        int op1 = insn >>> 21 & 3;
        int d = insn >>> 16 & 0xf, a = insn >>> 12 & 0xf, m = insn >>> 8 & 0xf, n = insn & 0xf;
        boolean mTop = (insn & 1 << 6) != 0, nTop = (insn & 1 << 5) != 0;
        A32Insn i;
        switch (op1) {
            case 0 -> i = new Multiply.Smlaxy(d, n, m, a, nTop, mTop);
            case 1 -> {
                if (nTop && a != 0) {
                    return null; // SMULW: QEMU fixes the SBZ Ra field
                }
                i = new Multiply.Smlawy(d, n, m, nTop ? -1 : a, mTop);
            }
            case 2 -> {
                i = new Multiply.Smlalxy(a, d, n, m, nTop, mTop);
                return WritePc.wrap(i, a == 15 ? 15 : d, false);
            }
            default -> {
                if (a != 0) {
                    return null;
                }
                i = new Multiply.Smlaxy(d, n, m, -1, nTop, mTop);
            }
        }
        return WritePc.wrap(i, d, false);
    }

    /** A5.2.5: MUL, MLA, UMAAL, MLS, UMULL, UMLAL, SMULL, SMLAL. */
    public static A32Insn a32Multiply(int insn, int pc) {
        int op = insn >>> 20 & 0xf;
        boolean s = (op & 1) != 0;
        int d = insn >>> 16 & 0xf, a = insn >>> 12 & 0xf, m = insn >>> 8 & 0xf, n = insn & 0xf;
        A32Insn i;
        switch (op >>> 1) {
            case 0 -> {
                if (a != 0) {
                    return null; // MUL: QEMU fixes the SBZ Ra field
                }
                i = new Multiply.Mul(d, n, m, -1, false, s);
            }
            case 1 -> i = new Multiply.Mul(d, n, m, a, false, s);
            case 2 -> {
                if (s) {
                    return null;
                }
                i = new Multiply.Umaal(a, d, n, m);
            }
            case 3 -> {
                if (s) {
                    return null;
                }
                i = new Multiply.Mul(d, n, m, a, true, false);
            }
            default -> i = new Multiply.MulLong(a, d, n, m, (op & 4) != 0, (op & 2) != 0, s);
        }
        boolean two = op >= 4 && op != 6;
        return WritePc.wrap(i, two && a == 15 ? 15 : d, false);
    }

    /** A5.4: parallel add/subtract, packing, unpacking, saturation, reversal, USAD8, SBFX, UBFX, BFI, BFC, SDIV, UDIV, signed multiplies; UDF (permanently undefined) returns null. */
    public static A32Insn a32Media(int insn, int pc) {
        int op1 = insn >>> 20 & 0x1f, op2 = insn >>> 5 & 7;
        int hi = insn >>> 16 & 0xf, d = insn >>> 12 & 0xf, mid = insn >>> 8 & 0xf, lo = insn & 0xf;
        A32Insn i;
        if (op1 < 0b01000) {
            // Parallel addition and subtraction: Rn 19..16, Rd 15..12, Rm 3..0.
            int prefix = op1 & 7;
            if ((prefix & 3) == 0 || mid != 0xf || op2 == 5 || op2 == 6) {
                return null;
            }
            i = new ParallelAddSub.Insn(prefix, op2, d, hi, lo);
            return WritePc.wrap(i, d, false);
        }
        if (op1 < 0b10000) {
            return WritePc.wrap(a32PackingSaturationReversal(insn, op1 & 7, op2, hi, d, mid, lo), d, false);
        }
        if (op1 < 0b11000) {
            return a32SignedMultiply(insn, op1 & 7, op2, hi, d, mid, lo);
        }
        switch (op1) {
            case 0b11000 -> {
                if (op2 != 0) {
                    return null;
                }
                // USADA8 Rd(19..16), Rn(3..0), Rm(11..8), Ra(15..12); Ra = PC is USAD8.
                return WritePc.wrap(new Media.Usad8(hi, lo, mid, d == 15 ? -1 : d), hi, false);
            }
            case 0b11010, 0b11011, 0b11110, 0b11111 -> {
                if ((op2 & 3) != 0b10) {
                    return null; // including UDF (11111 111)
                }
                int lsb = insn >>> 7 & 0x1f, width = (insn >>> 16 & 0x1f) + 1;
                if (lsb + width > 32) {
                    return null; // UNPREDICTABLE; QEMU: UNDEF
                }
                return WritePc.wrap(new Media.Bfx(d, lo, lsb, width, op1 < 0b11100), d, false);
            }
            case 0b11100, 0b11101 -> {
                if ((op2 & 3) != 0) {
                    return null;
                }
                int lsb = insn >>> 7 & 0x1f, msb = insn >>> 16 & 0x1f;
                if (msb < lsb) {
                    return null; // UNPREDICTABLE; QEMU: UNDEF
                }
                return WritePc.wrap(new Media.Bfi(d, lo == 15 ? -1 : lo, lsb, msb), d, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** A5.4.3 (op1 01xxx, here its low bits): Rn 19..16, Rd 15..12, Rm 3..0. */
    private static A32Insn a32PackingSaturationReversal(int insn, int op1, int op2, int n, int d, int mid, int m) {
        int imm5 = insn >>> 7 & 0x1f;
        boolean sh = (insn & 1 << 6) != 0;
        if ((op1 & 0b110) == 0b010 && (op2 & 1) == 0) {
            // SSAT: saturate_to = sat_imm + 1, sat_imm in 20..16.
            return new Media.Sat(d, m, (insn >>> 16 & 0x1f) + 1, sh, sh && imm5 == 0 ? 32 : imm5, false);
        }
        if ((op1 & 0b110) == 0b110 && (op2 & 1) == 0) {
            return new Media.Sat(d, m, insn >>> 16 & 0x1f, sh, sh && imm5 == 0 ? 32 : imm5, true);
        }
        if (op1 == 0 && (op2 & 1) == 0) {
            return new Media.Pkh(d, n, m, imm5, sh);
        }
        if (op2 == 0b011) {
            // Extensions: rotate in 11..10, bits 9..8 zero; Rn = PC is the form without addition.
            if ((mid & 3) != 0) {
                return null;
            }
            int kind = switch (op1) {
                case 0b000 -> Media.SXTB16;
                case 0b010 -> Media.SXTB;
                case 0b011 -> Media.SXTH;
                case 0b100 -> Media.UXTB16;
                case 0b110 -> Media.UXTB;
                case 0b111 -> Media.UXTH;
                default -> -1;
            };
            return kind < 0 ? null : new Media.Extend(kind, d, n == 15 ? -1 : n, m, (mid >>> 2) * 8);
        }
        if (mid != 0xf) {
            return null;
        }
        return switch (op1 << 3 | op2) {
            case 0b000_101 -> new Media.Sel(d, n, m);
            case 0b010_001 -> new Media.Sat16(d, m, n + 1, false);
            case 0b110_001 -> new Media.Sat16(d, m, n, true);
            case 0b011_001 -> n == 0xf ? new Media.Reverse(Media.REV, d, m) : null;
            case 0b011_101 -> n == 0xf ? new Media.Reverse(Media.REV16, d, m) : null;
            case 0b111_001 -> n == 0xf ? new Media.Reverse(Media.RBIT, d, m) : null;
            case 0b111_101 -> n == 0xf ? new Media.Reverse(Media.REVSH, d, m) : null;
            default -> null;
        };
    }

    /** A5.4.4 (op1 10xxx, here its low bits): Rd 19..16, Ra 15..12, Rm 11..8, Rn 3..0. */
    private static A32Insn a32SignedMultiply(int insn, int op1, int op2, int d, int a, int m, int n) {
        boolean x = (op2 & 1) != 0;
        A32Insn i = switch (op1) {
            case 0b000 -> op2 < 4 ? new Multiply.Smlad(d, n, m, a == 15 ? -1 : a, x, (op2 & 2) != 0) : null;
            case 0b001, 0b011 -> op2 == 0 && a == 15 ? new Multiply.Div(d, n, m, op1 == 0b001) : null;
            case 0b100 -> op2 < 4 ? new Multiply.Smlald(a, d, n, m, x, (op2 & 2) != 0) : null;
            case 0b101 -> op2 < 2 || op2 >= 6 ? new Multiply.Smmla(d, n, m, a == 15 ? -1 : a, op2 >= 6, x) : null;
            default -> null;
        };
        return WritePc.wrap(i, op1 == 0b100 && a == 15 ? 15 : d, false);
    }

    // ---- T16

    /** A6.2.1: LSL, LSR, ASR (immediate), ADD, SUB (register, 3-bit immediate), MOV, CMP, ADD, SUB (8-bit immediate). */
    public static A32Insn t16ShiftAddSubtractMoveCompare(int hw, int pc, boolean inIt) {
        boolean s = !inIt;
        int op = hw >>> 11 & 7;
        int rd = hw & 7, rn = hw >>> 3 & 7;
        if (op < 3) {
            int imm5 = hw >>> 6 & 0x1f;
            return AluOps.register(AluOps.MOV, s, rd, 0, rn, op, Shifts.decodeImmShiftAmount(op, imm5));
        }
        if (op == 3) {
            boolean sub = (hw & 1 << 9) != 0;
            int low3 = hw >>> 6 & 7;
            int aluOp = sub ? AluOps.SUB : AluOps.ADD;
            return (hw & 1 << 10) != 0 ? AluOps.immediate(aluOp, s, rd, rn, low3, -1)
                    : AluOps.register(aluOp, s, rd, rn, low3, Shifts.LSL, 0);
        }
        int rdn = hw >>> 8 & 7, imm8 = hw & 0xff;
        return switch (op) {
            case 4 -> AluOps.immediate(AluOps.MOV, s, rdn, 0, imm8, -1);
            case 5 -> AluOps.immediate(AluOps.CMP, true, 0, rdn, imm8, -1);
            case 6 -> AluOps.immediate(AluOps.ADD, s, rdn, rdn, imm8, -1);
            default -> AluOps.immediate(AluOps.SUB, s, rdn, rdn, imm8, -1);
        };
    }

    /** A6.2.2: AND, EOR, LSL, LSR, ASR, ADC, SBC, ROR, TST, RSB, CMP, CMN, ORR, MUL, BIC, MVN (register). */
    public static A32Insn t16DataProcessing(int hw, int pc, boolean inIt) {
        boolean s = !inIt;
        int op = hw >>> 6 & 0xf, m = hw >>> 3 & 7, dn = hw & 7;
        return switch (op) {
            case 0b0010 -> AluOps.registerShifted(AluOps.MOV, s, dn, 0, dn, Shifts.LSL, m);
            case 0b0011 -> AluOps.registerShifted(AluOps.MOV, s, dn, 0, dn, Shifts.LSR, m);
            case 0b0100 -> AluOps.registerShifted(AluOps.MOV, s, dn, 0, dn, Shifts.ASR, m);
            case 0b0111 -> AluOps.registerShifted(AluOps.MOV, s, dn, 0, dn, Shifts.ROR, m);
            case 0b1000 -> AluOps.register(AluOps.TST, true, 0, dn, m, Shifts.LSL, 0);
            case 0b1001 -> AluOps.immediate(AluOps.RSB, s, dn, m, 0, -1);
            case 0b1010 -> AluOps.register(AluOps.CMP, true, 0, dn, m, Shifts.LSL, 0);
            case 0b1011 -> AluOps.register(AluOps.CMN, true, 0, dn, m, Shifts.LSL, 0);
            case 0b1101 -> new Multiply.Mul(dn, m, dn, -1, false, s);
            default -> AluOps.register(T16_DP_OPS[op], s, dn, dn, m, Shifts.LSL, 0);
        };
    }

    private static final int[] T16_DP_OPS = {AluOps.AND, AluOps.EOR, -1, -1, -1, AluOps.ADC, AluOps.SBC, -1, -1, -1, -1, -1,
            AluOps.ORR, -1, AluOps.BIC, AluOps.MVN};

    /** A6.2.3 without BX/BLX: ADD, CMP, MOV with high registers (a PC destination branches). */
    public static A32Insn t16SpecialData(int hw, int pc, boolean inIt) {
        int dn = (hw >>> 4 & 8) | (hw & 7), m = hw >>> 3 & 0xf;
        return switch (hw >>> 8 & 3) {
            case 0 -> WritePc.wrap(AluOps.register(AluOps.ADD, false, dn, dn, m, Shifts.LSL, 0), dn, true);
            case 1 -> AluOps.register(AluOps.CMP, true, 0, dn, m, Shifts.LSL, 0);
            default -> WritePc.wrap(AluOps.register(AluOps.MOV, false, dn, 0, m, Shifts.LSL, 0), dn, true);
        };
    }

    /** ADR, ADD (SP plus immediate) (A6.2 opcode 10100x, 10101x). */
    public static A32Insn t16AdrAddSp(int hw, int pc, boolean inIt) {
        int d = hw >>> 8 & 7, imm = (hw & 0xff) << 2;
        if ((hw & 1 << 11) == 0) {
            return new Media.MovImm(d, (pc + 4 & ~3) + imm);
        }
        return new Media.AddImm(d, 13, imm);
    }

    /** From A6.2.5: ADD, SUB (SP plus immediate), SXTH, SXTB, UXTH, UXTB, REV, REV16, REVSH. */
    public static A32Insn t16Misc(int hw, int pc, boolean inIt) {
        int d = hw & 7, m = hw >>> 3 & 7;
        int op2 = hw >>> 6 & 3;
        switch (hw >>> 8 & 0xf) {
            case 0b0000 -> {
                int imm = (hw & 0x7f) << 2;
                return new Media.AddImm(13, 13, (hw & 0x80) != 0 ? -imm : imm);
            }
            case 0b0010 -> {
                int kind = switch (op2) {
                    case 0 -> Media.SXTH;
                    case 1 -> Media.SXTB;
                    case 2 -> Media.UXTH;
                    default -> Media.UXTB;
                };
                return new Media.Extend(kind, d, -1, m, 0);
            }
            case 0b1010 -> {
                return switch (op2) {
                    case 0 -> new Media.Reverse(Media.REV, d, m);
                    case 1 -> new Media.Reverse(Media.REV16, d, m);
                    case 3 -> new Media.Reverse(Media.REVSH, d, m);
                    default -> null; // HLT (ARMv8)
                };
            }
            default -> {
                return null;
            }
        }
    }

    // ---- T32

    /** T32 data-processing opcodes (bits 24..21) as A32 ones; -1 where unallocated (and PKH, 0110). */
    private static final int[] T32_OPS = {AluOps.AND, AluOps.BIC, AluOps.ORR, AluOps.ORN, AluOps.EOR, -1, -1, -1, AluOps.ADD, -1,
            AluOps.ADC, AluOps.SBC, -1, AluOps.SUB, AluOps.RSB, -1};

    /**
     * The A32 operation of a T32 data-processing opcode with its aliases: TST, TEQ, CMN, CMP for
     * Rd = PC with S, MOV and MVN for Rn = PC; -1 if unallocated.
     */
    private static int t32Op(int op, boolean s, int n, int d) {
        int a = T32_OPS[op];
        if (s && d == 15) {
            switch (a) {
                case AluOps.AND -> a = AluOps.TST;
                case AluOps.EOR -> a = AluOps.TEQ;
                case AluOps.ADD -> a = AluOps.CMN;
                case AluOps.SUB -> a = AluOps.CMP;
                default -> {}
            }
        }
        if (n == 15) {
            if (a == AluOps.ORR) {
                a = AluOps.MOV;
            } else if (a == AluOps.ORN) {
                a = AluOps.MVN;
            }
        }
        return a;
    }

    /** A6.3.11: data-processing (shifted register). */
    public static A32Insn t32ShiftedRegister(int insn, int pc, boolean inIt) {
        if ((insn & 0x8000) != 0) {
            return null;
        }
        int op = insn >>> 21 & 0xf;
        boolean s = (insn & 1 << 20) != 0;
        int n = insn >>> 16 & 0xf, d = insn >>> 8 & 0xf, m = insn & 0xf;
        int imm5 = (insn >>> 10 & 0x1c) | (insn >>> 6 & 3), type = insn >>> 4 & 3;
        if (op == 0b0110) {
            if (s || (insn & 0x10) != 0) {
                return null;
            }
            return WritePc.wrap(new Media.Pkh(d, n, m, imm5, (insn & 0x20) != 0), d, false);
        }
        int a = t32Op(op, s, n, d);
        if (a < 0 || a == AluOps.MOV && s && d == 15) {
            return null; // MOVS PC: an exception return, UNPREDICTABLE in user mode (QEMU: UNDEF)
        }
        A32Insn i = AluOps.register(a, s, d, n, m, Shifts.decodeImmShiftType(type, imm5), Shifts.decodeImmShiftAmount(type, imm5));
        return WritePc.wrap(i, a >= AluOps.TST && a <= AluOps.CMN ? 0 : d, true);
    }

    /** A6.3.1: data-processing (modified immediate). */
    public static A32Insn t32ModifiedImmediate(int insn, int pc, boolean inIt) {
        int op = insn >>> 21 & 0xf;
        boolean s = (insn & 1 << 20) != 0;
        int n = insn >>> 16 & 0xf, d = insn >>> 8 & 0xf;
        int imm12 = (insn >>> 15 & 0x800) | (insn >>> 4 & 0x700) | (insn & 0xff);
        int a = t32Op(op, s, n, d);
        if (a < 0 || a == AluOps.MOV && s && d == 15) {
            return null;
        }
        A32Insn i = AluOps.immediate(a, s, d, n, Shifts.thumbExpandImm(imm12), Shifts.thumbExpandImmCarry(imm12));
        return WritePc.wrap(i, a >= AluOps.TST && a <= AluOps.CMN ? 0 : d, true);
    }

    /** A6.3.3: data-processing (plain binary immediate): ADDW, SUBW, MOVW, MOVT, ADR, SSAT, USAT, SBFX, UBFX, BFI, BFC. */
    public static A32Insn t32PlainImmediate(int insn, int pc, boolean inIt) {
        int op = insn >>> 20 & 0x1f;
        int n = insn >>> 16 & 0xf, d = insn >>> 8 & 0xf;
        int imm12 = (insn >>> 15 & 0x800) | (insn >>> 4 & 0x700) | (insn & 0xff);
        switch (op) {
            case 0b00000, 0b01010 -> {
                int imm = op == 0 ? imm12 : -imm12;
                A32Insn i = n == 15 ? new Media.MovImm(d, (pc + 4 & ~3) + imm) : new Media.AddImm(d, n, imm);
                return WritePc.wrap(i, d, true);
            }
            case 0b00100, 0b01100 -> {
                int imm16 = n << 12 | imm12;
                return WritePc.wrap(op == 0b00100 ? new Media.MovImm(d, imm16) : new Media.Movt(d, imm16), d, false);
            }
            default -> {}
        }
        if ((insn & 1 << 26) != 0 || (insn & 0x20) != 0) {
            return null;
        }
        int imm5 = (insn >>> 10 & 0x1c) | (insn >>> 6 & 3), low5 = insn & 0x1f;
        boolean sh = (insn & 1 << 21) != 0;
        A32Insn i = switch (op) {
            case 0b10000, 0b10010 -> sh && imm5 == 0 ? new Media.Sat16(d, n, low5 + 1, false)
                    : new Media.Sat(d, n, low5 + 1, sh, sh && imm5 == 0 ? 32 : imm5, false);
            case 0b11000, 0b11010 -> sh && imm5 == 0 ? new Media.Sat16(d, n, low5, true)
                    : new Media.Sat(d, n, low5, sh, imm5, true);
            case 0b10100, 0b11100 -> imm5 + low5 + 1 > 32 ? null : new Media.Bfx(d, n, imm5, low5 + 1, op == 0b10100);
            case 0b10110 -> low5 < imm5 ? null : new Media.Bfi(d, n == 15 ? -1 : n, imm5, low5);
            default -> null;
        };
        return WritePc.wrap(i, d, false);
    }

    /** A6.3.12: data-processing (register): shifts, extends, parallel add/subtract, miscellaneous operations. */
    public static A32Insn t32Register(int insn, int pc, boolean inIt) {
        if ((insn & 0xf000) != 0xf000) {
            return null;
        }
        int op1 = insn >>> 20 & 0xf, op2 = insn >>> 4 & 0xf;
        int n = insn >>> 16 & 0xf, d = insn >>> 8 & 0xf, m = insn & 0xf;
        A32Insn i;
        if (op1 < 0b1000 && op2 == 0) {
            boolean s = (op1 & 1) != 0;
            if (s && d == 15) {
                return null; // MOVS PC (QEMU: UNDEF)
            }
            return WritePc.wrap(AluOps.registerShifted(AluOps.MOV, s, d, 0, n, op1 >>> 1, m), d, true);
        }
        if (op1 < 0b0110 && (op2 & 0b1100) == 0b1000) {
            int kind = switch (op1) {
                case 0b0000 -> Media.SXTH;
                case 0b0001 -> Media.UXTH;
                case 0b0010 -> Media.SXTB16;
                case 0b0011 -> Media.UXTB16;
                case 0b0100 -> Media.SXTB;
                default -> Media.UXTB;
            };
            i = new Media.Extend(kind, d, n == 15 ? -1 : n, m, (op2 & 3) * 8);
        } else if (op1 >= 0b1000 && op2 < 0b1000) {
            int op = switch (op1 & 7) {
                case 0b000 -> ParallelAddSub.ADD8;
                case 0b001 -> ParallelAddSub.ADD16;
                case 0b010 -> ParallelAddSub.ASX;
                case 0b100 -> ParallelAddSub.SUB8;
                case 0b101 -> ParallelAddSub.SUB16;
                case 0b110 -> ParallelAddSub.SAX;
                default -> -1;
            };
            if (op < 0 || (op2 & 3) == 3) {
                return null;
            }
            i = new ParallelAddSub.Insn((op2 & 4) + 1 + (op2 & 3), op, d, n, m);
        } else if ((op1 & 0b1100) == 0b1000 && (op2 & 0b1100) == 0b1000) {
            int o = op2 & 3;
            i = switch (op1 & 3) {
                case 0 -> new Media.QAddSub(d, m, n, (o & 2) != 0, (o & 1) != 0);
                case 1 -> new Media.Reverse(o == 0 ? Media.REV : o == 1 ? Media.REV16 : o == 2 ? Media.RBIT : Media.REVSH, d, m);
                case 2 -> o == 0 ? new Media.Sel(d, n, m) : null;
                default -> o == 0 ? new Media.Reverse(Media.CLZ, d, m) : null;
            };
        } else {
            return null;
        }
        return WritePc.wrap(i, d, false);
    }

    /** A6.3.16: multiply, multiply accumulate, absolute difference. */
    public static A32Insn t32Multiply(int insn, int pc, boolean inIt) {
        if ((insn & 0xc0) != 0) {
            return null;
        }
        int op1 = insn >>> 20 & 7, op2 = insn >>> 4 & 3;
        int n = insn >>> 16 & 0xf, a = insn >>> 12 & 0xf, d = insn >>> 8 & 0xf, m = insn & 0xf;
        int acc = a == 15 ? -1 : a;
        boolean hi = (op2 & 1) != 0;
        A32Insn i = switch (op1) {
            case 0b000 -> op2 == 0 ? new Multiply.Mul(d, n, m, acc, false, false)
                    : op2 == 1 ? new Multiply.Mul(d, n, m, a, true, false) : null;
            case 0b001 -> new Multiply.Smlaxy(d, n, m, acc, (op2 & 2) != 0, hi);
            case 0b010 -> op2 < 2 ? new Multiply.Smlad(d, n, m, acc, hi, false) : null;
            case 0b011 -> op2 < 2 ? new Multiply.Smlawy(d, n, m, acc, hi) : null;
            case 0b100 -> op2 < 2 ? new Multiply.Smlad(d, n, m, acc, hi, true) : null;
            case 0b101 -> op2 < 2 ? new Multiply.Smmla(d, n, m, acc, false, hi) : null;
            case 0b110 -> op2 < 2 ? new Multiply.Smmla(d, n, m, acc, true, hi) : null;
            default -> op2 == 0 ? new Media.Usad8(d, n, m, acc) : null;
        };
        return WritePc.wrap(i, d, false);
    }

    /** A6.3.17: long multiply, long multiply accumulate, divide. */
    public static A32Insn t32LongMultiplyDivide(int insn, int pc, boolean inIt) {
        int op1 = insn >>> 20 & 7, op2 = insn >>> 4 & 0xf;
        int n = insn >>> 16 & 0xf, lo = insn >>> 12 & 0xf, hi = insn >>> 8 & 0xf, m = insn & 0xf;
        A32Insn i = switch (op1) {
            case 0b000 -> op2 == 0 ? new Multiply.MulLong(lo, hi, n, m, true, false, false) : null;
            case 0b001, 0b011 -> op2 == 0xf && lo == 15 ? new Multiply.Div(hi, n, m, op1 == 0b001) : null;
            case 0b010 -> op2 == 0 ? new Multiply.MulLong(lo, hi, n, m, false, false, false) : null;
            case 0b100 -> op2 == 0 ? new Multiply.MulLong(lo, hi, n, m, true, true, false)
                    : (op2 & 0b1100) == 0b1000 ? new Multiply.Smlalxy(lo, hi, n, m, (op2 & 2) != 0, (op2 & 1) != 0)
                    : (op2 & 0b1110) == 0b1100 ? new Multiply.Smlald(lo, hi, n, m, (op2 & 1) != 0, false) : null;
            case 0b101 -> (op2 & 0b1110) == 0b1100 ? new Multiply.Smlald(lo, hi, n, m, (op2 & 1) != 0, true) : null;
            case 0b110 -> op2 == 0 ? new Multiply.MulLong(lo, hi, n, m, false, true, false)
                    : op2 == 0b0110 ? new Multiply.Umaal(lo, hi, n, m) : null;
            default -> null;
        };
        boolean div = op1 == 0b001 || op1 == 0b011;
        return WritePc.wrap(i, div ? hi : lo == 15 ? 15 : hi, false);
    }
}
