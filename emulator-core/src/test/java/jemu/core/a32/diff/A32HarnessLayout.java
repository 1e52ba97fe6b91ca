package jemu.core.a32.diff;

import jemu.core.a64.diff.HarnessLayout;

/** Addresses and sizes of testdata/src/a32-diff/layout.h. */
public final class A32HarnessLayout {
    private A32HarnessLayout() {}

    public static final long CODE_ADDR = 0x20000000L;
    public static final long DATA_ADDR = 0x10000000L;
    public static final int DATA_SIZE = 4096;
    /** The most instructions a case may have (in T32, the code is at most 4 * MAX_INSNS bytes). */
    public static final int MAX_INSNS = 64;
    public static final int MAX_CODE = 4 * MAX_INSNS;
    /** Bytes of a state block: 18 words (r0-r14, CPSR, FPSCR, 0), then D0-D31. */
    public static final int STATE_SIZE = 18 * 4 + 32 * 8;

    /** {@code ldm r0, {r0, r1}}: the harness's last load of the guest state, at CODE_ADDR (A32). */
    public static final int LDM_R0_R0_R1_A32 = 0xe8900003;
    /** {@code ldm.w r0, {r0, r1}}: the same in T32, as {@code hw1 << 16 | hw2}. */
    public static final int LDM_R0_R0_R1_T32 = 0xe8900003;

    /** The CPSR bits a state block carries: N Z C V Q and GE<3:0>. */
    public static final int CPSR_FLAGS = 0xf80f0000;

    public static final int CASE_MAGIC = 0x45534143, DONE_MAGIC = 0x454e4f44;

    /** The data page's contents for {@code seed} (splitmix64, as harness.c fills it; the A64 harness's). */
    public static byte[] data(long seed) {
        return HarnessLayout.data(seed);
    }
}
