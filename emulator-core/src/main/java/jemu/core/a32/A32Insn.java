package jemu.core.a32;

/**
 * One decoded A32 or T32 instruction at a fixed address, unconditional (the decoder wraps a
 * conditional one in {@link jemu.core.a32.insn.Conditional}). Instances are immutable: every
 * operand is decided at decode time.
 *
 * <p>{@link #exec} does the work of the instruction through the shared semantics. It may read
 * {@code c.r[15]} (the engine has stored the PC as this instruction reads it) but never writes
 * it. A block-ending instruction ({@link #endsBlock}) sets {@code c.pc} (and {@code c.thumb} if
 * it changes) to the next instruction to run, and sets {@code c.stop} when the engine must return
 * to the OS layer; others touch neither. A memory fault propagates as a
 * {@link jemu.core.memory.GuestFault} before any architectural state is changed (LDM/STM and
 * other multi-access instructions check every access first).
 */
public abstract class A32Insn {
    public abstract void exec(A32Cpu c);

    /** Whether this instruction may change control flow (write the PC) or stop the engine. */
    public boolean endsBlock() {
        return false;
    }
}
