/*
 * a32-diff harness: runs A32 or T32 instructions from a given register state and prints the
 * state they leave, for comparing jemu's AArch32 engine with another implementation (qemu-arm,
 * real hardware). Protocol and addresses: layout.h. Static, no PIE: the same addresses everywhere.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "layout.h"

extern void run_case(uint32_t *state, uint32_t thumb);
extern char epilogue_arm_start[], epilogue_arm_end[], epilogue_thumb_start[], epilogue_thumb_end[], resume[];

#define LDM_R0_R0_R1_A32 0xe8900003u
#define LDM_R0_R0_R1_T32_HW1 0xe890u
#define LDM_R0_R0_R1_T32_HW2 0x0003u
#define VFP_MAGIC 0x56465001u
#define CPSR_T (1u << 5)
#define CPSR_IT 0x0600fc00u

/* One word past the block: run_case's scratch for the entry address. */
static uint32_t in_state[ST_SIZE / 4 + 2] __attribute__((aligned(8)));
static unsigned char *code = (unsigned char *) CODE_ADDR;
static uint32_t *out = (uint32_t *) OUT_ADDR;
static volatile int32_t fault_signo;
static volatile uint32_t fault_addr, fault_pc;

static void die(const char *what) {
    perror(what);
    exit(2);
}

static void *map_at(uint32_t addr, size_t len, int prot) {
    void *p = mmap((void *) addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != (void *) addr) {
        die("mmap");
    }
    return p;
}

/* splitmix64: the data page's contents, reproduced by the Java side from the same seed. */
static void fill_data(uint64_t seed) {
    uint64_t *d = (uint64_t *) DATA_ADDR;
    for (int i = 0; i < DATA_SIZE / 8; i++) {
        uint64_t z = (seed += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        d[i] = z ^ (z >> 31);
    }
}

static void on_fault(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    mcontext_t *mc = &uc->uc_mcontext;
    fault_signo = sig;
    fault_addr = (uint32_t) si->si_addr;
    fault_pc = mc->arm_pc;
    uint32_t regs[15] = {mc->arm_r0, mc->arm_r1, mc->arm_r2, mc->arm_r3, mc->arm_r4, mc->arm_r5, mc->arm_r6,
                         mc->arm_r7, mc->arm_r8, mc->arm_r9, mc->arm_r10, mc->arm_fp, mc->arm_ip, mc->arm_sp,
                         mc->arm_lr};
    memcpy(out, regs, sizeof regs);
    out[ST_CPSR / 4] = mc->arm_cpsr;
    /* The coprocessor frames follow in uc_regspace: VFP is magic, size, d0-d31, fpscr. */
    for (unsigned char *p = (unsigned char *) uc->uc_regspace; p < (unsigned char *) uc->uc_regspace + sizeof uc->uc_regspace;) {
        uint32_t magic = ((uint32_t *) p)[0], size = ((uint32_t *) p)[1];
        if (magic == 0 || size == 0) {
            break;
        }
        if (magic == VFP_MAGIC) {
            memcpy(&out[ST_D / 4], p + 8, 32 * 8);
            out[ST_FPSCR / 4] = *(uint32_t *) (p + 8 + 32 * 8);
        }
        p += size;
    }
    mc->arm_pc = (uint32_t) resume;
    mc->arm_cpsr &= ~(CPSR_T | CPSR_IT);
}

static int read_all(void *buf, size_t len) {
    if (len == 0) {
        return 1;
    }
    size_t got = fread(buf, 1, len, stdin);
    if (got == 0) {
        return 0;
    }
    if (got != len) {
        fprintf(stderr, "a32-diff-harness: truncated case\n");
        exit(2);
    }
    return 1;
}

int main(void) {
    map_at(CODE_ADDR, 4096, PROT_READ | PROT_WRITE | PROT_EXEC);
    map_at(OUT_ADDR, 4096, PROT_READ | PROT_WRITE);
    map_at(DATA_ADDR, DATA_SIZE, PROT_READ | PROT_WRITE);

    static char altstack[65536];
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    if (sigaltstack(&ss, NULL) != 0) {
        die("sigaltstack");
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        sigaction(sigs[i], &sa, NULL);
    }

    uint32_t header[4];
    uint64_t seed;
    unsigned char insns[MAX_CODE];
    while (read_all(header, sizeof header)) {
        if (header[0] == 0) {
            break;
        }
        uint32_t thumb = header[1], n = header[2];
        if (header[0] != 0x45534143u || thumb > 1 || n > MAX_CODE || n % (thumb ? 2 : 4) != 0) {
            fprintf(stderr, "a32-diff-harness: bad case header\n");
            return 2;
        }
        if (!read_all(&seed, 8) || !read_all(in_state, ST_SIZE) || !read_all(insns, (n + 3) & ~3u)) {
            fprintf(stderr, "a32-diff-harness: truncated case\n");
            return 2;
        }
        fill_data(seed);
        if (thumb) {
            uint16_t ldm[2] = {LDM_R0_R0_R1_T32_HW1, LDM_R0_R0_R1_T32_HW2};
            memcpy(code, ldm, 4);
        } else {
            uint32_t ldm = LDM_R0_R0_R1_A32;
            memcpy(code, &ldm, 4);
        }
        memcpy(code + 4, insns, n);
        if (thumb) {
            memcpy(code + 4 + n, epilogue_thumb_start, epilogue_thumb_end - epilogue_thumb_start);
        } else {
            memcpy(code + 4 + n, epilogue_arm_start, epilogue_arm_end - epilogue_arm_start);
        }
        __builtin___clear_cache((char *) code, (char *) code + 4096);
        out[OUT_RESUME / 4] = (uint32_t) resume;
        fault_signo = 0;
        run_case(in_state, thumb);
        out[ST_CPSR / 4] &= CPSR_FLAGS;
        out[ST_FPSCR / 4 + 1] = 0;

        uint32_t done[4] = {0x454e4f44u, (uint32_t) fault_signo, fault_signo ? fault_addr : 0,
                            (fault_signo ? fault_pc : CODE_ADDR + 4 + n) - CODE_ADDR};
        fwrite(done, sizeof done, 1, stdout);
        fwrite(out, ST_SIZE, 1, stdout);
        fwrite((void *) DATA_ADDR, DATA_SIZE, 1, stdout);
        fflush(stdout);
    }
    return 0;
}
