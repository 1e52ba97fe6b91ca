package jemu.core.a32.vfp;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Engine;
import jemu.core.arm.Stop;
import jemu.core.memory.GuestMemory;

/**
 * Runs a few A32 words on a fresh CPU: code at {@link #CODE} followed by UDF #0 (so a run that
 * gets to the end stops UNDEFINED at {@link #end}), a zeroed read-write page at {@link #DATA}.
 */
final class VfpRig implements AutoCloseable {
    static final long CODE = 0x20000000L, DATA = 0x10000000L;
    static final int UDF = 0xe7f000f0;

    final GuestMemory mem = GuestMemory.reserve(32);
    final A32Engine engine = new A32Engine(mem);
    final A32Cpu cpu = new A32Cpu(mem);
    private int n;

    VfpRig() {
        check(mem.mapAnonymous(DATA, 4096, GuestMemory.R | GuestMemory.W, false, "data"));
        cpu.r[13] = (int) DATA + 2048;
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    /** Runs {@code words}; returns the stop kind. */
    int run(int... words) {
        n = words.length;
        check(mem.mapAnonymous(CODE, 4096, GuestMemory.R | GuestMemory.W, false, "code"));
        for (int i = 0; i < words.length; i++) {
            mem.write32(CODE + 4L * i, words[i]);
        }
        mem.write32(CODE + 4L * words.length, UDF);
        check(mem.protect(CODE, 4096, GuestMemory.R | GuestMemory.X));
        cpu.pc = (int) CODE;
        cpu.thumb = false;
        return engine.run(cpu);
    }

    /** Whether the run got to the end marker. */
    boolean ranToEnd(int stop) {
        return stop == Stop.UNDEFINED && cpu.pc == (int) (CODE + 4L * n);
    }

    int s(int i) {
        return VfpRegs.s(cpu, i);
    }

    void s(int i, int v) {
        VfpRegs.setS(cpu, i, v);
    }

    @Override
    public void close() {
        mem.release();
    }
}
