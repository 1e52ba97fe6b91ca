package jemu.core.a64;

/**
 * One decoded instruction at a fixed address. Instances are immutable: every operand is decided
 * at decode time (register indices already mapped for SP/XZR, immediates expanded), so
 * {@link #exec} does only the work of the instruction, through the shared semantics.
 */
public abstract class A64Insn {
    /**
     * Executes the instruction. A block-ending instruction (see {@link #endsBlock}) sets
     * {@code c.pc} to the next instruction to run, and sets {@code c.stop} when the engine must
     * return to the OS layer. Others must not touch {@code c.pc}, and no instruction may read it:
     * during a block it holds the block's start, so an instruction that needs its own address
     * takes it at decode time. A memory fault propagates as a
     * {@link jemu.core.memory.GuestFault} before any architectural state is changed.
     */
    public abstract void exec(A64Cpu c);

    /** Whether this instruction may change control flow or stop the engine. */
    public boolean endsBlock() {
        return false;
    }
}
