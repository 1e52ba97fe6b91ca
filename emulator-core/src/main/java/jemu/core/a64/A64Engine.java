package jemu.core.a64;

import jemu.core.arm.Stop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jemu.core.a64.insn.Goto;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * The A64 interpreter: runs a CPU block by block until something needs the OS layer (a system
 * call, a fault, an undefined instruction, an interrupt request), then returns the stop reason.
 *
 * <p>Blocks are decoded once and cached by start address; a small direct-mapped table per CPU
 * (QEMU's {@code tb_jmp_cache}) makes the common lookup two loads. Blocks never cross a page,
 * so a write to a page that holds cached code drops exactly the blocks of that page.
 */
public final class A64Engine {
    /** Longest block; bounds how late an interrupt request is seen. */
    private static final int MAX_BLOCK = 64;
    private static final int JUMP_CACHE_BITS = 12;

    private final GuestMemory mem;
    private final Map<Long, Block> blocks = new HashMap<>();
    private final Map<Long, List<Block>> blocksByPage = new HashMap<>();

    public A64Engine(GuestMemory mem) {
        this.mem = mem;
        mem.setCodeInvalidator(this::invalidatePage);
        // Linux (and qemu-aarch64) run user space with TCR_EL1.TBI0 set: data accesses ignore
        // the top byte of the address.
        mem.setTopByteIgnore(true);
    }

    /**
     * Runs until the CPU stops; returns {@link A64Cpu#stop}.
     */
    public int run(A64Cpu c) {
        Block[] jumpCache = c.jumpCache;
        if (c.jumpCacheOwner != this) {
            // First run of this CPU here (a new thread, or a new image after execve).
            jumpCache = c.jumpCache = new Block[1 << JUMP_CACHE_BITS];
            c.jumpCacheOwner = this;
        }
        int mask = jumpCache.length - 1;
        c.stop = Stop.NONE;
        c.fault = null;
        // Every entry is a return from an exception (system call, signal, interrupt), and an
        // exception return clears the local exclusive monitor, as Linux guests rely on.
        c.exclusiveAddress = -1;
        while (true) {
            if (c.interruptRequested) {
                c.stop = Stop.INTERRUPT;
                return c.stop;
            }
            long pc = c.pc;
            int slot = (int) (pc >>> 2) & mask;
            Block b = jumpCache[slot];
            if (b == null || b.start != pc || !b.valid) {
                try {
                    b = lookup(pc);
                } catch (GuestFault f) {
                    c.stop = Stop.FAULT;
                    c.fault = f;
                    return c.stop;
                }
                jumpCache[slot] = b;
            }
            A64Insn[] insns = b.insns;
            int i = 0;
            try {
                for (; i < insns.length; i++) {
                    insns[i].exec(c);
                }
            } catch (GuestFault f) {
                c.pc = b.start + 4L * i;
                c.stop = Stop.FAULT;
                c.fault = f;
                return c.stop;
            }
            if (c.stop != Stop.NONE) {
                return c.stop;
            }
        }
    }

    /** Forgets a CPU whose thread has ended (its jump cache goes with the CPU). */
    public void release(A64Cpu c) {
        c.jumpCache = null;
        c.jumpCacheOwner = null;
    }

    /**
     * The block at {@code pc}, decoded now if it is new. The lock is the address space's own
     * (the one mmap, mprotect and the store path's code invalidation take), so that decoding,
     * marking the page as code and dropping a page's blocks are one order for every thread.
     * The page is marked before it is read: a store by another thread from then on drops the
     * block, and one that came before is in what is decoded.
     */
    private Block lookup(long pc) {
        synchronized (mem) {
            Block b = blocks.get(pc);
            if (b != null) {
                return b;
            }
            if ((pc & 3) != 0) {
                throw new GuestFault(pc, GuestFault.Access.EXEC, GuestFault.Cause.ALIGNMENT);
            }
            long page = pc & ~GuestMemory.PAGE_MASK;
            if ((mem.flags(page) & GuestMemory.X) != 0) {
                mem.markCode(page);
            }
            b = decodeBlock(pc);
            blocks.put(pc, b);
            blocksByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(b);
            return b;
        }
    }

    private Block decodeBlock(long pc) {
        List<A64Insn> list = new ArrayList<>();
        long a = pc;
        A64Insn last;
        do {
            int word;
            if (a == pc) {
                word = mem.fetch32(a);
            } else {
                try {
                    word = mem.fetch32(a);
                } catch (GuestFault f) {
                    // Fault when (and if) execution gets there, as its own block.
                    last = new Goto(a);
                    list.add(last);
                    break;
                }
            }
            last = A64Decoder.decode(word, a);
            list.add(last);
            a += 4;
            if (!last.endsBlock() && ((a & GuestMemory.PAGE_MASK) == 0 || list.size() >= MAX_BLOCK)) {
                last = new Goto(a);
                list.add(last);
            }
        } while (!last.endsBlock());
        return new Block(pc, list.toArray(new A64Insn[0]));
    }

    private void invalidatePage(long page) {
        synchronized (mem) {
            invalidatePageLocked(page);
        }
    }

    private void invalidatePageLocked(long page) {
        List<Block> list = blocksByPage.remove(page);
        if (list != null) {
            for (Block b : list) {
                b.valid = false;
                blocks.remove(b.start);
            }
        }
    }

    /** Drops every cached block (execve of a new image into the same address space). */
    public void flush() {
        synchronized (mem) {
            flushLocked();
        }
    }

    private void flushLocked() {
        for (List<Block> list : blocksByPage.values()) {
            for (Block b : list) {
                b.valid = false;
            }
        }
        blocks.clear();
        blocksByPage.clear();
    }
}
