/*
 * The a32-diff harness protocol, shared by harness.c, trampoline.S and the Java side
 * (jemu.core.a32.diff.A32HarnessLayout). All integers little-endian.
 *
 * A case in:   u32 magic 'CASE' (0 ends the run), u32 mode (0: A32, 1: T32), u32 ncode (bytes
 *              of instructions, 0..MAX_CODE, a multiple of 4 in A32 and of 2 in T32), u32 0,
 *              u64 seed, then a state block, then ncode bytes of code rounded up to 4 bytes.
 *              T32 instructions are halfwords in order (a 32-bit one: first halfword first).
 * A case out:  u32 magic 'DONE', i32 signo (0: ran to the end), u32 si_addr,
 *              u32 pc - CODE_ADDR, then a state block, then DATA_SIZE bytes of the data page.
 * A state block: r0..r12, sp, lr, cpsr (N Z C V Q and GE; IT and T are 0), fpscr, 0 (18 u32),
 *              then d0..d31 (32 u64).
 */
#define CODE_ADDR   0x20000000   /* the instructions start at CODE_ADDR + 4 */
#define OUT_ADDR    0x20010000   /* the epilogue stores the final state here */
#define DATA_ADDR   0x10000000   /* one data page, guard pages on both sides */
#define DATA_SIZE   4096
#define MAX_INSNS   64
#define MAX_CODE    (4 * MAX_INSNS)

#define ST_R        0
#define ST_SP       (13 * 4)
#define ST_LR       (14 * 4)
#define ST_CPSR     (15 * 4)
#define ST_FPSCR    (16 * 4)
#define ST_D        (18 * 4)
#define ST_SIZE     (18 * 4 + 32 * 8)

/* Word of the output page after the state block: where the epilogue jumps back to. */
#define OUT_RESUME  ST_SIZE

/* The user-visible CPSR bits the state block carries: N Z C V Q, GE<3:0>. */
#define CPSR_FLAGS  0xf80f0000
