package jemu.core.a64.branch;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.a64.A64SystemRegisters;
import jemu.core.memory.GuestMemory;

/** Hints, barriers, CLREX, SYS (cache maintenance, DC ZVA), MRS and MSR, as EL0 sees them. */
final class SystemInstructions {
    private SystemInstructions() {}

    /** insn is 1101010100 L op0 op1 CRn CRm op2 Rt. */
    static A64Insn decode(int insn, long pc) {
        boolean read = (insn & (1 << 21)) != 0;
        int op0 = (insn >>> 19) & 3;
        int op1 = (insn >>> 16) & 7;
        int crn = (insn >>> 12) & 15;
        int crm = (insn >>> 8) & 15;
        int op2 = (insn >>> 5) & 7;
        int rt = insn & 31;
        if (op0 == 0) {
            if (read || op1 != 3 || rt != 31) {
                return null;
            }
            if (crn == 2) {
                // The whole HINT space (NOP, YIELD, WFE, BTI, PAC hints without PAC...) is a no-op.
                return NOP;
            }
            if (crn == 3) {
                return switch (op2) {
                    case 2 -> new Clrex();
                    case 4, 5, 6 -> BARRIER; // DSB, DMB, ISB
                    case 7 -> crm == 0 ? BARRIER : null; // SB
                    default -> null;
                };
            }
            return null; // MSR (immediate): no PSTATE field is writable at EL0 here
        }
        if (op0 == 1) {
            if (read || op1 != 3 || crn != 7 || op2 != 1) {
                return null;
            }
            return switch (crm) {
                case 4 -> new DcZva(rz(rt));
                // IC IVAU, DC CVAC/CVAU/CVAP/CVADP/CIVAC: stores already invalidate cached code.
                case 5, 10, 11, 12, 13, 14 -> NOP;
                default -> null;
            };
        }
        int key = A64SystemRegisters.key(op0, op1, crn, crm, op2);
        return read ? decodeMrs(key, wz(rt)) : decodeMsr(key, rz(rt));
    }

    private static A64Insn decodeMrs(int key, int rt) {
        if (key == A64SystemRegisters.NZCV) {
            return new MrsNzcv(rt);
        }
        if (key == A64SystemRegisters.FPCR) {
            return new MrsFpcr(rt);
        }
        if (key == A64SystemRegisters.FPSR) {
            return new MrsFpsr(rt);
        }
        if (key == A64SystemRegisters.TPIDR_EL0) {
            return new MrsTpidr(rt);
        }
        if (key == A64SystemRegisters.CNTVCT_EL0 || key == A64SystemRegisters.CNTVCTSS_EL0) {
            return new MrsCounter(rt);
        }
        Long constant = A64SystemRegisters.constantValue(key);
        return constant == null ? null : new MrsConstant(rt, constant);
    }

    private static A64Insn decodeMsr(int key, int rt) {
        if (key == A64SystemRegisters.NZCV) {
            return new MsrNzcv(rt);
        }
        if (key == A64SystemRegisters.FPCR) {
            return new MsrFpcr(rt);
        }
        if (key == A64SystemRegisters.FPSR) {
            return new MsrFpsr(rt);
        }
        if (key == A64SystemRegisters.TPIDR_EL0) {
            return new MsrTpidr(rt);
        }
        return null;
    }

    static final A64Insn NOP = new A64Insn() {
        @Override
        public void exec(A64Cpu c) {
        }
    };

    static final A64Insn BARRIER = new A64Insn() {
        @Override
        public void exec(A64Cpu c) {
            GuestMemory.fence();
        }
    };

    static final class Clrex extends A64Insn {
        @Override
        public void exec(A64Cpu c) {
            c.exclusiveAddress = -1;
        }
    }

    static final class DcZva extends A64Insn {
        private final int rt;

        DcZva(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            long a = c.mem.untag(c.x[rt]) & -A64SystemRegisters.DC_ZVA_BYTES;
            c.mem.zero(a, A64SystemRegisters.DC_ZVA_BYTES);
        }
    }

    static final class MrsNzcv extends A64Insn {
        private final int rt;

        MrsNzcv(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = c.nzcv & 0xffffffffL;
        }
    }

    static final class MsrNzcv extends A64Insn {
        private final int rt;

        MsrNzcv(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.nzcv = (int) c.x[rt] & 0xf0000000;
        }
    }

    static final class MrsFpcr extends A64Insn {
        private final int rt;

        MrsFpcr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = c.fp.fpcr & 0xffffffffL;
        }
    }

    static final class MsrFpcr extends A64Insn {
        private final int rt;

        MsrFpcr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.fp.fpcr = (int) c.x[rt] & A64SystemRegisters.FPCR_MASK;
        }
    }

    static final class MrsFpsr extends A64Insn {
        private final int rt;

        MrsFpsr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = c.fp.fpsr & 0xffffffffL;
        }
    }

    static final class MsrFpsr extends A64Insn {
        private final int rt;

        MsrFpsr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.fp.fpsr = (int) c.x[rt] & A64SystemRegisters.FPSR_MASK;
        }
    }

    static final class MrsTpidr extends A64Insn {
        private final int rt;

        MrsTpidr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = c.tpidr;
        }
    }

    static final class MsrTpidr extends A64Insn {
        private final int rt;

        MsrTpidr(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.tpidr = c.x[rt];
        }
    }

    static final class MrsCounter extends A64Insn {
        private final int rt;

        MrsCounter(int rt) {
            this.rt = rt;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = System.nanoTime();
        }
    }

    static final class MrsConstant extends A64Insn {
        private final int rt;
        private final long value;

        MrsConstant(int rt, long value) {
            this.rt = rt;
            this.value = value;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[rt] = value;
        }
    }
}
