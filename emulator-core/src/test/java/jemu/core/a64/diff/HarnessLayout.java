package jemu.core.a64.diff;

/** Addresses and sizes of testdata/src/a64-diff/layout.h. */
public final class HarnessLayout {
    private HarnessLayout() {}

    public static final long CODE_ADDR = 0x20000000L;
    public static final long DATA_ADDR = 0x10000000L;
    public static final int DATA_SIZE = 4096;
    public static final int MAX_INSNS = 64;
    /** {@code ldp x0, x1, [x0]}: the harness's last load of the guest state, at CODE_ADDR. */
    public static final int LDP_X0_X1_X0 = 0xa9400400;

    public static final int CASE_MAGIC = 0x45534143, DONE_MAGIC = 0x454e4f44;

    /** The data page's contents for {@code seed} (splitmix64, as harness.c fills it). */
    public static byte[] data(long seed) {
        byte[] d = new byte[DATA_SIZE];
        for (int i = 0; i < DATA_SIZE / 8; i++) {
            long z = (seed += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            for (int b = 0; b < 8; b++) {
                d[8 * i + b] = (byte) (z >>> (8 * b));
            }
        }
        return d;
    }
}
