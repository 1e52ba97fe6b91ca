/* Top-byte-ignore (tagged pointers) as Linux arm64 user space has it: loads and stores through
 * pointers with a non-zero top byte, an exclusive pair across tags, a branch to a tagged
 * address, a SIGSEGV on a tagged bad pointer (si_addr untagged), and a tagged buffer passed to
 * write(2) (EFAULT unless the tagged address ABI is enabled). */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile uintptr_t fault_addr;

static void on_segv(int sig, siginfo_t *si, void *uc) {
    (void) sig; (void) uc;
    fault_addr = (uintptr_t) si->si_addr;
    siglongjmp(env, 1);
}

static void *tag(void *p, unsigned t) {
    return (void *) (((uintptr_t) p & 0x00ffffffffffffffUL) | ((uintptr_t) t << 56));
}

static int tagged_function(int x) { return x * 3 + 1; }

static uint64_t exclusive_pair(uint64_t *load_at, uint64_t *store_at, uint64_t v) {
    uint64_t old; uint32_t status;
    __asm__ volatile("ldxr %0, [%2]\n\tstxr %w1, %3, [%4]"
                     : "=&r"(old), "=&r"(status) : "r"(load_at), "r"(v), "r"(store_at) : "memory");
    return ((uint64_t) status << 32) | (old & 0xffffffff);
}

static uint64_t branch_tagged(int (*f)(int)) {
    uint64_t r;
    __asm__ volatile("mov w0, #13\n\tblr %1\n\tmov %0, x0" : "=r"(r) : "r"(f)
                     : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12",
                       "x13", "x14", "x15", "x16", "x17", "x30", "memory");
    return r;
}

int main(void) {
    static uint64_t words[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    static char text[] = "tagged buffer\n";

    /* Loads and stores of every size through tagged pointers. */
    for (unsigned t = 1; t < 256; t += 37) {
        uint64_t *w = tag(words, t);
        uint32_t *h = tag(&words[2], t ^ 0x55);
        uint8_t *b = tag(&words[3], 0xff - t);
        w[0] += t;
        h[1] = 0x11110000u + t;
        b[2] = (uint8_t) t;
        printf("tag %02x: %llu %llx %llx\n", t, (unsigned long long) words[0],
               (unsigned long long) words[2], (unsigned long long) ((uint64_t *) tag(words, 0x42))[3]);
    }
    memcpy(tag(&words[4], 0x7e), tag(&words[0], 0x01), 32); /* SIMD and pair copies in libc */
    printf("memcpy: %llu %llu %llu %llu\n", (unsigned long long) words[4], (unsigned long long) words[5],
           (unsigned long long) words[6], (unsigned long long) words[7]);
    printf("strlen: %zu\n", strlen(tag(text, 0x3c)));
    static char block[8192] __attribute__((aligned(64)));
    memset(tag(block, 0x99), 0x5a, sizeof block); /* DC ZVA for zero, wide stores otherwise */
    memset(tag(block + 64, 0x98), 0, 4096);
    printf("memset: %d %d %d\n", block[0], block[64], block[4160]);
    __atomic_fetch_add((uint64_t *) tag(&words[6], 0xe1), 5, __ATOMIC_SEQ_CST);
    printf("atomic: %llu\n", (unsigned long long) words[6]);

    /* The exclusive monitor sees through tags. */
    printf("exclusive: %llx\n", (unsigned long long) exclusive_pair(tag(&words[1], 0x12), &words[1], 99));
    printf("exclusive: %llx\n", (unsigned long long) exclusive_pair(&words[1], tag(&words[1], 0xa5), 100));
    printf("words[1]: %llu\n", (unsigned long long) words[1]);

    /* A branch to a tagged address runs the untagged one. */
    printf("branch: %llu\n", (unsigned long long) branch_tagged(tag((void *) tagged_function, 0x21)));

    /* A fault through a tagged pointer reports the untagged address. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, NULL);
    /* Not addresses whose bit 55 is set: Linux reports them sign-extended from bit 55
     * (0xff80...), qemu-aarch64 7.2 reports 0. */
    uintptr_t bad[] = {0x1200000000000010UL, 0x5a00000000001238UL, 0x0100000000000000UL};
    for (int i = 0; i < 3; i++) {
        if (sigsetjmp(env, 1) == 0) {
            volatile uint64_t *p = (volatile uint64_t *) bad[i];
            (void) *p;
            printf("no fault at %lx\n", (unsigned long) bad[i]);
        } else {
            printf("SIGSEGV at %lx: si_addr %lx\n", (unsigned long) bad[i], (unsigned long) fault_addr);
        }
    }

    /* A misaligned exclusive through a tagged pointer: SIGBUS at the untagged address. */
    sa.sa_handler = 0;
    sa.sa_sigaction = on_segv;
    sigaction(SIGBUS, &sa, NULL);
    if (sigsetjmp(env, 1) == 0) {
        exclusive_pair(tag((char *) &words[1] + 4, 0x33), &words[1], 1);
        printf("no SIGBUS\n");
    } else {
        printf("SIGBUS: si_addr == untagged: %d\n", fault_addr == (uintptr_t) ((char *) &words[1] + 4));
    }

    /* System calls do not take tagged pointers (without PR_SET_TAGGED_ADDR_CTRL). */
    fflush(stdout);
    errno = 0;
    ssize_t n = write(1, tag(text, 0x77), strlen(text));
    printf("write(tagged): %zd %s\n", n, strerror(errno));
    n = write(1, text, strlen(text));
    printf("write(untagged): %zd\n", n);
    errno = 0;
    n = write(1, tag(text, 0), strlen(text));
    printf("write(tag 0): %zd\n", n);
    return 0;
}
