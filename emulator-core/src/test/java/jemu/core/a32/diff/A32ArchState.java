package jemu.core.a32.diff;

import java.util.Arrays;

/** The architectural state the a32-diff harness sets and reports (layout.h's state block). */
public final class A32ArchState {
    /** R0-R12, SP, LR. */
    public final int[] r = new int[15];
    /** The CPSR's N Z C V (31..28), Q (27) and GE (19..16); IT and T are not part of a state. */
    public int cpsr;
    public int fpscr;
    /** D0-D31 (Q{@code n} is D{@code 2n}, D{@code 2n+1}), as {@link jemu.core.a32.A32Cpu#d}. */
    public final long[] d = new long[32];

    /** Words of {@link #toWords}: r0-r14, cpsr, fpscr, then each D register as two words. */
    public static final int WORDS = 17 + 64;

    public A32ArchState copy() {
        A32ArchState s = new A32ArchState();
        System.arraycopy(r, 0, s.r, 0, 15);
        s.cpsr = cpsr;
        s.fpscr = fpscr;
        System.arraycopy(d, 0, s.d, 0, 32);
        return s;
    }

    /** NZCV in bits 31..28 of the CPSR. */
    public int nzcv() {
        return cpsr & 0xf000_0000;
    }

    int[] toWords() {
        int[] w = new int[WORDS];
        System.arraycopy(r, 0, w, 0, 15);
        w[15] = cpsr;
        w[16] = fpscr;
        for (int i = 0; i < 32; i++) {
            w[17 + 2 * i] = (int) d[i];
            w[18 + 2 * i] = (int) (d[i] >>> 32);
        }
        return w;
    }

    /** Name of word {@code i} of {@link #toWords}, for reports. */
    static String wordName(int i) {
        if (i < 13) {
            return "r" + i;
        }
        return switch (i) {
            case 13 -> "sp";
            case 14 -> "lr";
            case 15 -> "cpsr";
            case 16 -> "fpscr";
            default -> "d" + (i - 17) / 2 + ((i - 17) % 2 == 0 ? ".lo" : ".hi") + " (s" + (i - 17) + ")";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof A32ArchState s && Arrays.equals(toWords(), s.toWords());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toWords());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            sb.append(String.format("%s=%x ", wordName(i), r[i]));
        }
        sb.append(String.format("cpsr=%08x fpscr=%08x%n       ", cpsr, fpscr));
        for (int i = 0; i < 32; i++) {
            sb.append(String.format(" d%d=%016x", i, d[i]));
        }
        return sb.toString();
    }
}
