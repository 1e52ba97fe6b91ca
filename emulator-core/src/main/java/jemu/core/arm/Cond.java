package jemu.core.arm;

/** ConditionHolds(), shared pseudocode: one table load per test. */
public final class Cond {
    private Cond() {}

    public static final int EQ = 0, NE = 1, CS = 2, CC = 3, MI = 4, PL = 5, VS = 6, VC = 7,
            HI = 8, LS = 9, GE = 10, LT = 11, GT = 12, LE = 13, AL = 14, NV = 15;

    /** Indexed by {@code cond << 4 | nzcv >>> 28}. */
    private static final boolean[] HOLDS = new boolean[256];

    static {
        for (int cond = 0; cond < 16; cond++) {
            for (int f = 0; f < 16; f++) {
                boolean n = (f & 8) != 0, z = (f & 4) != 0, c = (f & 2) != 0, v = (f & 1) != 0;
                boolean result = switch (cond >>> 1) {
                    case 0 -> z;
                    case 1 -> c;
                    case 2 -> n;
                    case 3 -> v;
                    case 4 -> c && !z;
                    case 5 -> n == v;
                    case 6 -> n == v && !z;
                    default -> true;
                };
                if ((cond & 1) != 0 && cond != NV) {
                    result = !result;
                }
                HOLDS[cond << 4 | f] = result;
            }
        }
    }

    /** Whether condition {@code cond} (0-15) holds for flags {@code nzcv} (packed in bits 31..28). */
    public static boolean holds(int cond, int nzcv) {
        return HOLDS[cond << 4 | nzcv >>> 28];
    }
}
