package jemu.core.a32.ldst;

import jemu.core.a32.A32Cpu;
import jemu.core.a32.A32Engine;
import jemu.core.memory.GuestMemory;

/**
 * Runs a few A32 words or T32 halfwords on a fresh CPU: code at {@link #CODE}, a read-write data
 * page at {@link #DATA} (and the page after it, unless {@code dataPages} says otherwise). The code
 * is followed by UDF (A32 {@code 0xe7f000f0}, T32 {@code 0xde00}), so a run normally ends with an
 * UNDEFINED stop at the address after the last instruction.
 */
final class LdstRig implements AutoCloseable {
    static final long CODE = 0x10000;
    static final long DATA = 0x100000;
    static final int UDF_A32 = 0xe7f000f0, UDF_T32 = 0xde00;

    final GuestMemory mem = GuestMemory.reserve(32);
    final A32Engine engine = new A32Engine(mem);
    final A32Cpu cpu = new A32Cpu(mem);

    LdstRig(int dataPages) {
        check(mem.mapAnonymous(DATA, dataPages * GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "data"));
    }

    private static void check(long r) {
        if (r != 0) {
            throw new IllegalStateException("host mmap failed: " + r);
        }
    }

    /** Loads {@code code} (A32 words, or T32 halfwords when {@code thumb}), then UDF, and runs it. */
    int run(boolean thumb, int... code) {
        byte[] bytes = new byte[code.length * (thumb ? 2 : 4)];
        for (int i = 0; i < code.length; i++) {
            for (int k = 0; k < (thumb ? 2 : 4); k++) {
                bytes[i * (thumb ? 2 : 4) + k] = (byte) (code[i] >>> (8 * k));
            }
        }
        return run(thumb, thumb, bytes);
    }

    /** Loads {@code code}, then UDF in the instruction set {@code endThumb} says, and runs it from the start. */
    int run(boolean thumb, boolean endThumb, byte[] code) {
        check(mem.mapAnonymous(CODE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "code"));
        mem.writeBytes(CODE, code);
        long a = CODE + code.length;
        if (endThumb) {
            mem.write16(a, UDF_T32);
        } else {
            mem.write32(a, UDF_A32);
        }
        check(mem.protect(CODE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X));
        cpu.pc = (int) CODE;
        cpu.thumb = thumb;
        return engine.run(cpu);
    }

    @Override
    public void close() {
        mem.release();
    }
}
