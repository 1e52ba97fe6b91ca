package jemu.core.a64.ldst;

import jemu.core.a64.A64Cpu;
import jemu.core.a64.A64Insn;

/** PRFM (immediate, literal, register) and PRFUM: a hint with no architectural effect, and never a fault. */
final class Prefetch extends A64Insn {
    static final Prefetch INSTANCE = new Prefetch();

    private Prefetch() {}

    @Override
    public void exec(A64Cpu c) {
    }
}
