package jemu.core.a64.atomic;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

import jemu.core.memory.GuestMemory;

/**
 * The atomic read-modify-writes of FEAT_LSE over guest memory, as the Arm ARM's shared
 * pseudocode MemAtomic() and MemAtomicCompareAndSwap() describe them, shared by the interpreter's
 * instruction classes and the translator.
 *
 * <p>Each is one atomic host access after {@link GuestMemory#checkAtomic} (natural alignment,
 * then read and write permission), so a fault changes nothing. Every host access here is a
 * volatile (sequentially consistent) one, which gives the acquire and release orderings too, as
 * in qemu, whose atomic primitives are all full barriers. A 32- or 64-bit ADD, BIC, EOR, ORR or
 * SWP is a single host instruction ({@code lock xadd}, {@code lock and}...); the min and max
 * operations are compare-and-swap loops; a byte or halfword is updated by a compare-and-swap loop
 * on its aligned 32-bit word, which the access can never cross.
 */
public final class MemAtomic {
    private MemAtomic() {}

    /** MemAtomicOp, numbered as the encoding's {@code o3:opc} numbers them. */
    public static final int ADD = 0, BIC = 1, EOR = 2, ORR = 3, SMAX = 4, SMIN = 5, UMAX = 6, UMIN = 7, SWP = 8;

    private static final VarHandle LONG = JAVA_LONG.varHandle();
    private static final VarHandle INT = JAVA_INT.varHandle();

    /**
     * Serialises the 128-bit compare-and-swaps (CASP of X registers, and the store-exclusive
     * pairs STXP/STLXP), which the JVM cannot do in one host instruction.
     */
    private static final Object PAIR_LOCK = new Object();

    /** The value MemAtomic() stores: {@code op} applied to the old memory value and the register's. */
    public static long apply64(int op, long old, long value) {
        return switch (op) {
            case ADD -> old + value;
            case BIC -> old & ~value;
            case EOR -> old ^ value;
            case ORR -> old | value;
            case SMAX -> Math.max(old, value);
            case SMIN -> Math.min(old, value);
            case UMAX -> Long.compareUnsigned(old, value) >= 0 ? old : value;
            case UMIN -> Long.compareUnsigned(old, value) <= 0 ? old : value;
            default -> value; // SWP
        };
    }

    /** {@link #apply64} of 32-bit values. */
    public static int apply32(int op, int old, int value) {
        return switch (op) {
            case ADD -> old + value;
            case BIC -> old & ~value;
            case EOR -> old ^ value;
            case ORR -> old | value;
            case SMAX -> Math.max(old, value);
            case SMIN -> Math.min(old, value);
            case UMAX -> Integer.compareUnsigned(old, value) >= 0 ? old : value;
            case UMIN -> Integer.compareUnsigned(old, value) <= 0 ? old : value;
            default -> value; // SWP
        };
    }

    /** MemAtomic() of 64 bits at {@code a}: stores {@code op(old, value)}, returns the old value. */
    public static long memAtomic64(GuestMemory m, long a, int op, long value) {
        a = m.checkAtomic(a, 8);
        MemorySegment ram = m.segment();
        return switch (op) {
            case ADD -> (long) LONG.getAndAdd(ram, a, value);
            case BIC -> (long) LONG.getAndBitwiseAnd(ram, a, ~value);
            case EOR -> (long) LONG.getAndBitwiseXor(ram, a, value);
            case ORR -> (long) LONG.getAndBitwiseOr(ram, a, value);
            case SWP -> (long) LONG.getAndSet(ram, a, value);
            default -> {
                long old = (long) LONG.getVolatile(ram, a);
                long seen;
                while ((seen = (long) LONG.compareAndExchange(ram, a, old, apply64(op, old, value))) != old) {
                    old = seen;
                }
                yield old;
            }
        };
    }

    /** MemAtomic() of 32 bits at {@code a}: returns the old value. */
    public static int memAtomic32(GuestMemory m, long a, int op, int value) {
        a = m.checkAtomic(a, 4);
        MemorySegment ram = m.segment();
        return switch (op) {
            case ADD -> (int) INT.getAndAdd(ram, a, value);
            case BIC -> (int) INT.getAndBitwiseAnd(ram, a, ~value);
            case EOR -> (int) INT.getAndBitwiseXor(ram, a, value);
            case ORR -> (int) INT.getAndBitwiseOr(ram, a, value);
            case SWP -> (int) INT.getAndSet(ram, a, value);
            default -> {
                int old = (int) INT.getVolatile(ram, a);
                int seen;
                while ((seen = (int) INT.compareAndExchange(ram, a, old, apply32(op, old, value))) != old) {
                    old = seen;
                }
                yield old;
            }
        };
    }

    /** MemAtomic() of 16 bits at {@code a}: returns the old value, zero-extended. */
    public static int memAtomic16(GuestMemory m, long a, int op, int value) {
        return memAtomicSmall(m, a, 16, op, value);
    }

    /** MemAtomic() of 8 bits at {@code a}: returns the old value, zero-extended. */
    public static int memAtomic8(GuestMemory m, long a, int op, int value) {
        return memAtomicSmall(m, a, 8, op, value);
    }

    /**
     * A byte or halfword: the operation on 32-bit values extended as it compares them (signed for
     * SMAX and SMIN, else unsigned), in a compare-and-swap loop on the aligned word holding it.
     */
    private static int memAtomicSmall(GuestMemory m, long a, int bits, int op, int value) {
        a = m.checkAtomic(a, bits >>> 3);
        MemorySegment ram = m.segment();
        long word = a & ~3L;
        int shift = (int) (a & 3) << 3;
        int mask = (1 << bits) - 1;
        int v = extend(op, value, bits);
        while (true) {
            int w = (int) INT.getVolatile(ram, word);
            int old = w >>> shift & mask;
            int updated = apply32(op, extend(op, old, bits), v) & mask;
            if (INT.compareAndSet(ram, word, w, w & ~(mask << shift) | updated << shift)) {
                return old;
            }
        }
    }

    private static int extend(int op, int v, int bits) {
        int s = 32 - bits;
        return op == SMAX || op == SMIN ? v << s >> s : v << s >>> s;
    }

    /**
     * MemAtomicCompareAndSwap() of 128 bits at {@code a} (little-endian: {@code lo} at {@code a}),
     * aligned to 16. Returns whether it stored; the 128 bits it compared with, the value CASP
     * returns, go to {@code old[oldLo]} and {@code old[oldHi]}.
     *
     * <p>The JVM has no 128-bit compare-and-swap, so all of these take one lock: against each
     * other (and the pair store-exclusives) they are atomic. Under the lock each half is swapped
     * with a 64-bit compare-and-swap, and the low half is put back if the high half changed in
     * between, so an unlocked 64-bit atomic on either half is ordered before or after the pair,
     * never lost inside it. Only a plain reader of both halves may see the pair half-written, as
     * it may on an ARMv8.0 core, where a 128-bit load is not single-copy atomic.
     */
    public static boolean compareAndSwap128(GuestMemory m, long a, long expectedLo, long expectedHi, long lo, long hi,
            long[] old, int oldLo, int oldHi) {
        a = m.checkAtomic(a, 16);
        MemorySegment ram = m.segment();
        synchronized (PAIR_LOCK) {
            while (true) {
                long foundLo = (long) LONG.getVolatile(ram, a);
                long foundHi = (long) LONG.getVolatile(ram, a + 8);
                if (foundLo != expectedLo || foundHi != expectedHi) {
                    old[oldLo] = foundLo;
                    old[oldHi] = foundHi;
                    return false;
                }
                if (LONG.compareAndSet(ram, a, expectedLo, lo)) {
                    if (LONG.compareAndSet(ram, a + 8, expectedHi, hi)) {
                        old[oldLo] = expectedLo;
                        old[oldHi] = expectedHi;
                        return true;
                    }
                    LONG.compareAndSet(ram, a, lo, expectedLo);
                }
            }
        }
    }
}
