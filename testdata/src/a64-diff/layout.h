/*
 * The a64-diff harness protocol, shared by harness.c, trampoline.S and the Java side
 * (jemu.core.a64.diff.HarnessProtocol). All integers little-endian.
 *
 * A case in:   u32 magic 'CASE' (0 ends the run), u32 ninsn (1..MAX_INSNS), u64 seed,
 *              then a state block, then ninsn instruction words.
 * A case out:  u32 magic 'DONE', i32 signo (0: ran to the end), u64 si_addr,
 *              u64 pc - CODE_ADDR, then a state block, then DATA_SIZE bytes of the data page.
 * A state block: x0..x30, sp, nzcv, fpcr, fpsr (35 u64), then v0..v31 (low u64, high u64).
 */
#define CODE_ADDR   0x20000000UL   /* the instruction words start at CODE_ADDR + 4 */
#define OUT_ADDR    0x20010000UL   /* the epilogue stores the final state here */
#define DATA_ADDR   0x10000000UL   /* one data page, guard pages on both sides */
#define DATA_SIZE   4096
#define MAX_INSNS   64

#define ST_X        0
#define ST_SP       (31 * 8)
#define ST_NZCV     (32 * 8)
#define ST_FPCR     (33 * 8)
#define ST_FPSR     (34 * 8)
#define ST_V        (35 * 8)
#define ST_SIZE     (35 * 8 + 32 * 16)

/* Words of the output page after the state block: where the epilogue jumps back to. */
#define OUT_RESUME  ST_SIZE
