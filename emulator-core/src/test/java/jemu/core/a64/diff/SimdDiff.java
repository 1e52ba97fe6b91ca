package jemu.core.a64.diff;

import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Shared pieces of the Advanced SIMD differential tests: starting states whose vector lanes are
 * biased toward the integer edge cases of every lane size (0, 1, -1, the signed and unsigned
 * limits, small shift counts), registers drawn from a small set now and then so that operands
 * alias, and the loop that runs a generator of words against qemu.
 */
final class SimdDiff {
    private SimdDiff() {}

    /** Bit 27 of FPSR: cumulative saturation. */
    static final long QC = 1L << 27;

    /** A random state for integer SIMD: lanes of edge values, FPSR.QC set one time in eight. */
    static ArchState state(RandomGenerator r) {
        ArchState s = States.random(r);
        for (int i = 0; i < 64; i++) {
            s.v[i] = half(r);
        }
        if (r.nextInt(8) == 0) {
            s.fpsr = QC;
        }
        return s;
    }

    /** A 64-bit half: FP-ish or integer values, or lanes of one size filled with edge values. */
    static long half(RandomGenerator r) {
        return switch (r.nextInt(8)) {
            case 0, 1 -> States.vectorHalf(r);
            case 2 -> r.nextLong();
            case 7 -> shiftCounts(r, r.nextInt(4));
            default -> edgeLanes(r, r.nextInt(4));
        };
    }

    /** Lanes of {@code 8 << size} bits, each an edge value of that size or a random one. */
    static long edgeLanes(RandomGenerator r, int size) {
        int e = 8 << size;
        long mask = e == 64 ? -1L : (1L << e) - 1, min = 1L << (e - 1), max = min - 1;
        long x = 0;
        for (int sh = 0; sh < 64; sh += e) {
            long lane = switch (r.nextInt(10)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> -1;
                case 3 -> min;
                case 4 -> max;
                case 5 -> min + 1;
                case 6 -> max - 1;
                case 7 -> r.nextInt(16) - 8;
                case 8 -> 1L << r.nextInt(e);
                default -> r.nextLong();
            };
            x |= (lane & mask) << sh;
        }
        return x;
    }

    /** Lanes holding small signed shift counts (the low byte is what the register shifts read). */
    static long shiftCounts(RandomGenerator r, int size) {
        int e = 8 << size;
        long mask = e == 64 ? -1L : (1L << e) - 1, x = 0;
        for (int sh = 0; sh < 64; sh += e) {
            long lane = r.nextInt(8) == 0 ? r.nextInt(256) - 128 : r.nextInt(2 * e + 5) - e - 2;
            if (r.nextInt(4) == 0) {
                lane |= (long) r.nextInt() << 8; // bits above the low byte must be ignored
            }
            x |= (lane & mask) << sh;
        }
        return x;
    }

    /** One time in four, the named register fields drawn from V0-V2 so that operands alias. */
    static int alias(Encoding e, int w, RandomGenerator r, String... fields) {
        if (r.nextInt(4) != 0) {
            return w;
        }
        for (String f : fields) {
            w = e.with(w, f, r.nextInt(3));
        }
        return w;
    }

    /** Checks {@code n} (scaled) single-instruction cases made by {@code words} against qemu. */
    static void run(String name, int n, ToIntFunction<RandomGenerator> words) {
        run(QemuHarness.ARMV8_0, name, n, words);
    }

    /** As {@link #run(String, int, ToIntFunction)}, against qemu's CPU model {@code cpu}. */
    static void run(String cpu, String name, int n, ToIntFunction<RandomGenerator> words) {
        Differential.check(cpu, name, Differential.count(n),
                (r, i) -> Differential.one(name + " #" + i, words.applyAsInt(r), state(r), r));
    }

    /** A word of {@code e} with random fields, redrawn while {@code reject} holds. */
    static int word(Encoding e, RandomGenerator r, java.util.function.IntPredicate reject) {
        int w;
        do {
            w = e.random(r);
        } while (reject.test(w));
        return w;
    }
}
