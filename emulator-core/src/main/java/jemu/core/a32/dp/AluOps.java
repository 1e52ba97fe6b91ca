package jemu.core.a32.dp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * The sixteen data-processing operations (AND ... MVN, and T32's ORN) over the three operand
 * forms: a modified immediate, a register shifted by an immediate, a register shifted by a
 * register. Arithmetic is AddWithCarry(Rn EOR invN, operand EOR invM, carry) as in the
 * pseudocode (RSB and RSC invert Rn); logical operations take the shifter's carry. A compare or
 * test has no destination ({@code d < 0}). A destination of R15 is handled by {@link WritePc}.
 */
final class AluOps {
    private AluOps() {}

    /** A32 opcode numbering (bits 24..21), plus ORN. */
    static final int AND = 0, EOR = 1, SUB = 2, RSB = 3, ADD = 4, ADC = 5, SBC = 6, RSC = 7, TST = 8, TEQ = 9,
            CMP = 10, CMN = 11, ORR = 12, MOV = 13, BIC = 14, MVN = 15, ORN = 16;

    static final int N = jemu.core.arm.Alu.N, Z = jemu.core.arm.Alu.Z, C = jemu.core.arm.Alu.C, V = jemu.core.arm.Alu.V;

    private static final int L_AND = 0, L_ORR = 1, L_EOR = 2, L_MOV = 3;

    static boolean isLogical(int op) {
        return switch (op) {
            case AND, EOR, TST, TEQ, ORR, MOV, BIC, MVN, ORN -> true;
            default -> false;
        };
    }

    private static boolean isTest(int op) {
        return op >= TST && op <= CMN;
    }

    private static int logicalKind(int op) {
        return switch (op) {
            case AND, TST, BIC -> L_AND;
            case EOR, TEQ -> L_EOR;
            case MOV, MVN -> L_MOV;
            default -> L_ORR;
        };
    }

    private static int invertM(int op) {
        return switch (op) {
            case BIC, MVN, ORN, SUB, SBC, CMP -> -1;
            default -> 0;
        };
    }

    private static int invertN(int op) {
        return op == RSB || op == RSC ? -1 : 0;
    }

    /** 1 for the operations whose carry in is C (ADC, SBC, RSC). */
    private static int carryMask(int op) {
        return op == ADC || op == SBC || op == RSC ? 1 : 0;
    }

    private static int carryConst(int op) {
        return op == SUB || op == RSB || op == CMP ? 1 : 0;
    }

    /** Rd is ignored for tests and compares; Rn for MOV and MVN. */
    static A32Insn immediate(int op, boolean s, int d, int n, int imm, int carry) {
        int dd = isTest(op) ? -1 : d;
        if (isLogical(op)) {
            return new LogicalImm(logicalKind(op), s, dd, n, imm ^ invertM(op), carry);
        }
        return new ArithImm(s, dd, n, invertN(op), imm ^ invertM(op), carryMask(op), carryConst(op));
    }

    static A32Insn register(int op, boolean s, int d, int n, int m, int type, int amount) {
        int dd = isTest(op) ? -1 : d;
        if (isLogical(op)) {
            return new LogicalReg(logicalKind(op), s, dd, n, m, type, amount, invertM(op));
        }
        return new ArithReg(s, dd, n, m, type, amount, invertN(op), invertM(op), carryMask(op), carryConst(op));
    }

    static A32Insn registerShifted(int op, boolean s, int d, int n, int m, int type, int rs) {
        int dd = isTest(op) ? -1 : d;
        if (isLogical(op)) {
            return new LogicalRsr(logicalKind(op), s, dd, n, m, type, rs, invertM(op));
        }
        return new ArithRsr(s, dd, n, m, type, rs, invertN(op), invertM(op), carryMask(op), carryConst(op));
    }

    static int logical(int kind, int x, int y) {
        return switch (kind) {
            case L_AND -> x & y;
            case L_ORR -> x | y;
            case L_EOR -> x ^ y;
            default -> y;
        };
    }

    /** N, Z of the result, C the shifter's carry out, V unchanged. */
    static int nzcvLogical(int r, int carry, int nzcv) {
        return (r & N) | (r == 0 ? Z : 0) | carry << 29 | (nzcv & V);
    }

    static final class LogicalImm extends A32Insn {
        private final int kind, d, n, imm, carry;
        private final boolean s;

        LogicalImm(int kind, boolean s, int d, int n, int imm, int carry) {
            this.kind = kind;
            this.s = s;
            this.d = d;
            this.n = n;
            this.imm = imm;
            this.carry = carry;
        }

        @Override
        public void exec(A32Cpu c) {
            int r = logical(kind, c.r[n], imm);
            if (s) {
                c.nzcv = nzcvLogical(r, carry < 0 ? jemu.core.arm.Alu.carry(c.nzcv) : carry, c.nzcv);
            }
            if (d >= 0) {
                c.r[d] = r;
            }
        }
    }

    static final class LogicalReg extends A32Insn {
        private final int kind, d, n, m, type, amount, invert;
        private final boolean s;

        LogicalReg(int kind, boolean s, int d, int n, int m, int type, int amount, int invert) {
            this.kind = kind;
            this.s = s;
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invert = invert;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[m];
            int cin = jemu.core.arm.Alu.carry(c.nzcv);
            int r = logical(kind, c.r[n], Shifts.shift(x, type, amount, cin) ^ invert);
            if (s) {
                c.nzcv = nzcvLogical(r, Shifts.shiftCarry(x, type, amount, cin), c.nzcv);
            }
            if (d >= 0) {
                c.r[d] = r;
            }
        }
    }

    static final class LogicalRsr extends A32Insn {
        private final int kind, d, n, m, type, rs, invert;
        private final boolean s;

        LogicalRsr(int kind, boolean s, int d, int n, int m, int type, int rs, int invert) {
            this.kind = kind;
            this.s = s;
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.rs = rs;
            this.invert = invert;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[m];
            int amount = c.r[rs] & 0xff;
            int cin = jemu.core.arm.Alu.carry(c.nzcv);
            int r = logical(kind, c.r[n], Shifts.shift(x, type, amount, cin) ^ invert);
            if (s) {
                c.nzcv = nzcvLogical(r, Shifts.shiftCarry(x, type, amount, cin), c.nzcv);
            }
            if (d >= 0) {
                c.r[d] = r;
            }
        }
    }

    static final class ArithImm extends A32Insn {
        private final int d, n, invN, imm, carryMask, carryConst;
        private final boolean s;

        ArithImm(boolean s, int d, int n, int invN, int imm, int carryMask, int carryConst) {
            this.s = s;
            this.d = d;
            this.n = n;
            this.invN = invN;
            this.imm = imm;
            this.carryMask = carryMask;
            this.carryConst = carryConst;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n] ^ invN;
            int cin = (c.nzcv >>> 29 & carryMask) | carryConst;
            if (s) {
                c.nzcv = jemu.core.arm.Alu.nzcvAdd32(x, imm, cin);
            }
            if (d >= 0) {
                c.r[d] = x + imm + cin;
            }
        }
    }

    static final class ArithReg extends A32Insn {
        private final int d, n, m, type, amount, invN, invM, carryMask, carryConst;
        private final boolean s;

        ArithReg(boolean s, int d, int n, int m, int type, int amount, int invN, int invM, int carryMask, int carryConst) {
            this.s = s;
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.amount = amount;
            this.invN = invN;
            this.invM = invM;
            this.carryMask = carryMask;
            this.carryConst = carryConst;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n] ^ invN;
            int y = Shifts.shift(c.r[m], type, amount, jemu.core.arm.Alu.carry(c.nzcv)) ^ invM;
            int cin = (c.nzcv >>> 29 & carryMask) | carryConst;
            if (s) {
                c.nzcv = jemu.core.arm.Alu.nzcvAdd32(x, y, cin);
            }
            if (d >= 0) {
                c.r[d] = x + y + cin;
            }
        }
    }

    static final class ArithRsr extends A32Insn {
        private final int d, n, m, type, rs, invN, invM, carryMask, carryConst;
        private final boolean s;

        ArithRsr(boolean s, int d, int n, int m, int type, int rs, int invN, int invM, int carryMask, int carryConst) {
            this.s = s;
            this.d = d;
            this.n = n;
            this.m = m;
            this.type = type;
            this.rs = rs;
            this.invN = invN;
            this.invM = invM;
            this.carryMask = carryMask;
            this.carryConst = carryConst;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n] ^ invN;
            int y = Shifts.shift(c.r[m], type, c.r[rs] & 0xff, 0) ^ invM;
            int cin = (c.nzcv >>> 29 & carryMask) | carryConst;
            if (s) {
                c.nzcv = jemu.core.arm.Alu.nzcvAdd32(x, y, cin);
            }
            if (d >= 0) {
                c.r[d] = x + y + cin;
            }
        }
    }
}
