package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/**
 * MRC/MCR p15, 0, Rt, c13, c0, {2,3}: the user read/write thread ID register (TPIDRURW) and the
 * user read-only one (TPIDRURO, the TLS pointer Linux's set_tls writes).
 */
final class ThreadIdRegister {
    private ThreadIdRegister() {}

    static final class ReadUro extends A32Insn {
        private final int t;

        ReadUro(int t) {
            this.t = t;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[t] = c.tpidruro;
        }
    }

    static final class ReadUrw extends A32Insn {
        private final int t;

        ReadUrw(int t) {
            this.t = t;
        }

        @Override
        public void exec(A32Cpu c) {
            c.r[t] = c.tpidrurw;
        }
    }

    static final class WriteUrw extends A32Insn {
        private final int t;

        WriteUrw(int t) {
            this.t = t;
        }

        @Override
        public void exec(A32Cpu c) {
            c.tpidrurw = c.r[t];
        }
    }
}
