package jemu.core.a32.branch;

import jemu.core.a32.A32Insn;
import jemu.core.a32.insn.Conditional;
import jemu.core.a32.insn.Nop;

/**
 * Branches, exception-generating, hint, barrier and status-register instructions, and the CP15
 * thread ID registers; the group decoders of both instruction sets. Each returns null for an
 * encoding it does not allocate. Targets are computed at decode time from the instruction's
 * own address: PC reads as {@code pc + 8} in A32 and {@code pc + 4} in T32.
 */
public final class Branches {
    private Branches() {}

    // ---- A32

    /** B, BL (A5.5, op 10x): imm32 = SignExtend(imm24:'00'). */
    public static A32Insn a32BranchWithLink(int insn, int pc) {
        int target = pc + 8 + (insn << 8 >> 6);
        if ((insn & (1 << 24)) == 0) {
            return new Branch(target);
        }
        return new BranchWithLink(target, pc + 4, false);
    }

    /** BLX (immediate), the unconditional space: to T32 at PC + SignExtend(imm24:H:'0'). */
    public static A32Insn a32Blx(int insn, int pc) {
        int target = pc + 8 + (insn << 8 >> 6) + ((insn >>> 23) & 2);
        return new BranchWithLink(target, pc + 4, true);
    }

    /** From A5.2.12: MRS, MSR (register), BX, BXJ, BLX (register), BKPT; ERET, HVC, SMC are UNDEFINED in user mode. */
    public static A32Insn a32Misc(int insn, int pc) {
        int op = (insn >>> 21) & 3;
        int op2 = (insn >>> 4) & 7;
        int rm = insn & 0xf;
        switch (op2) {
            case 0b000 -> {
                boolean spsr = (insn & (1 << 22)) != 0;
                if ((op & 1) == 0) {
                    // MRS: SPSR is UNPREDICTABLE in user mode; qemu makes it UNDEFINED.
                    int rd = (insn >>> 12) & 0xf;
                    return spsr || rd == 15 || (insn & 0x000f_0fff) != 0x000f_0000 ? null : new MoveFromStatus(rd);
                }
                if (rm == 15 || (insn & 0xfff0) != 0xf000) {
                    return null;
                }
                return msr(spsr, (insn >>> 16) & 0xf, rm, 0);
            }
            case 0b001 -> {
                if ((insn & 0x000f_ff00) != 0x000f_ff00) {
                    return null;
                }
                return op == 0b01 ? new BranchExchange(rm) : null; // CLZ (op 11) is data processing
            }
            case 0b010 -> {
                return op == 0b01 && (insn & 0x000f_ff00) == 0x000f_ff00 ? new BranchExchange(rm) : null; // BXJ
            }
            case 0b011 -> {
                return op == 0b01 && rm != 15 && (insn & 0x000f_ff00) == 0x000f_ff00
                        ? new BranchLinkExchange(rm, pc + 4) : null;
            }
            case 0b111 -> {
                if (op == 0b01) {
                    // BKPT: unconditional (a cond other than AL is UNPREDICTABLE; qemu takes it anyway).
                    return new Breakpoint(pc, (insn >>> 4) & 0xfff0 | insn & 0xf);
                }
                return null; // HVC, SMC
            }
            default -> {
                return null; // ERET (110) and the rest
            }
        }
    }

    /**
     * MSR to the CPSR from register {@code rn} (or -1 for {@code imm}): of the four-bit field mask,
     * user mode may write bit 3 (N Z C V Q, write_nzcvq) and bit 2 (GE, write_g); writes to the
     * other fields are ignored. The SPSR is UNPREDICTABLE in user mode (qemu: UNDEFINED); so is an
     * empty mask, which qemu executes as a NOP.
     */
    private static A32Insn msr(boolean spsr, int mask, int rn, int imm) {
        if (spsr) {
            return null;
        }
        if ((mask & 0b1100) == 0) {
            return Nop.INSTANCE;
        }
        return new MoveToStatus(rn, imm, (mask & 8) != 0, (mask & 4) != 0);
    }

    /** A5.2.11: MSR (immediate) and NOP, YIELD, WFE, WFI, SEV, DBG. */
    public static A32Insn a32MsrImmediateAndHints(int insn, int pc) {
        boolean spsr = (insn & (1 << 22)) != 0;
        int mask = (insn >>> 16) & 0xf;
        if (!spsr && mask == 0) {
            // Hints: every op2 is a hint, the unallocated ones execute as NOP. qemu (a32.decode:
            // NOP ---- 0011 0010 0000 1111 ---- ---- ----) checks the should-be-one bits 15..12,
            // UNDEFINED otherwise, but not the should-be-zero bits 11..8.
            return (insn & 0xf000) == 0xf000 ? Nop.INSTANCE : null;
        }
        int imm = Integer.rotateRight(insn & 0xff, 2 * ((insn >>> 8) & 0xf));
        return (insn & 0xf000) == 0xf000 ? msr(spsr, mask, -1, imm) : null;
    }

    /** SVC. */
    public static A32Insn a32Svc(int insn, int pc) {
        return new SupervisorCall(insn & 0xff_ffff, pc + 4);
    }

    /** MRC, MCR on CP15: TPIDRURO, TPIDRURW, the CP15 barriers (CP15DMB, CP15DSB, CP15ISB). */
    public static A32Insn a32Cp15(int insn, int pc) {
        if ((insn & 0x0f00_0010) != 0x0e00_0010) {
            return null; // CDP, LDC, STC, MCRR, MRRC: nothing user mode may use
        }
        boolean read = (insn & (1 << 20)) != 0;
        int opc1 = (insn >>> 21) & 7;
        int crn = (insn >>> 16) & 0xf;
        int rt = (insn >>> 12) & 0xf;
        int opc2 = (insn >>> 5) & 7;
        int crm = insn & 0xf;
        if (opc1 != 0) {
            return null;
        }
        if (crn == 13 && crm == 0) {
            if (rt == 15) {
                return null;
            }
            return switch (opc2) {
                case 2 -> read ? new ThreadIdRegister.ReadUrw(rt) : new ThreadIdRegister.WriteUrw(rt);
                case 3 -> read ? new ThreadIdRegister.ReadUro(rt) : null;
                default -> null;
            };
        }
        if (crn == 7 && !read && (crm == 10 && (opc2 == 4 || opc2 == 5) || crm == 5 && opc2 == 4)) {
            return Barrier.INSTANCE; // CP15DSB, CP15DMB, CP15ISB
        }
        return null;
    }

    /** A5.7.1: CLREX, DSB, DMB, ISB, PLD, PLDW, PLI, SETEND, CPS. */
    public static A32Insn a32UnconditionalMisc(int insn, int pc) {
        int op1 = (insn >>> 20) & 0x7f;
        int op2 = (insn >>> 4) & 0xf;
        if (op1 == 0b0010000) {
            if ((insn & 0x0001_0000) != 0) {
                // SETEND: little-endian only (BE data is not implemented; qemu-arm has it).
                return (insn & 0xffff_fdff) == 0xf101_0000 && (insn & (1 << 9)) == 0 ? Nop.INSTANCE : null;
            }
            // CPS: privileged; a NOP in user mode.
            return (insn & 0x0000_fe20) == 0 ? Nop.INSTANCE : null;
        }
        if (op1 == 0b1010111) {
            if ((insn & 0x000f_ff00) != 0x000f_f000) {
                return null;
            }
            return switch (op2) {
                case 0b0001 -> (insn & 0xf) == 0xf ? ClearExclusive.INSTANCE : null;
                case 0b0100, 0b0101, 0b0110 -> Barrier.INSTANCE;
                default -> null;
            };
        }
        // Memory hints: PLI, PLD, PLDW (immediate and register) and the unallocated hints are NOPs.
        if ((op1 & 0b1110111) == 0b1000001 || (op1 & 0b1110111) == 0b1000101 || (op1 & 0b1100111) == 0b1000101
                || (op1 & 0b1100111) == 0b1000001) {
            return (insn & 0xf000) == 0xf000 ? Nop.INSTANCE : null;
        }
        if ((op1 & 0b1100111) == 0b1100001 || (op1 & 0b1100111) == 0b1100101) {
            return (insn & 0xf010) == 0xf000 ? Nop.INSTANCE : null;
        }
        return null;
    }

    // ---- T32, 16-bit

    /** BX, BLX (register), 16-bit: 010001 11 L Rm 000. */
    public static A32Insn t16BranchExchange(int hw, int pc, boolean inIt) {
        if ((hw & 7) != 0) {
            return null;
        }
        int rm = (hw >>> 3) & 0xf;
        if ((hw & 0x80) == 0) {
            return new BranchExchange(rm);
        }
        return rm == 15 ? null : new BranchLinkExchange(rm, (pc + 2) | 1);
    }


    /** BKPT and the 16-bit hints (NOP, YIELD, WFE, WFI, SEV); IT is applied by T32Decoder. */
    public static A32Insn t16HintsAndBkpt(int hw, int pc) {
        if ((hw & 0xff00) == 0xbe00) {
            return new Breakpoint(pc, hw & 0xff);
        }
        // 1011 1111 opA opB with opB == 0: the hints, unallocated ones as NOP. (IT inside an IT
        // block is UNPREDICTABLE; qemu ignores it too.)
        return Nop.INSTANCE;
    }

    /** CBZ, CBNZ: 1011 op 0 i 1 imm5 Rn, imm32 = ZeroExtend(i:imm5:'0'). */
    public static A32Insn t16CompareAndBranch(int hw, int pc, boolean inIt) {
        int imm = (hw >>> 2) & 0x3e | (hw >>> 3) & 0x40;
        return new CompareAndBranch(hw & 7, (hw & 0x800) != 0, pc + 4 + imm, pc + 2);
    }

    /** SETEND, CPS (16-bit). */
    public static A32Insn t16SetendCps(int hw, int pc) {
        if ((hw & 0xfff7) == 0xb650) {
            // SETEND: little-endian only.
            return (hw & 8) == 0 ? Nop.INSTANCE : null;
        }
        return (hw & 0xffe8) == 0xb660 ? Nop.INSTANCE : null; // CPS: a NOP in user mode
    }

    /** A6.2.6: B&lt;c&gt; (16-bit), SVC, UDF. */
    public static A32Insn t16ConditionalBranchSvcUdf(int hw, int pc, boolean inIt) {
        int cond = (hw >>> 8) & 0xf;
        if (cond == 0xf) {
            return new SupervisorCall(hw & 0xff, pc + 2);
        }
        if (cond == 0xe) {
            return null; // UDF
        }
        // Inside an IT block this encoding is UNPREDICTABLE; qemu treats it as the branch.
        return Conditional.wrap(cond, new Branch(pc + 4 + (hw << 24 >> 23)), pc + 2);
    }

    /** B (16-bit, unconditional encoding T2): imm32 = SignExtend(imm11:'0'). */
    public static A32Insn t16Branch(int hw, int pc, boolean inIt) {
        if ((hw & 0xf800) != 0xe000) {
            return null;
        }
        return new Branch(pc + 4 + (hw << 21 >> 20));
    }

    // ---- T32, 32-bit

    /** A6.3.4: B, BL, BLX (immediate), MSR, MRS, hints, barriers, CLREX, UDF. */
    public static A32Insn t32BranchesAndMiscControl(int insn, int pc, boolean inIt) {
        int op1 = (insn >>> 20) & 0x7f;
        int op2 = (insn >>> 12) & 7;
        if ((op2 & 0b101) == 0b000) {
            if ((op1 & 0b0111000) != 0b0111000) {
                // B<c> (T3): imm32 = SignExtend(S:J2:J1:imm6:imm11:'0', 21).
                int s = (insn >>> 26) & 1, j1 = (insn >>> 13) & 1, j2 = (insn >>> 11) & 1;
                int imm = s << 20 | j2 << 19 | j1 << 18 | ((insn >>> 16) & 0x3f) << 12 | (insn & 0x7ff) << 1;
                imm = imm << 11 >> 11;
                int cond = (insn >>> 22) & 0xf;
                return Conditional.wrap(cond, new Branch(pc + 4 + imm), pc + 4);
            }
            return t32MiscControl(insn, pc, op1, op2);
        }
        // B (T4), BL (T1), BLX (T2): imm32 = SignExtend(S:I1:I2:imm10:imm11:'0', 25).
        int s = (insn >>> 26) & 1;
        int i1 = ~(((insn >>> 13) & 1) ^ s) & 1, i2 = ~(((insn >>> 11) & 1) ^ s) & 1;
        int imm = s << 24 | i1 << 23 | i2 << 22 | ((insn >>> 16) & 0x3ff) << 12 | (insn & 0x7ff) << 1;
        imm = imm << 7 >> 7;
        int link = (pc + 4) | 1;
        return switch (op2 & 0b101) {
            case 0b001 -> new Branch(pc + 4 + imm);
            case 0b101 -> new BranchWithLink(pc + 4 + imm, link, true);
            default -> (insn & 1) != 0 ? null : new BranchWithLink(((pc + 4) & ~3) + imm, link, false); // BLX
        };
    }

    private static A32Insn t32MiscControl(int insn, int pc, int op1, int op2) {
        int rn = (insn >>> 16) & 0xf;
        switch (op1) {
            case 0b0111000, 0b0111001 -> {
                // MSR (register): 11110 0 11100 R Rn 10 0 0 mask 0 0000 0000
                boolean spsr = (op1 & 1) != 0;
                if ((insn & 0x0000_20ff) != 0 || rn == 13 || rn == 15) {
                    return null;
                }
                return msr(spsr, (insn >>> 8) & 0xf, rn, 0);
            }
            case 0b0111010 -> {
                // Change processor state and hints (A6.3.4.1).
                if ((insn & 0x0700) != 0) {
                    return Nop.INSTANCE; // CPS: a NOP in user mode
                }
                return Nop.INSTANCE; // NOP, YIELD, WFE, WFI, SEV, DBG and the unallocated hints
            }
            case 0b0111011 -> {
                int op = (insn >>> 4) & 0xf;
                return switch (op) {
                    case 0b0010 -> (insn & 0xf) == 0xf ? ClearExclusive.INSTANCE : null;
                    case 0b0100, 0b0101, 0b0110 -> Barrier.INSTANCE;
                    default -> null;
                };
            }
            case 0b0111100 -> {
                // BXJ: as BX without Jazelle.
                return rn == 13 || rn == 15 ? null : new BranchExchange(rn);
            }
            case 0b0111110, 0b0111111 -> {
                // MRS: 11110 0 11111 R 1111 10 0 0 Rd 0000 0000
                int rd = (insn >>> 8) & 0xf;
                if ((op1 & 1) != 0 || rd == 13 || rd == 15 || (insn & 0x000f_00ff) != 0x000f_0000) {
                    return null;
                }
                return new MoveFromStatus(rd);
            }
            default -> {
                return null; // SUBS PC, LR (exception return), SMC, HVC, UDF
            }
        }
    }
}
