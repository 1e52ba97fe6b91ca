package jemu.core.a32.branch;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;
import jemu.core.memory.GuestMemory;

/** DMB, DSB, ISB and their CP15 forms: a full fence between guest threads' accesses. */
final class Barrier extends A32Insn {
    static final Barrier INSTANCE = new Barrier();

    private Barrier() {}

    @Override
    public void exec(A32Cpu c) {
        GuestMemory.fence();
    }
}
