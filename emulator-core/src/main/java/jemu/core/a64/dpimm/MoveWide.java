package jemu.core.a64.dpimm;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** MOVN, MOVZ (constant loads, see {@link Moves.MovImm}) and MOVK. */
final class MoveWide {
    private MoveWide() {}

    private static final int MOVN = 0, MOVZ = 2;

    /** sf opc 100101 hw imm16 Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        int opc = (insn >>> 29) & 3;
        int hw = (insn >>> 21) & 3;
        if (opc == 1 || (!sf && hw >= 2)) {
            return null;
        }
        int pos = hw << 4;
        long bits = (long) ((insn >>> 5) & 0xffff) << pos;
        long datamask = sf ? -1L : 0xffffffffL;
        int rd = insn & 31;
        return switch (opc) {
            case MOVZ -> new Moves.MovImm(wz(rd), bits);
            case MOVN -> new Moves.MovImm(wz(rd), ~bits & datamask);
            // MOVK
            default -> new Movk(wz(rd), rz(rd), ~(0xffffL << pos) & datamask, bits);
        };
    }

    /** MOVK: Xd<pos+15:pos> = imm16, the rest of the datasize kept (and a W result zero-extended). */
    static final class Movk extends A64Insn {
        private final int d, dRead;
        private final long keep, bits;

        Movk(int d, int dRead, long keep, long bits) {
            this.d = d;
            this.dRead = dRead;
            this.keep = keep;
            this.bits = bits;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = (c.x[dRead] & keep) | bits;
        }
    }
}
