package jemu.core.a32;

import jemu.core.memory.GuestMemory;

/**
 * Runs a few A32 or T32 instructions on a CPU: code at {@link #CODE}, followed by UDF, so a run
 * normally ends with {@link jemu.core.arm.Stop#UNDEFINED} at the address after the last
 * instruction. Each run decodes afresh (a new engine), so one rig serves many cases.
 */
public final class A32Rig implements AutoCloseable {
    public static final long CODE = 0x10000;
    public static final long CODE_SIZE = 0x1000;
    public static final int A32_UDF = 0xe7f000f0;
    public static final int T16_UDF = 0xde00;

    public final GuestMemory mem = GuestMemory.reserve(32);
    public final A32Cpu cpu = new A32Cpu(mem);

    public A32Rig() {
        long r = mem.mapAnonymous(CODE, CODE_SIZE, GuestMemory.R | GuestMemory.W | GuestMemory.X, false, "code");
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    /** Maps {@code len} bytes at {@code a} readable, writable and executable, for code at other addresses. */
    public void map(long a, long len) {
        long r = mem.mapAnonymous(a, len, GuestMemory.R | GuestMemory.W | GuestMemory.X, false, "code");
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    /** Runs A32 {@code words} (then UDF) from {@link #CODE}; returns the stop kind. */
    public int runA32(int... words) {
        return runA32At(CODE, words);
    }

    /** Runs A32 {@code words} (then UDF) from {@code address}, in mapped memory; returns the stop kind. */
    public int runA32At(long address, int... words) {
        long a = address;
        for (int w : words) {
            mem.write32(a, w);
            a += 4;
        }
        mem.write32(a, A32_UDF);
        cpu.pc = (int) address;
        cpu.thumb = false;
        return new A32Engine(mem).run(cpu);
    }

    /** Runs T32 {@code halfwords} (then UDF) from {@link #CODE}; returns the stop kind. */
    public int runT32(int... halfwords) {
        return runT32At(CODE, halfwords);
    }

    /** Runs T32 {@code halfwords} (then UDF) from {@code address}, in mapped memory; returns the stop kind. */
    public int runT32At(long address, int... halfwords) {
        long a = address;
        for (int h : halfwords) {
            mem.write16(a, h);
            a += 2;
        }
        mem.write16(a, T16_UDF);
        cpu.pc = (int) address;
        cpu.thumb = true;
        return new A32Engine(mem).run(cpu);
    }

    @Override
    public void close() {
        mem.release();
    }
}
