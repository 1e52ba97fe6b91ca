package jemu.core.a64.diff;

import java.util.Arrays;

/** The architectural state the a64-diff harness sets and reports (layout.h's state block). */
public final class ArchState {
    public final long[] x = new long[31];
    public long sp;
    /** NZCV in bits 31..28. */
    public long nzcv;
    public long fpcr;
    public long fpsr;
    /** V0-V31 as (low, high) pairs, as {@link jemu.core.a64.A64Cpu#v}. */
    public final long[] v = new long[64];

    public static final int WORDS = 35 + 64;

    public ArchState copy() {
        ArchState s = new ArchState();
        System.arraycopy(x, 0, s.x, 0, 31);
        s.sp = sp;
        s.nzcv = nzcv;
        s.fpcr = fpcr;
        s.fpsr = fpsr;
        System.arraycopy(v, 0, s.v, 0, 64);
        return s;
    }

    long[] toWords() {
        long[] w = new long[WORDS];
        System.arraycopy(x, 0, w, 0, 31);
        w[31] = sp;
        w[32] = nzcv;
        w[33] = fpcr;
        w[34] = fpsr;
        System.arraycopy(v, 0, w, 35, 64);
        return w;
    }

    static ArchState fromWords(long[] w) {
        ArchState s = new ArchState();
        System.arraycopy(w, 0, s.x, 0, 31);
        s.sp = w[31];
        s.nzcv = w[32];
        s.fpcr = w[33];
        s.fpsr = w[34];
        System.arraycopy(w, 35, s.v, 0, 64);
        return s;
    }

    /** Name of word {@code i} of {@link #toWords}, for reports. */
    static String wordName(int i) {
        if (i < 31) {
            return "x" + i;
        }
        return switch (i) {
            case 31 -> "sp";
            case 32 -> "nzcv";
            case 33 -> "fpcr";
            case 34 -> "fpsr";
            default -> "v" + (i - 35) / 2 + ((i - 35) % 2 == 0 ? ".d[0]" : ".d[1]");
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchState s && Arrays.equals(toWords(), s.toWords());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toWords());
    }
}
