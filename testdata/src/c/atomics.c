/* LSE atomics (ARMv8.1) under real concurrency: built with -march=armv8.1-a, so gcc emits the
 * instructions inline (LDADD, LDCLR, LDEOR, LDSET, SWP, CAS, CASP) with no fallback. Several
 * threads hammer shared counters of 1, 2, 4, 8 and 16 bytes, packed so that the small ones share
 * words; every final value is exact, so any lost update shows.
 * Usage: atomics            the counters; prints each final value and "ok" or "LOST"
 *        atomics minmax     LDSMAX, LDSMIN, LDUMAX, LDUMIN in several sizes: exact extremes
 *        atomics faults     atomics that fault on a read-only page even when they would store
 *                           nothing (a failed CAS, adding 0), and misaligned ones (SIGBUS first)
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define NTHREADS 6
#define ITERS 30001 /* odd: each thread's EOR leaves its bits set */

/* Packed into one 16-byte-aligned block: the byte and halfword counters share a 32-bit word. */
static struct {
    uint8_t b;          /* fetch_add: LDADDB  */
    uint8_t b_cas;      /* compare_exchange loop: CASB */
    uint16_t h;         /* fetch_add: LDADDH  */
    uint32_t w;         /* fetch_add: LDADD (W) */
    uint64_t x;         /* fetch_add: LDADD (X) */
    uint16_t h_cas;     /* CASH loop */
    uint16_t pad16;
    uint32_t w_cas;     /* CAS (W) loop */
    uint64_t x_cas;     /* CAS (X) loop */
    uint64_t bits_set;  /* fetch_or: LDSET; each thread sets its own bits */
    uint64_t bits_eor;  /* fetch_xor: LDEOR; toggled an odd number of times per thread */
    uint64_t bits_clr;  /* fetch_and with ~mask: LDCLR; each thread clears its own bits */
    uint32_t lock;      /* exchange spinlock: SWPA / STLR */
    uint32_t pad32;
    uint64_t guarded;   /* incremented plainly under the lock */
    uint64_t pad64;
    unsigned __int128 pair; /* compare_exchange of 16 bytes: CASP */
} __attribute__((aligned(16))) c;

static void *hammer(void *arg) {
    long id = (long) arg;
    uint64_t mine = 0xffULL << (8 * id);
    for (int i = 0; i < ITERS; i++) {
        __atomic_fetch_add(&c.b, 1, __ATOMIC_RELAXED);
        __atomic_fetch_add(&c.h, 1, __ATOMIC_ACQUIRE);
        __atomic_fetch_add(&c.w, 1, __ATOMIC_RELEASE);
        __atomic_fetch_add(&c.x, 1, __ATOMIC_SEQ_CST);

        uint8_t b = __atomic_load_n(&c.b_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&c.b_cas, &b, (uint8_t) (b + 1), 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
        }
        uint16_t h = __atomic_load_n(&c.h_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&c.h_cas, &h, (uint16_t) (h + 1), 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        }
        uint32_t w = __atomic_load_n(&c.w_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&c.w_cas, &w, w + 1, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
        }
        uint64_t x = __atomic_load_n(&c.x_cas, __ATOMIC_RELAXED);
        while (!__atomic_compare_exchange_n(&c.x_cas, &x, x + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
        }

        if (i == ITERS - 1) {
            __atomic_fetch_or(&c.bits_set, mine, __ATOMIC_RELAXED);
            __atomic_fetch_and(&c.bits_clr, ~mine, __ATOMIC_RELAXED);
        }
        __atomic_fetch_xor(&c.bits_eor, mine, __ATOMIC_ACQ_REL);

        while (__atomic_exchange_n(&c.lock, 1, __ATOMIC_ACQUIRE) != 0) {
        }
        c.guarded++;
        __atomic_store_n(&c.lock, 0, __ATOMIC_RELEASE);

        /* gcc 12 sends the 16-byte __atomic builtins to libatomic; the __sync one is CASP inline.
         * The plain read may be torn: then the compare fails and returns the true value. */
        unsigned __int128 p = c.pair, seen;
        while ((seen = __sync_val_compare_and_swap(&c.pair, p, p + 1 + ((unsigned __int128) 2 << 64))) != p) {
            p = seen;
        }
    }
    return NULL;
}

/* ---- signed and unsigned min/max: each thread offers pseudo-random values, so each extreme is
 * offered once, by one thread, and is lost if another thread's store overwrites it */
static int64_t smax = INT64_MIN, smin = INT64_MAX;
static uint32_t umax32, umin32 = UINT32_MAX;
static int16_t smax16 = INT16_MIN;
static uint8_t umin8 = UINT8_MAX;

static int64_t offer(long id, int i) {
    uint64_t z = (uint64_t) (id * ITERS + i) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (int64_t) (z ^ (z >> 31));
}

static void *minmax(void *arg) {
    long id = (long) arg;
    for (int i = 0; i < ITERS; i++) {
        int64_t v = offer(id, i), o;
        uint32_t u = (uint32_t) (v >> 13), ou;
        int32_t h = (int16_t) (v >> 29), oh;
        /* gcc has no fetch_max builtin: the LDSMAX... forms in asm, in several sizes and orders */
        __asm__ volatile("ldsmaxal %2, %0, [%1]" : "=&r"(o) : "r"(&smax), "r"(v) : "memory");
        __asm__ volatile("ldsmin %2, %0, [%1]" : "=&r"(o) : "r"(&smin), "r"(v) : "memory");
        __asm__ volatile("ldumaxl %w2, %w0, [%1]" : "=&r"(ou) : "r"(&umax32), "r"(u) : "memory");
        __asm__ volatile("ldumina %w2, %w0, [%1]" : "=&r"(ou) : "r"(&umin32), "r"(u) : "memory");
        __asm__ volatile("ldsmaxh %w2, %w0, [%1]" : "=&r"(oh) : "r"(&smax16), "r"(h) : "memory");
        __asm__ volatile("stuminlb %w1, [%0]" : : "r"(&umin8), "r"((uint32_t) (v >> 50) | 0x3) : "memory");
    }
    return NULL;
}

/* ---- faults: each access on a read-only page, or misaligned, is a signal and changes nothing */
static sigjmp_buf on_fault;
static volatile int fault_sig;
static void *volatile fault_addr;

static void caught(int sig, siginfo_t *si, void *uc) {
    fault_sig = sig;
    fault_addr = si->si_addr;
    siglongjmp(on_fault, 1);
}

static int faults(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = caught;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(page, 0x11, 8192);
    mprotect(page, 4096, PROT_READ);
    munmap(page + 4096, 4096);
    const char *names[] = {"cas, compare fails", "ldadd of 0", "ldsmax, no change", "swpb", "casp, compare fails",
        "ldaddh misaligned", "cas misaligned, unmapped", "casp x misaligned by 8"};
    for (int k = 0; k < 8; k++) {
        uint64_t r = 5;
        fault_sig = 0;
        fault_addr = NULL;
        if (!sigsetjmp(on_fault, 1)) {
            switch (k) {
            case 0: __asm__ volatile("casal %0, %1, [%2]" : "+r"(r) : "r"(7L), "r"(page) : "memory"); break;
            case 1: __asm__ volatile("ldadd %1, %0, [%2]" : "=r"(r) : "r"(0L), "r"(page) : "memory"); break;
            case 2: __asm__ volatile("ldsmaxa %1, %0, [%2]" : "=r"(r) : "r"(-5L), "r"(page + 8) : "memory"); break;
            case 3: __asm__ volatile("swpb %w1, %w0, [%2]" : "=r"(r) : "r"(0x11), "r"(page + 3) : "memory"); break;
            case 4: {
                register uint64_t s0 __asm__("x4") = 1, s1 __asm__("x5") = 2, t0 __asm__("x6") = 3, t1 __asm__("x7") = 4;
                __asm__ volatile("caspl x4, x5, x6, x7, [%4]" : "+r"(s0), "+r"(s1) : "r"(t0), "r"(t1), "r"(page + 16)
                                 : "memory");
                r = s0;
                break;
            }
            case 5: __asm__ volatile("ldaddh %w1, %w0, [%2]" : "=r"(r) : "r"(1), "r"(page + 4096 - 1) : "memory"); break;
            case 6: __asm__ volatile("cas %0, %1, [%2]" : "+r"(r) : "r"(7L), "r"(page + 4096 + 3) : "memory"); break;
            case 7: {
                register uint64_t s0 __asm__("x4") = 1, s1 __asm__("x5") = 2, t0 __asm__("x6") = 3, t1 __asm__("x7") = 4;
                __asm__ volatile("casp x4, x5, x6, x7, [%4]" : "+r"(s0), "+r"(s1) : "r"(t0), "r"(t1), "r"(page + 8)
                                 : "memory");
                r = s0;
                break;
            }
            }
        }
        printf("%-26s signal %2d at page%+ld\n", names[k], fault_sig,
               fault_addr ? (long) ((char *) fault_addr - page) : -1L);
    }
    for (int i = 0; i < 4096; i++) {
        if (page[i] != 0x11) {
            printf("byte %d changed\n", i);
            return 1;
        }
    }
    return 0;
}

static int report(const char *name, unsigned long long got, unsigned long long want) {
    printf("%-10s %20llu %s\n", name, got, got == want ? "ok" : "LOST");
    return got == want ? 0 : 1;
}

int main(int argc, char **argv) {
    pthread_t t[NTHREADS];
    if (argc > 1 && strcmp(argv[1], "faults") == 0) {
        return faults();
    }
    int mm = argc > 1 && strcmp(argv[1], "minmax") == 0;
    c.bits_clr = ~0ULL;
    for (long i = 0; i < NTHREADS; i++) {
        if (pthread_create(&t[i], NULL, mm ? minmax : hammer, (void *) i) != 0) {
            printf("pthread_create failed\n");
            return 2;
        }
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
    }
    int bad = 0;
    if (mm) {
        int64_t wmax = INT64_MIN, wmin = INT64_MAX;
        uint32_t wumax = 0, wumin = UINT32_MAX;
        int16_t wh = INT16_MIN;
        uint8_t wb = UINT8_MAX;
        for (long id = 0; id < NTHREADS; id++) {
            for (int i = 0; i < ITERS; i++) {
                int64_t v = offer(id, i);
                uint32_t u = (uint32_t) (v >> 13);
                int16_t h = (int16_t) (v >> 29);
                uint8_t b = (uint8_t) ((uint32_t) (v >> 50) | 0x3);
                wmax = v > wmax ? v : wmax;
                wmin = v < wmin ? v : wmin;
                wumax = u > wumax ? u : wumax;
                wumin = u < wumin ? u : wumin;
                wh = h > wh ? h : wh;
                wb = b < wb ? b : wb;
            }
        }
        bad |= report("smax", (unsigned long long) smax, (unsigned long long) wmax);
        bad |= report("smin", (unsigned long long) smin, (unsigned long long) wmin);
        bad |= report("umax32", umax32, wumax);
        bad |= report("umin32", umin32, wumin);
        bad |= report("smax16", (uint16_t) smax16, (uint16_t) wh);
        bad |= report("umin8", umin8, wb);
        return bad;
    }
    unsigned long long n = (unsigned long long) NTHREADS * ITERS;
    uint64_t all = 0;
    for (int i = 0; i < NTHREADS; i++) {
        all |= 0xffULL << (8 * i);
    }
    bad |= report("b", c.b, n & 0xff);
    bad |= report("b_cas", c.b_cas, n & 0xff);
    bad |= report("h", c.h, n & 0xffff);
    bad |= report("h_cas", c.h_cas, n & 0xffff);
    bad |= report("w", c.w, n & 0xffffffff);
    bad |= report("w_cas", c.w_cas, n & 0xffffffff);
    bad |= report("x", c.x, n);
    bad |= report("x_cas", c.x_cas, n);
    bad |= report("bits_set", c.bits_set, all);
    bad |= report("bits_clr", c.bits_clr, ~all);
    bad |= report("bits_eor", c.bits_eor, ITERS % 2 ? all : 0);
    bad |= report("guarded", c.guarded, n);
    bad |= report("lock", c.lock, 0);
    bad |= report("pair.lo", (uint64_t) c.pair, n);
    bad |= report("pair.hi", (uint64_t) (c.pair >> 64), 2 * n);
    return bad;
}
