package jemu.core.a32.neon;

import static jemu.core.a32.neon.ThreeDifferentOps.*;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.Lanes;

/** A7.4.2 "Three registers of different lengths" (long, wide and narrow forms). */
final class ThreeDifferent {
    private ThreeDifferent() {}

    /** Decodes the A32 form {@code 1111 001U 1 D size Vn Vd A N 0 M 0 Vm} (size != 11); null for an unallocated encoding. */
    static A32Insn decode(int insn, int pc) {
        boolean u = (insn & (1 << 24)) != 0;
        int a = insn >>> 8 & 0xf, size = insn >>> 20 & 3;
        int d = ThreeSame.vd(insn), n = ThreeSame.vn(insn), m = ThreeSame.vm(insn);
        if (a == 0b0100 || a == 0b0110) {
            if (((n | m) & 1) != 0) {
                return null;
            }
            return new NarrowHigh(size, a == 0b0110, u, d, n, m);
        }
        if ((d & 1) != 0) {
            return null;
        }
        boolean signed = !u;
        int op;
        switch (a) {
            case 0b0000, 0b0001 -> op = ADD;
            case 0b0010, 0b0011 -> op = SUB;
            case 0b0101 -> op = u ? ABA_U : ABA_S;
            case 0b0111 -> op = u ? ABD_U : ABD_S;
            case 0b1000 -> op = MLA;
            case 0b1010 -> op = MLS;
            case 0b1100 -> op = MUL;
            case 0b1001 -> op = u || size == 0 ? -1 : QDMLAL;
            case 0b1011 -> op = u || size == 0 ? -1 : QDMLSL;
            case 0b1101 -> op = u || size == 0 ? -1 : QDMULL;
            case 0b1110 -> op = u || size != 0 ? -1 : PMULL;
            default -> op = -1;
        }
        if (op < 0) {
            return null;
        }
        if (op == PMULL) {
            signed = false;
        }
        if (a == 0b0001 || a == 0b0011) {
            if ((n & 1) != 0) {
                return null;
            }
            return new Wide(op, size, signed, d, n, m);
        }
        return new Lengthening(op, size, signed, d, n, m);
    }

    /** Qd = op(Dn, Dm) with both operands widened: VADDL, VSUBL, VABAL, VABDL, VMLAL, VMLSL, VQDMLAL, VQDMLSL, VMULL, VQDMULL. */
    static final class Lengthening extends A32Insn {
        private final int op, size, d, n, m;
        private final boolean signed;

        Lengthening(int op, int size, boolean signed, int d, int n, int m) {
            this.op = op;
            this.size = size;
            this.signed = signed;
            this.d = d;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long x = r[n], y = r[m];
            long lo = wide(op, size, Lanes.widen(x, size, signed), Lanes.widen(y, size, signed), r[d], c.fp);
            long hi = wide(op, size, Lanes.widen(x >>> 32, size, signed), Lanes.widen(y >>> 32, size, signed), r[d + 1],
                    c.fp);
            r[d] = lo;
            r[d + 1] = hi;
        }
    }

    /** Qd = op(Qn, Dm) with Dm widened: VADDW, VSUBW. */
    static final class Wide extends A32Insn {
        private final int op, size, d, n, m;
        private final boolean signed;

        Wide(int op, int size, boolean signed, int d, int n, int m) {
            this.op = op;
            this.size = size;
            this.signed = signed;
            this.d = d;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long y = r[m];
            long lo = wide(op, size, r[n], Lanes.widen(y, size, signed), 0, c.fp);
            long hi = wide(op, size, r[n + 1], Lanes.widen(y >>> 32, size, signed), 0, c.fp);
            r[d] = lo;
            r[d + 1] = hi;
        }
    }

    /** Dd = the high halves of Qn +/- Qm, rounded if asked: VADDHN, VRADDHN, VSUBHN, VRSUBHN. */
    static final class NarrowHigh extends A32Insn {
        private final int size, d, n, m;
        private final boolean subtract, round;

        NarrowHigh(int size, boolean subtract, boolean round, int d, int n, int m) {
            this.size = size;
            this.subtract = subtract;
            this.round = round;
            this.d = d;
            this.n = n;
            this.m = m;
        }

        @Override
        public void exec(A32Cpu c) {
            long[] r = c.d;
            long lo = narrowHigh(r[n], r[m], size, subtract, round, c.fp);
            long hi = narrowHigh(r[n + 1], r[m + 1], size, subtract, round, c.fp);
            r[d] = lo | hi << 32;
        }
    }
}
