package jemu.linux.arm;

import jemu.core.memory.GuestMemory;

/**
 * The kuser helpers page ("[vectors]" at 0xffff0000), as Linux's arch/arm/kernel/entry-armv.S
 * builds it for an SMP ARMv7 with hardware TLS (kuser_get_tls_init has copied the mrc over the
 * software-TLS load): real A32 code that the engine runs like any other, so that old binaries
 * and libgcc's atomics (which call these fixed addresses) work.
 *
 * <pre>
 * 0xffff0f60 __kuser_cmpxchg64      stmfd sp!, {r4-r7}; ldrd r4, r5, [r0]; ldrd r6, r7, [r1]; dmb ish
 *                                1: ldrexd r0, r1, [r2]; eors r3, r0, r4; eorseq r3, r1, r5
 *                                   strexdeq r3, r6, r7, [r2]; teqeq r3, #1; beq 1b
 *                                   dmb ish; rsbs r0, r3, #0; ldmfd sp!, {r4-r7}; bx lr
 * 0xffff0fa0 __kuser_memory_barrier dmb ish; bx lr
 * 0xffff0fc0 __kuser_cmpxchg        dmb ish
 *                                1: ldrex r3, [r2]; subs r3, r3, r0; strexeq r3, r1, [r2]; teqeq r3, #1; beq 1b
 *                                   rsbs r0, r3, #0; b __kuser_memory_barrier
 * 0xffff0fe0 __kuser_get_tls        mrc p15, 0, r0, c13, c0, 3; bx lr; mrc p15, 0, r0, c13, c0, 3
 * 0xffff0ff0                        .word 0, 0, 0 (the software TLS value, unused)
 * 0xffff0ffc __kuser_helper_version .word 5 ((0x1000 - 0xf60) / 32)
 * </pre>
 *
 * The gaps are filled, like kuser_pad, with the undefined instruction 0xe7fddef1.
 */
final class ArmKuser {
    private ArmKuser() {}

    static final long PAGE = 0xffff_0000L;
    static final long CMPXCHG64 = 0xffff_0f60L, MEMORY_BARRIER = 0xffff_0fa0L, CMPXCHG = 0xffff_0fc0L,
            GET_TLS = 0xffff_0fe0L, HELPER_VERSION = 0xffff_0ffcL;
    /** kuser_pad's filler, an undefined instruction. */
    static final int PAD = 0xe7fddef1;

    /** Assembled with arm-linux-gnueabihf-as from entry-armv.S's instructions (above). */
    private static final int[] CMPXCHG64_CODE = {
        0xe92d00f0, 0xe1c040d0, 0xe1c160d0, 0xf57ff05b, 0xe1b20f9f, 0xe0303004, 0x00313005, 0x01a23f96,
        0x03330001, 0x0afffff9, 0xf57ff05b, 0xe2730000, 0xe8bd00f0, 0xe12fff1e};
    private static final int[] MEMORY_BARRIER_CODE = {0xf57ff05b, 0xe12fff1e};
    private static final int[] CMPXCHG_CODE = {
        0xf57ff05b, 0xe1923f9f, 0xe0533000, 0x01823f91, 0x03330001, 0x0afffffa, 0xe2730000, 0xeaffffef};
    private static final int[] GET_TLS_CODE = {0xee1d0f70, 0xe12fff1e, 0xee1d0f70, PAD, 0, 0, 0, 5};

    /** Maps the page read+exec into a new address space (a forked child inherits it as a mapping). */
    static void map(GuestMemory mem) {
        if (mem.mapAnonymous(PAGE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.W, false, "[vectors]") < 0) {
            return;
        }
        for (long a = PAGE; a < PAGE + GuestMemory.PAGE_SIZE; a += 4) {
            mem.write32(a, PAD);
        }
        put(mem, CMPXCHG64, CMPXCHG64_CODE);
        put(mem, MEMORY_BARRIER, MEMORY_BARRIER_CODE);
        put(mem, CMPXCHG, CMPXCHG_CODE);
        put(mem, GET_TLS, GET_TLS_CODE);
        mem.protect(PAGE, GuestMemory.PAGE_SIZE, GuestMemory.R | GuestMemory.X);
    }

    private static void put(GuestMemory mem, long at, int[] words) {
        for (int i = 0; i < words.length; i++) {
            mem.write32(at + 4L * i, words[i]);
        }
    }
}
