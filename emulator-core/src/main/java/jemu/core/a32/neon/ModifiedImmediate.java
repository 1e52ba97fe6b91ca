package jemu.core.a32.neon;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.a64.simd.ExpandImm;

/** A7.4.6 "One register and a modified immediate value" (VMOV, VMVN, VORR, VBIC immediate). */
final class ModifiedImmediate {
    private ModifiedImmediate() {}

    /**
     * Decodes the A32 form {@code 1111 001i 1 D 000 imm3 Vd cmode 0 Q op 1 imm4}; null for an
     * unallocated encoding. VMVN is decoded as VMOV of the inverted value, VBIC as an AND with it.
     */
    static A32Insn decode(int insn, int pc) {
        int imm8 = (insn >>> 17 & 0x80) | (insn >>> 12 & 0x70) | (insn & 0xf);
        int cmode = insn >>> 8 & 0xf, op = insn >>> 5 & 1;
        boolean q = (insn & (1 << 6)) != 0;
        int d = ThreeSame.vd(insn);
        if (q && (d & 1) != 0) {
            return null;
        }
        int regs = q ? 2 : 1;
        if (op == 1 && cmode == 0b1111) {
            return null;
        }
        // ORR and BIC: cmode 0xx1 and 10x1; everything else moves.
        boolean logical = (cmode & 1) == 1 && (cmode & 0b1100) != 0b1100;
        // The 64-bit byte-mask form (op 1, cmode 1110) is a VMOV: expand it with op = 1 and do not invert.
        long imm = AdvSIMDExpandImm(op, cmode, imm8);
        if (!logical) {
            return new Move(d, regs, op == 1 && cmode != 0b1110 ? ~imm : imm);
        }
        return op == 0 ? new Orr(d, regs, imm) : new And(d, regs, ~imm);
    }

    /** AdvSIMDExpandImm(), shared pseudocode (A64's, whose op 0 cmode 1111 is VMOV.F32's pattern). */
    static long AdvSIMDExpandImm(int op, int cmode, int imm8) {
        return ExpandImm.expand(op, cmode, imm8);
    }

    /** VMOV, VMVN (immediate). */
    static final class Move extends A32Insn {
        private final int d, regs;
        private final long imm;

        Move(int d, int regs, long imm) {
            this.d = d;
            this.regs = regs;
            this.imm = imm;
        }

        @Override
        public void exec(A32Cpu c) {
            for (int i = 0; i < regs; i++) {
                c.d[d + i] = imm;
            }
        }
    }

    /** VORR (immediate). */
    static final class Orr extends A32Insn {
        private final int d, regs;
        private final long imm;

        Orr(int d, int regs, long imm) {
            this.d = d;
            this.regs = regs;
            this.imm = imm;
        }

        @Override
        public void exec(A32Cpu c) {
            for (int i = 0; i < regs; i++) {
                c.d[d + i] |= imm;
            }
        }
    }

    /** VBIC (immediate), with the immediate inverted at decode time. */
    static final class And extends A32Insn {
        private final int d, regs;
        private final long imm;

        And(int d, int regs, long imm) {
            this.d = d;
            this.regs = regs;
            this.imm = imm;
        }

        @Override
        public void exec(A32Cpu c) {
            for (int i = 0; i < regs; i++) {
                c.d[d + i] &= imm;
            }
        }
    }
}
