package jemu.core.a64;

/** Reasons the engine returns control to the OS layer; see {@link A64Cpu#stop}. */
public final class Stop {
    private Stop() {}

    public static final int NONE = 0;
    /** SVC #imm executed; pc is the next instruction. */
    public static final int SVC = 1;
    /** An undefined or unallocated encoding; pc is that instruction. */
    public static final int UNDEFINED = 2;
    /** BRK #imm; pc is that instruction. */
    public static final int BREAKPOINT = 3;
    /** A memory or alignment fault; pc is the faulting instruction, details in {@link A64Cpu#fault}. */
    public static final int FAULT = 4;
    /** {@link A64Cpu#interruptRequested} was seen at a block boundary; pc is the next instruction. */
    public static final int INTERRUPT = 5;
    /** HLT #imm; pc is that instruction. */
    public static final int HALT = 6;
}
