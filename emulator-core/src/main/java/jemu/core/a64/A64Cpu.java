package jemu.core.a64;

import jemu.core.arm.fp.FPState;
import jemu.core.memory.GuestFault;
import jemu.core.memory.GuestMemory;

/**
 * Architectural state of one AArch64 thread, plus the stop report the engine leaves for the
 * OS layer. Plain fields, read and written by instruction objects and, later, translated code.
 */
public final class A64Cpu {
    /** Index of SP in {@link #x}: register number 31 where the encoding means SP. */
    public static final int SP = 31;
    /** Index that always reads zero: register number 31 where the encoding means XZR. */
    public static final int ZR = 32;
    /** Index that absorbs writes to XZR; never read by decoded instructions. */
    public static final int DISCARD = 33;

    /** X0-X30, SP, then the zero register and the write sink (see {@link #ZR}, {@link #DISCARD}). */
    public final long[] x = new long[34];
    public long pc;
    /** PSTATE.{N,Z,C,V} in bits 31..28, as MRS NZCV reads them. */
    public int nzcv;
    /** V0-V31, two longs each: {@code v[2n]} is bits 63..0, {@code v[2n+1]} bits 127..64. */
    public final long[] v = new long[64];
    /** FPCR and FPSR. */
    public final FPState fp = new FPState();
    public long tpidr;

    /** Exclusive monitor: address of the last load-exclusive, or -1 when clear. */
    public long exclusiveAddress = -1;
    /** Values seen by the load-exclusive (pair: both), compared by the store-exclusive. */
    public long exclusiveValue, exclusiveValue2;

    public final GuestMemory mem;

    /** Why the engine stopped: one of {@link Stop}'s constants. */
    public int stop;
    /** For {@link Stop#SVC}, {@link Stop#BREAKPOINT}, {@link Stop#HALT}: the 16-bit immediate. */
    public int stopImmediate;
    /** For {@link Stop#FAULT}: what was accessed and why it failed. */
    public GuestFault fault;

    /** Set from any thread to make the engine stop at the next block boundary. */
    public volatile boolean interruptRequested;

    /**
     * This CPU's lookup cache of decoded blocks (QEMU's {@code tb_jmp_cache}) and the engine it
     * belongs to: per thread, so that the hot path needs no lock; not architectural state.
     */
    Block[] jumpCache;
    A64Engine jumpCacheOwner;

    public A64Cpu(GuestMemory mem) {
        this.mem = mem;
    }

    /** Copies the registers of another CPU (fork, thread creation); stop state is not copied. */
    public void copyStateFrom(A64Cpu o) {
        System.arraycopy(o.x, 0, x, 0, x.length);
        System.arraycopy(o.v, 0, v, 0, v.length);
        pc = o.pc;
        nzcv = o.nzcv;
        fp.copyFrom(o.fp);
        tpidr = o.tpidr;
    }
}
