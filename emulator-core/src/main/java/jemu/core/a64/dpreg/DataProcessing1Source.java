package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/** RBIT, REV16, REV32, REV, CLZ, CLS. The PAC forms (opcode2 = 00001) and FEAT_CSSC are undefined. */
final class DataProcessing1Source {
    private DataProcessing1Source() {}

    /** sf 1 S 11010110 opcode2 opcode Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int opcode2 = (insn >>> 16) & 31;
        int opcode = (insn >>> 10) & 0x3f;
        if (setFlags || opcode2 != 0) {
            return null;
        }
        int n = rz((insn >>> 5) & 31);
        int d = wz(insn & 31);
        return switch (opcode) {
            case 0b000000 -> sf ? new Rbit64(d, n) : new Rbit32(d, n);
            case 0b000001 -> sf ? new Rev16x64(d, n) : new Rev16x32(d, n);
            case 0b000010 -> sf ? new Rev32x64(d, n) : new Rev32(d, n);
            case 0b000011 -> sf ? new Rev64(d, n) : null;
            case 0b000100 -> sf ? new Clz64(d, n) : new Clz32(d, n);
            case 0b000101 -> sf ? new Cls64(d, n) : new Cls32(d, n);
            default -> null;
        };
    }

    abstract static class OneSource extends A64Insn {
        final int d, n;

        OneSource(int d, int n) {
            this.d = d;
            this.n = n;
        }
    }

    static final class Rbit64 extends OneSource {
        Rbit64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.reverseBits64(c.x[n]);
        }
    }

    static final class Rbit32 extends OneSource {
        Rbit32(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.reverseBits32((int) c.x[n]) & 0xffffffffL;
        }
    }

    static final class Rev16x64 extends OneSource {
        Rev16x64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.rev16x64(c.x[n]);
        }
    }

    static final class Rev16x32 extends OneSource {
        Rev16x32(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.rev16x32((int) c.x[n]) & 0xffffffffL;
        }
    }

    /** REV32 (64-bit). */
    static final class Rev32x64 extends OneSource {
        Rev32x64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.rev32x64(c.x[n]);
        }
    }

    /** REV (32-bit). */
    static final class Rev32 extends OneSource {
        Rev32(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.rev32((int) c.x[n]) & 0xffffffffL;
        }
    }

    /** REV (64-bit). */
    static final class Rev64 extends OneSource {
        Rev64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.rev64(c.x[n]);
        }
    }

    static final class Clz64 extends OneSource {
        Clz64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.countLeadingZeroBits64(c.x[n]);
        }
    }

    static final class Clz32 extends OneSource {
        Clz32(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.countLeadingZeroBits32((int) c.x[n]);
        }
    }

    static final class Cls64 extends OneSource {
        Cls64(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.countLeadingSignBits64(c.x[n]);
        }
    }

    static final class Cls32 extends OneSource {
        Cls32(int d, int n) {
            super(d, n);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.countLeadingSignBits32((int) c.x[n]);
        }
    }
}
