package jemu.core.a64.dpreg;

import static jemu.core.a64.A64Regs.rz;
import static jemu.core.a64.A64Regs.wz;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;
import jemu.core.arm.Alu;

/**
 * UDIV, SDIV, LSLV, LSRV, ASRV, RORV, CRC32B/H/W/X, CRC32CB/H/W/X. The variable shifts take the
 * amount modulo the datasize, which Java's shift operators do too. SUBP(S), IRG, GMI (FEAT_MTE),
 * PACGA and FEAT_CSSC's minimum and maximum are undefined.
 *
 * <p>The CRC instructions are decoded whatever {@link jemu.core.a64.A64Features#CRC32} says, as
 * on qemu's cortex-a72; that flag only decides what the ID registers and HWCAPs advertise.
 */
final class DataProcessing2Source {
    private DataProcessing2Source() {}

    /** sf 0 S 11010110 Rm opcode Rn Rd. */
    static A64Insn decode(int insn) {
        boolean sf = insn < 0;
        boolean setFlags = (insn & (1 << 29)) != 0;
        int opcode = (insn >>> 10) & 0x3f;
        if (setFlags) {
            return null;
        }
        int m = rz((insn >>> 16) & 31);
        int n = rz((insn >>> 5) & 31);
        int d = wz(insn & 31);
        if ((opcode & 0b111000) == 0b010000) {
            // CRC32 (C=0) and CRC32C (C=1): opcode is 010 C sz; the X form, sz=11, needs sf=1.
            int sz = opcode & 3;
            if (sf != (sz == 3)) {
                return null;
            }
            boolean castagnoli = (opcode & 0b100) != 0;
            return castagnoli ? new Crc32c(d, n, m, 1 << sz) : new Crc32(d, n, m, 1 << sz);
        }
        return switch (opcode) {
            case 0b000010 -> sf ? new Udiv64(d, n, m) : new Udiv32(d, n, m);
            case 0b000011 -> sf ? new Sdiv64(d, n, m) : new Sdiv32(d, n, m);
            case 0b001000 -> sf ? new Lslv64(d, n, m) : new Lslv32(d, n, m);
            case 0b001001 -> sf ? new Lsrv64(d, n, m) : new Lsrv32(d, n, m);
            case 0b001010 -> sf ? new Asrv64(d, n, m) : new Asrv32(d, n, m);
            case 0b001011 -> sf ? new Rorv64(d, n, m) : new Rorv32(d, n, m);
            default -> null;
        };
    }

    abstract static class TwoSource extends A64Insn {
        final int d, n, m;

        TwoSource(int d, int n, int m) {
            this.d = d;
            this.n = n;
            this.m = m;
        }
    }

    static final class Udiv64 extends TwoSource {
        Udiv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.udiv64(c.x[n], c.x[m]);
        }
    }

    static final class Udiv32 extends TwoSource {
        Udiv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.udiv32((int) c.x[n], (int) c.x[m]) & 0xffffffffL;
        }
    }

    static final class Sdiv64 extends TwoSource {
        Sdiv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.sdiv64(c.x[n], c.x[m]);
        }
    }

    static final class Sdiv32 extends TwoSource {
        Sdiv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.sdiv32((int) c.x[n], (int) c.x[m]) & 0xffffffffL;
        }
    }

    static final class Lslv64 extends TwoSource {
        Lslv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg64(c.x[n], Alu.LSL, (int) c.x[m] & 63);
        }
    }

    static final class Lslv32 extends TwoSource {
        Lslv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg32((int) c.x[n], Alu.LSL, (int) c.x[m] & 31) & 0xffffffffL;
        }
    }

    static final class Lsrv64 extends TwoSource {
        Lsrv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg64(c.x[n], Alu.LSR, (int) c.x[m] & 63);
        }
    }

    static final class Lsrv32 extends TwoSource {
        Lsrv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg32((int) c.x[n], Alu.LSR, (int) c.x[m] & 31) & 0xffffffffL;
        }
    }

    static final class Asrv64 extends TwoSource {
        Asrv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg64(c.x[n], Alu.ASR, (int) c.x[m] & 63);
        }
    }

    static final class Asrv32 extends TwoSource {
        Asrv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg32((int) c.x[n], Alu.ASR, (int) c.x[m] & 31) & 0xffffffffL;
        }
    }

    static final class Rorv64 extends TwoSource {
        Rorv64(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg64(c.x[n], Alu.ROR, (int) c.x[m] & 63);
        }
    }

    static final class Rorv32 extends TwoSource {
        Rorv32(int d, int n, int m) {
            super(d, n, m);
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.shiftReg32((int) c.x[n], Alu.ROR, (int) c.x[m] & 31) & 0xffffffffL;
        }
    }

    /** CRC32B/H/W/X: Wd = the CRC32 update of Wn by the low {@code bytes} bytes of Rm. */
    static final class Crc32 extends TwoSource {
        private final int bytes;

        Crc32(int d, int n, int m, int bytes) {
            super(d, n, m);
            this.bytes = bytes;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.crc32((int) c.x[n], c.x[m], bytes) & 0xffffffffL;
        }
    }

    static final class Crc32c extends TwoSource {
        private final int bytes;

        Crc32c(int d, int n, int m, int bytes) {
            super(d, n, m);
            this.bytes = bytes;
        }

        @Override
        public void exec(A64Cpu c) {
            c.x[d] = Alu.crc32c((int) c.x[n], c.x[m], bytes) & 0xffffffffL;
        }
    }
}
