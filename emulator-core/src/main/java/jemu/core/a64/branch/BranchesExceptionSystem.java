package jemu.core.a64.branch;

import static jemu.core.a64.A64Regs.rz;

import jemu.core.a64.A64Insn;

/** Branches, exception generating and system instructions (Arm ARM C4.1.3). */
public final class BranchesExceptionSystem {
    private BranchesExceptionSystem() {}

    /** Decodes {@code insn} at {@code pc}; null when the encoding is unallocated or not implemented. */
    public static A64Insn decode(int insn, long pc) {
        int op0 = insn >>> 29;
        if ((op0 & 3) == 0) {
            // B, BL: op 00101 imm26
            long target = pc + ((long) (insn << 6) >> 4);
            return (insn >>> 31) == 0 ? new Branches.B(target) : new Branches.BL(target, pc + 4);
        }
        if ((op0 & 3) == 1) {
            int rt = insn & 31;
            if ((insn & (1 << 25)) == 0) {
                // CBZ, CBNZ: sf 011010 op imm19 Rt
                long target = pc + ((long) (insn << 8) >> 11 & ~3L);
                boolean sf = (insn >>> 31) != 0;
                boolean nonZero = (insn & (1 << 24)) != 0;
                return new Branches.CompareBranch(rz(rt), sf, nonZero, target, pc + 4);
            }
            // TBZ, TBNZ: b5 011011 op b40 imm14 Rt
            long target = pc + ((long) (insn << 13) >> 16 & ~3L);
            int bit = (insn >>> 31) << 5 | (insn >>> 19) & 31;
            boolean nonZero = (insn & (1 << 24)) != 0;
            return new Branches.TestBranch(rz(rt), bit, nonZero, target, pc + 4);
        }
        if (op0 == 0b010) {
            // B.cond: 0101010 0 imm19 0 cond
            if ((insn & 0xff000010) != 0x54000000) {
                return null;
            }
            long target = pc + ((long) (insn << 8) >> 11 & ~3L);
            int cond = insn & 15;
            return cond >= 14 ? new Branches.B(target) : new Branches.BCond(cond, target, pc + 4);
        }
        if (op0 != 0b110) {
            return null;
        }
        if ((insn & 0x02000000) != 0) {
            return decodeBranchRegister(insn, pc);
        }
        if ((insn & 0x01000000) == 0) {
            return decodeException(insn, pc);
        }
        if ((insn & 0xffc00000) == 0xd5000000) {
            return SystemInstructions.decode(insn, pc);
        }
        return null;
    }

    /** Unconditional branch (register): BR, BLR, RET. Pointer-authenticated forms are not implemented. */
    private static A64Insn decodeBranchRegister(int insn, long pc) {
        // 1101011 opc op2(11111) op3(000000) Rn op4(00000)
        if ((insn & 0xfe1ffc1f) != 0xd61f0000) {
            return null;
        }
        int opc = (insn >>> 21) & 15;
        int rn = rz((insn >>> 5) & 31);
        return switch (opc) {
            case 0 -> new Branches.BR(rn);
            case 1 -> new Branches.BLR(rn, pc + 4);
            case 2 -> new Branches.BR(rn); // RET: same, with a return hint
            default -> null;
        };
    }

    /** Exception generation: SVC, BRK, HLT (HVC, SMC, DCPS are not available at EL0). */
    private static A64Insn decodeException(int insn, long pc) {
        // 11010100 opc imm16 op2 LL
        int opc = (insn >>> 21) & 7;
        int imm16 = (insn >>> 5) & 0xffff;
        int op2ll = insn & 31;
        if (opc == 0 && op2ll == 1) {
            return new Exceptions.Svc(imm16, pc + 4);
        }
        if (opc == 1 && op2ll == 0) {
            return new Exceptions.Brk(imm16, pc);
        }
        if (opc == 2 && op2ll == 0) {
            return new Exceptions.Hlt(imm16, pc);
        }
        return null;
    }
}
