package jemu.core.a32.dp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * Parallel addition and subtraction (A5.4.1, A5.4.2; T32 A6.3.13, A6.3.14): ADD16, ASX, SAX,
 * SUB16, ADD8, SUB8 with the prefixes S and U (modular, setting GE), Q and UQ (saturating), SH
 * and UH (halving). Each lane is computed exactly in an {@code int} and then narrowed.
 */
public final class ParallelAddSub {
    private ParallelAddSub() {}

    /** Prefixes: op1 of the A32 encoding, U in bit 2. */
    public static final int S = 1, Q = 2, SH = 3, U = 5, UQ = 6, UH = 7;
    /** Operations: op2 of the A32 encoding. */
    public static final int ADD16 = 0, ASX = 1, SAX = 2, SUB16 = 3, ADD8 = 4, SUB8 = 7;

    private static int lane16(int x, int i, boolean unsigned) {
        int h = x >>> (16 * i) & 0xffff;
        return unsigned ? h : (short) h;
    }

    private static int lane8(int x, int i, boolean unsigned) {
        int b = x >>> (8 * i) & 0xff;
        return unsigned ? b : (byte) b;
    }

    /** The exact result of lane {@code i} (0 = low) of a 16-bit operation. */
    private static int exact16(int op, int n, int m, int i, boolean u) {
        return switch (op) {
            case ADD16 -> lane16(n, i, u) + lane16(m, i, u);
            case SUB16 -> lane16(n, i, u) - lane16(m, i, u);
            case ASX -> i == 0 ? lane16(n, 0, u) - lane16(m, 1, u) : lane16(n, 1, u) + lane16(m, 0, u);
            default -> i == 0 ? lane16(n, 0, u) + lane16(m, 1, u) : lane16(n, 1, u) - lane16(m, 0, u); // SAX
        };
    }

    /** Whether a lane's exact result sets its GE bits: for U, a carry out of an addition or no borrow. */
    private static boolean ge(int exact, boolean u, boolean add, int width) {
        return u && add ? exact >= 1 << width : exact >= 0;
    }

    private static boolean isAdd16(int op, int i) {
        return switch (op) {
            case ADD16 -> true;
            case SUB16 -> false;
            case ASX -> i == 1;
            default -> i == 0;
        };
    }

    private static int narrow(int prefix, int exact, int width) {
        return switch (prefix) {
            case Q -> Saturation.signedSat(exact, width);
            case UQ -> Saturation.unsignedSat(exact, width);
            case SH, UH -> exact >> 1;
            default -> exact;
        };
    }

    /** The result of {@code prefix op} on Rn = {@code n}, Rm = {@code m}. */
    public static int result(int prefix, int op, int n, int m) {
        boolean u = prefix >= U;
        int r = 0;
        if (op == ADD8 || op == SUB8) {
            for (int i = 0; i < 4; i++) {
                int e = op == ADD8 ? lane8(n, i, u) + lane8(m, i, u) : lane8(n, i, u) - lane8(m, i, u);
                r |= (narrow(prefix, e, 8) & 0xff) << (8 * i);
            }
        } else {
            for (int i = 0; i < 2; i++) {
                r |= (narrow(prefix, exact16(op, n, m, i, u), 16) & 0xffff) << (16 * i);
            }
        }
        return r;
    }

    /** GE<3:0> after {@code prefix op} (prefix S or U). */
    public static int ge(int prefix, int op, int n, int m) {
        boolean u = prefix >= U;
        int g = 0;
        if (op == ADD8 || op == SUB8) {
            for (int i = 0; i < 4; i++) {
                boolean add = op == ADD8;
                int e = add ? lane8(n, i, u) + lane8(m, i, u) : lane8(n, i, u) - lane8(m, i, u);
                if (ge(e, u, add, 8)) {
                    g |= 1 << i;
                }
            }
        } else {
            for (int i = 0; i < 2; i++) {
                if (ge(exact16(op, n, m, i, u), u, isAdd16(op, i), 16)) {
                    g |= 3 << (2 * i);
                }
            }
        }
        return g;
    }

    /** The instruction: {@code d = n op m}, and GE for the S and U prefixes. */
    static final class Insn extends A32Insn {
        private final int prefix, op, d, n, m;
        private final boolean setsGe;

        Insn(int prefix, int op, int d, int n, int m) {
            this.prefix = prefix;
            this.op = op;
            this.d = d;
            this.n = n;
            this.m = m;
            this.setsGe = prefix == S || prefix == U;
        }

        @Override
        public void exec(A32Cpu c) {
            int x = c.r[n], y = c.r[m];
            if (setsGe) {
                c.ge = ge(prefix, op, x, y);
            }
            c.r[d] = result(prefix, op, x, y);
        }
    }
}
