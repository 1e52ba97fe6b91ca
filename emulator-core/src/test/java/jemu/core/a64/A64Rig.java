package jemu.core.a64;

import jemu.core.memory.GuestMemory;

/**
 * Runs a few A64 instruction words on a fresh CPU: code at {@link #CODE}, a read-write data
 * area at {@link #DATA}. The words are followed by {@code BRK #0xf00d}, so a run normally ends
 * with {@link Stop#BREAKPOINT} at the address after the last word.
 */
public final class A64Rig implements AutoCloseable {
    public static final long CODE = 0x10000;
    public static final long DATA = 0x100000;
    public static final long DATA_SIZE = 0x10000;
    public static final int BRK_END = 0xd4200000 | 0xf00d << 5;

    public final GuestMemory mem = GuestMemory.reserve(32);
    public final A64Engine engine = new A64Engine(mem);
    public final A64Cpu cpu = new A64Cpu(mem);

    public A64Rig() {
        check(mem.mapAnonymous(DATA, DATA_SIZE, GuestMemory.R | GuestMemory.W, false, "data"));
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    /** Loads {@code words} (then BRK #0xf00d) at {@link #CODE}, runs from there, returns the stop kind. */
    public int run(int... words) {
        long len = (words.length * 4L + 4 + GuestMemory.PAGE_MASK) & ~GuestMemory.PAGE_MASK;
        check(mem.mapAnonymous(CODE, len, GuestMemory.R | GuestMemory.W, false, "code"));
        long a = CODE;
        for (int w : words) {
            mem.write32(a, w);
            a += 4;
        }
        mem.write32(a, BRK_END);
        check(mem.protect(CODE, len, GuestMemory.R | GuestMemory.X));
        cpu.pc = CODE;
        return engine.run(cpu);
    }

    /** Address of the BRK that ends a run of {@code n} words. */
    public static long end(int n) {
        return CODE + 4L * n;
    }

    public long x(int n) {
        return cpu.x[n];
    }

    public A64Rig x(int n, long value) {
        cpu.x[n] = value;
        return this;
    }

    @Override
    public void close() {
        mem.release();
    }
}
