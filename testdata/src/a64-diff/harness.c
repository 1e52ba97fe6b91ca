/*
 * a64-diff harness: runs instruction words from a given register state and prints the state
 * they leave, for comparing jemu's A64 engine with another implementation (qemu-aarch64, real
 * hardware). Protocol and addresses: layout.h. Static, no PIE: the same addresses everywhere.
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

extern void run_case(uint64_t *state);
extern char epilogue_start[], epilogue_end[], resume[];

#define LDP_X0_X1_X0 0xa9400400u

static uint64_t in_state[ST_SIZE / 8];
static uint32_t *code = (uint32_t *) CODE_ADDR;
static uint64_t *out = (uint64_t *) OUT_ADDR;
static volatile int32_t fault_signo;
static volatile uint64_t fault_addr, fault_pc;

static void die(const char *what) {
    perror(what);
    exit(2);
}

static void *map_at(uint64_t addr, size_t len, int prot) {
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
    fault_addr = (uint64_t) si->si_addr;
    fault_pc = mc->pc;
    for (int i = 0; i < 31; i++) {
        out[i] = mc->regs[i];
    }
    out[ST_SP / 8] = mc->sp;
    out[ST_NZCV / 8] = mc->pstate & 0xf0000000u;
    for (unsigned char *p = (unsigned char *) mc->__reserved; p < (unsigned char *) mc->__reserved + 4096;) {
        uint32_t magic = ((uint32_t *) p)[0], size = ((uint32_t *) p)[1];
        if (magic == 0 || size == 0) {
            break;
        }
        if (magic == FPSIMD_MAGIC) {
            out[ST_FPSR / 8] = ((uint32_t *) p)[2];
            out[ST_FPCR / 8] = ((uint32_t *) p)[3];
            memcpy(&out[ST_V / 8], p + 16, 32 * 16);
        }
        p += size;
    }
    mc->pc = (uint64_t) resume;
}

static int read_all(void *buf, size_t len) {
    size_t got = fread(buf, 1, len, stdin);
    if (got == 0) {
        return 0;
    }
    if (got != len) {
        fprintf(stderr, "a64-diff-harness: truncated case\n");
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

    size_t epilogue_len = epilogue_end - epilogue_start;
    uint32_t header[2];
    uint64_t seed;
    uint32_t insns[MAX_INSNS];
    while (read_all(header, sizeof header)) {
        if (header[0] == 0) {
            break;
        }
        if (header[0] != 0x45534143u || header[1] < 1 || header[1] > MAX_INSNS) {
            fprintf(stderr, "a64-diff-harness: bad case header\n");
            return 2;
        }
        uint32_t n = header[1];
        if (!read_all(&seed, 8) || !read_all(in_state, ST_SIZE) || !read_all(insns, 4 * n)) {
            fprintf(stderr, "a64-diff-harness: truncated case\n");
            return 2;
        }
        fill_data(seed);
        code[0] = LDP_X0_X1_X0;
        memcpy(&code[1], insns, 4 * n);
        memcpy(&code[1 + n], epilogue_start, epilogue_len);
        __builtin___clear_cache((char *) code, (char *) code + 4096);
        out[OUT_RESUME / 8] = (uint64_t) resume;
        fault_signo = 0;
        run_case(in_state);

        uint32_t done[2] = {0x454e4f44u, (uint32_t) fault_signo};
        uint64_t where[2];
        where[0] = fault_signo ? fault_addr : 0;
        where[1] = (fault_signo ? fault_pc : CODE_ADDR + 4 + 4 * n) - CODE_ADDR;
        fwrite(done, sizeof done, 1, stdout);
        fwrite(where, sizeof where, 1, stdout);
        fwrite(out, ST_SIZE, 1, stdout);
        fwrite((void *) DATA_ADDR, DATA_SIZE, 1, stdout);
        fflush(stdout);
    }
    return 0;
}
