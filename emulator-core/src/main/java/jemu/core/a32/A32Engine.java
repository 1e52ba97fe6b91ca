package jemu.core.a32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jemu.core.a32.insn.Goto;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * The AArch32 interpreter, A32 and T32: runs a CPU block by block until something needs the OS
 * layer (a system call, a fault, an undefined instruction, an interrupt request), then returns
 * the stop reason. The same block cache as {@link jemu.core.a64.A64Engine}; a block is keyed by
 * address, instruction set and the IT state at its entry, so that decoding can resolve
 * conditional execution inside IT blocks once.
 */
public final class A32Engine {
    /** Longest block, in instructions; bounds how late an interrupt request is seen. */
    private static final int MAX_BLOCK = 64;
    private static final int JUMP_CACHE_BITS = 12;

    private final GuestMemory mem;
    private final Map<Long, A32Block> blocks = new HashMap<>();
    private final Map<Long, List<A32Block>> blocksByPage = new HashMap<>();

    public A32Engine(GuestMemory mem) {
        this.mem = mem;
        mem.setCodeInvalidator(this::invalidatePage);
    }

    /** The cache key of a block: address, CPSR.T and ITSTATE at entry. */
    static long key(int pc, boolean thumb, int itState) {
        return (pc & 0xffffffffL) | (thumb ? 1L << 32 : 0) | (long) (itState & 0xff) << 33;
    }

    /** Runs until the CPU stops; returns {@link A32Cpu#stop}. */
    public int run(A32Cpu c) {
        A32Block[] jumpCache = c.jumpCache;
        if (c.jumpCacheOwner != this) {
            jumpCache = c.jumpCache = new A32Block[1 << JUMP_CACHE_BITS];
            c.jumpCacheOwner = this;
        }
        int mask = jumpCache.length - 1;
        int[] r = c.r;
        c.stop = Stop.NONE;
        c.fault = null;
        // Every entry is a return from an exception, which clears the local exclusive monitor.
        c.exclusiveAddress = -1;
        while (true) {
            if (c.interruptRequested) {
                c.stop = Stop.INTERRUPT;
                return c.stop;
            }
            long key = key(c.pc, c.thumb, c.itState);
            int slot = (c.pc >>> 1) & mask;
            A32Block b = jumpCache[slot];
            if (b == null || b.key != key || !b.valid) {
                try {
                    b = lookup(key, c.pc, c.thumb, c.itState);
                } catch (GuestFault f) {
                    c.stop = Stop.FAULT;
                    c.fault = f;
                    return c.stop;
                }
                jumpCache[slot] = b;
            }
            A32Insn[] insns = b.insns;
            int[] pcReads = b.pcReads;
            int i = 0;
            try {
                for (; i < insns.length; i++) {
                    r[15] = pcReads[i];
                    insns[i].exec(c);
                }
            } catch (GuestFault f) {
                c.pc = pcReads[i] - b.pcOffset;
                c.itState = b.itStates[i] & 0xff;
                c.stop = Stop.FAULT;
                c.fault = f;
                return c.stop;
            }
            c.itState = b.itAfter;
            if (c.stop != Stop.NONE) {
                return c.stop;
            }
        }
    }

    /** Forgets a CPU whose thread has ended. */
    public void release(A32Cpu c) {
        c.jumpCache = null;
        c.jumpCacheOwner = null;
    }

    /** The block for {@code key}, decoded now if it is new; the locking is {@link jemu.core.a64.A64Engine}'s. */
    private A32Block lookup(long key, int pc, boolean thumb, int itState) {
        synchronized (mem) {
            A32Block b = blocks.get(key);
            if (b != null) {
                return b;
            }
            long a = A32Cpu.addr(pc);
            if ((pc & (thumb ? 1 : 3)) != 0) {
                throw new GuestFault(a, GuestFault.Access.EXEC, GuestFault.Cause.ALIGNMENT);
            }
            long page = a & ~GuestMemory.PAGE_MASK;
            if ((mem.flags(page) & GuestMemory.X) != 0) {
                mem.markCode(page);
            }
            b = thumb ? decodeThumbBlock(key, pc, itState) : decodeArmBlock(key, pc);
            blocks.put(key, b);
            blocksByPage.computeIfAbsent(page, k -> new ArrayList<>()).add(b);
            if (b.straddles) {
                // A 32-bit T32 instruction in the last halfword: its second half is on the next page.
                long next = page + GuestMemory.PAGE_SIZE;
                if ((mem.flags(next) & GuestMemory.X) != 0) {
                    mem.markCode(next);
                }
                blocksByPage.computeIfAbsent(next, k -> new ArrayList<>()).add(b);
            }
            return b;
        }
    }

    private A32Block decodeArmBlock(long key, int pc) {
        List<A32Insn> list = new ArrayList<>();
        List<Integer> pcReads = new ArrayList<>();
        int a = pc;
        A32Insn last;
        do {
            int word;
            if (a == pc) {
                word = mem.fetch32(A32Cpu.addr(a));
            } else {
                try {
                    word = mem.fetch32(A32Cpu.addr(a));
                } catch (GuestFault f) {
                    // Fault when (and if) execution gets there, as its own block.
                    last = new Goto(a, false);
                    list.add(last);
                    pcReads.add(a + 8);
                    break;
                }
            }
            last = A32Decoder.decode(word, a);
            list.add(last);
            pcReads.add(a + 8);
            a += 4;
            if (!last.endsBlock() && ((a & GuestMemory.PAGE_MASK) == 0 || list.size() >= MAX_BLOCK)) {
                last = new Goto(a, false);
                list.add(last);
                pcReads.add(a + 8);
            }
        } while (!last.endsBlock());
        return new A32Block(key, list.toArray(new A32Insn[0]), toArray(pcReads), new byte[list.size()], 0, false, false);
    }

    /**
     * Decodes T32 from {@code pc} with ITSTATE {@code itState}: each instruction inside an IT
     * block is decoded with its condition (ITSTATE's firstcond) and ITSTATE advances as
     * ITAdvance() says, so the block carries the state its last instruction leaves.
     */
    private A32Block decodeThumbBlock(long key, int pc, int itState) {
        List<A32Insn> list = new ArrayList<>();
        List<Integer> pcReads = new ArrayList<>();
        List<Byte> itStates = new ArrayList<>();
        int a = pc;
        int it = itState;
        boolean straddles = false;
        A32Insn last;
        do {
            int hw1;
            int hw2 = 0;
            boolean wide;
            try {
                hw1 = mem.fetch16(A32Cpu.addr(a));
                wide = T32Decoder.isWide(hw1);
                if (wide) {
                    hw2 = mem.fetch16(A32Cpu.addr(a + 2));
                    straddles = ((a + 2) & GuestMemory.PAGE_MASK) == 0;
                }
            } catch (GuestFault f) {
                if (a == pc) {
                    throw f;
                }
                last = new Goto(a, true);
                list.add(last);
                pcReads.add(a + 4);
                itStates.add((byte) it);
                break;
            }
            int itNow = it;
            if (wide) {
                last = T32Decoder.decode32(hw1 << 16 | hw2, a, itNow);
            } else {
                last = T32Decoder.decode16(hw1, a, itNow);
            }
            list.add(last);
            pcReads.add(a + 4);
            itStates.add((byte) itNow);
            a += wide ? 4 : 2;
            it = T32Decoder.isIt(hw1, wide, itNow) ? hw1 & 0xff : itAdvance(itNow);
            if (!last.endsBlock() && ((a & GuestMemory.PAGE_MASK) == 0 || straddles || list.size() >= MAX_BLOCK)) {
                last = new Goto(a, true);
                list.add(last);
                pcReads.add(a + 4);
                itStates.add((byte) it);
            }
        } while (!last.endsBlock());
        byte[] its = new byte[itStates.size()];
        for (int i = 0; i < its.length; i++) {
            its[i] = itStates.get(i);
        }
        return new A32Block(key, list.toArray(new A32Insn[0]), toArray(pcReads), its, it, true, straddles);
    }

    /** ITAdvance(): the next instruction's ITSTATE. */
    static int itAdvance(int it) {
        if ((it & 7) == 0) {
            return 0;
        }
        return (it & 0xe0) | ((it << 1) & 0x1f);
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    private void invalidatePage(long page) {
        synchronized (mem) {
            List<A32Block> list = blocksByPage.remove(page);
            if (list != null) {
                for (A32Block b : list) {
                    b.valid = false;
                    blocks.remove(b.key);
                }
            }
        }
    }

    /** Drops every cached block (execve of a new image into the same address space). */
    public void flush() {
        synchronized (mem) {
            for (List<A32Block> list : blocksByPage.values()) {
                for (A32Block b : list) {
                    b.valid = false;
                }
            }
            blocks.clear();
            blocksByPage.clear();
        }
    }
}
