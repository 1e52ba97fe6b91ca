package jemu.core.a32.insn;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Insn;

/** NOP, YIELD, WFE, WFI, SEV, PLD, PLI, IT itself (its effect is in the decoding that follows). */
public final class Nop extends A32Insn {
    public static final Nop INSTANCE = new Nop();

    private Nop() {}

    @Override
    public void exec(A32Cpu c) {}
}
