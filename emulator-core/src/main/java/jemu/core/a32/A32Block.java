package jemu.core.a32;

/**
 * A decoded basic block of one instruction set, within one page. {@code key} is the address,
 * the instruction set and the IT state at entry (see {@link A32Engine#key}): the same address
 * decodes differently in each.
 */
final class A32Block {
    final long key;
    final A32Insn[] insns;
    /** For each instruction: the PC value it reads ({@code r[15]}): address + 8 (A32) or + 4 (T32). */
    final int[] pcReads;
    /** For each instruction: ITSTATE as it sees it (all zero in A32), restored when it faults. */
    final byte[] itStates;
    /** ITSTATE after the last instruction (non-zero when the block ends inside an IT block). */
    final int itAfter;
    final int pcOffset;
    /** Whether the last instruction's second halfword is on the next page (then it is also that page's). */
    final boolean straddles;
    /** Cleared when the page it came from is written, remapped or reprotected. */
    volatile boolean valid = true;

    A32Block(long key, A32Insn[] insns, int[] pcReads, byte[] itStates, int itAfter, boolean thumb,
            boolean straddles) {
        this.key = key;
        this.insns = insns;
        this.pcReads = pcReads;
        this.itStates = itStates;
        this.itAfter = itAfter;
        this.pcOffset = thumb ? 4 : 8;
        this.straddles = straddles;
    }
}
