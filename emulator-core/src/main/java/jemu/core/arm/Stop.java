package jemu.core.arm;

/** Reasons the engine returns control to the OS layer; set by every engine in its CPU's {@code stop} field. */
public final class Stop {
    private Stop() {}

    public static final int NONE = 0;
    /** SVC #imm executed; pc is the next instruction. */
    public static final int SVC = 1;
    /** An undefined or unallocated encoding; pc is that instruction. */
    public static final int UNDEFINED = 2;
    /** BRK #imm (A64), BKPT #imm (A32/T32); pc is that instruction. */
    public static final int BREAKPOINT = 3;
    /** A memory or alignment fault; pc is the faulting instruction, details in the CPU's {@code fault}. */
    public static final int FAULT = 4;
    /** The CPU's {@code interruptRequested} was seen at a block boundary; pc is the next instruction. */
    public static final int INTERRUPT = 5;
    /** HLT #imm; pc is that instruction. */
    public static final int HALT = 6;
}
