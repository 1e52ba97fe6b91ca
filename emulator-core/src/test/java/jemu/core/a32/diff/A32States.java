package jemu.core.a32.diff;

import java.util.random.RandomGenerator;

import jemu.core.a64.diff.States;

/**
 * Random AArch32 starting states, biased toward the values where instructions go wrong: zero,
 * all ones, the signed and unsigned limits of each width, single bits; the D registers get
 * {@link States#vectorHalf}'s floating-point specials.
 */
public final class A32States {
    private A32States() {}

    private static final int[] EDGES = {
        0, 1, 2, -1, -2, 0x7fffffff, 0x80000000, 0x7ffffffe, 0x80000001, 0xffff, 0x8000, 0x7fff, 0x10000, 0xffff8000,
        0xff, 0x80, 0x7f, 0xffffff80, 31, 32, 33, 255, 256
    };

    /** A 32-bit register value. */
    public static int value(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> EDGES[r.nextInt(EDGES.length)];
            case 2 -> 1 << r.nextInt(32);
            case 3 -> r.nextInt(512) - 256;
            case 4 -> r.nextInt(0x10000);
            default -> r.nextInt();
        };
    }

    /** Random N Z C V, Q and GE. */
    public static int cpsr(RandomGenerator r) {
        return r.nextInt() & A32HarnessLayout.CPSR_FLAGS;
    }

    /**
     * A whole random state: R0-R12 and LR random, the D registers, random NZCV, Q and GE; SP points
     * into the middle of the data page, 8-aligned, so SP-based accesses stay inside it. The FPSCR
     * is zero (round to nearest, no flags): generators that test it set it ({@link #fpscr}).
     */
    public static A32ArchState random(RandomGenerator r) {
        A32ArchState s = new A32ArchState();
        for (int i = 0; i < 15; i++) {
            s.r[i] = value(r);
        }
        s.r[13] = (int) A32HarnessLayout.DATA_ADDR + 2048;
        for (int i = 0; i < 32; i++) {
            s.d[i] = States.vectorHalf(r);
        }
        s.cpsr = cpsr(r);
        return s;
    }

    /** A random state with registers {@code bases} pointing into the data page ({@link #dataAddress}). */
    public static A32ArchState withBases(RandomGenerator r, int margin, int align, int... bases) {
        A32ArchState s = random(r);
        for (int b : bases) {
            s.r[b] = dataAddress(r, margin, align);
        }
        return s;
    }

    /** A random FPSCR control part: RMode, FZ and DN at random (AHP, Len and Stride clear). */
    public static int fpscr(RandomGenerator r) {
        return r.nextInt(4) << 22 | (r.nextBoolean() ? 1 << 24 : 0) | (r.nextBoolean() ? 1 << 25 : 0);
    }

    /** Random FPSCR cumulative flags: QC, IDC, IXC, UFC, OFC, DZC, IOC. */
    public static int fpscrFlags(RandomGenerator r) {
        return r.nextInt() & 0x0800_009f;
    }

    /** An address in the data page, {@code margin} bytes from either end, aligned to {@code align}. */
    public static int dataAddress(RandomGenerator r, int margin, int align) {
        long a = A32HarnessLayout.DATA_ADDR + margin + r.nextInt(A32HarnessLayout.DATA_SIZE - 2 * margin);
        return (int) (a & -align);
    }
}
