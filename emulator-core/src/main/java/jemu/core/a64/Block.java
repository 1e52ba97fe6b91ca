package jemu.core.a64;

/**
 * A decoded basic block: straight-line instructions ending in a block-ending one, within one page.
 * Shared by every thread of the process, so it is written only when decoded and invalidated: a
 * run counter here (written on every run) made two threads on the same code three times slower
 * than one, as the block's cache line bounced between cores. Hotness, when a translator needs
 * it, belongs in per-thread state.
 */
final class Block {
    final long start;
    final A64Insn[] insns;
    /** Cleared when the page it came from is written, remapped or reprotected. */
    volatile boolean valid = true;

    Block(long start, A64Insn[] insns) {
        this.start = start;
        this.insns = insns;
    }
}
