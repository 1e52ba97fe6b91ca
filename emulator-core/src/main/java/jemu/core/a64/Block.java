package jemu.core.a64;

/** A decoded basic block: straight-line instructions ending in a block-ending one, within one page. */
final class Block {
    final long start;
    final A64Insn[] insns;
    /** Cleared when the page it came from is written, remapped or reprotected. */
    volatile boolean valid = true;
    /** How often the block ran; the translator picks hot blocks by it. */
    int runs;

    Block(long start, A64Insn[] insns) {
        this.start = start;
        this.insns = insns;
    }
}
