/*
 * Integer arithmetic of every width over edge values: add, sub, mul, div, mod, shifts, compares,
 * widening and narrowing conversions, 128-bit multiply and divide, and the compiler builtins
 * (clz, ctz, popcount, bswap, overflow checks). Prints every result.
 */
#include <inttypes.h>
#include <stdio.h>

static const uint64_t V[] = {
    0, 1, 2, 3, 7, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000,
    0xffffffff, 0x100000000ULL, 0x123456789abcdefULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
    0xfffffffffffffffeULL, 0xffffffffffffffffULL, 0xdeadbeefcafebabeULL, 12345, 1000000007,
};
#define N (sizeof V / sizeof V[0])

static volatile uint64_t sink;

#define OPS(T, FMT)                                                                              \
    static void ops_##T(uint64_t xa, uint64_t xb) {                                              \
        T a = (T) xa, b = (T) xb;                                                                \
        printf(#T " %" FMT " %" FMT ": + %" FMT " - %" FMT " * %" FMT, a, b, (T) (a + b),          \
               (T) (a - b), (T) (a * b));                                                        \
        if (b != 0 && !((T) -1 < 0 && b == (T) -1)) {                                            \
            printf(" / %" FMT " %% %" FMT, (T) (a / b), (T) (a % b));                               \
        }                                                                                        \
        unsigned s = (unsigned) (xb % (8 * sizeof(T)));                                           \
        printf(" << %" FMT " >> %" FMT " < %d <= %d\n", (T) (a << s), (T) (a >> s), a < b, a <= b);  \
    }

OPS(int8_t, PRId8)
OPS(uint8_t, PRIu8)
OPS(int16_t, PRId16)
OPS(uint16_t, PRIu16)
OPS(int32_t, PRId32)
OPS(uint32_t, PRIu32)
OPS(int64_t, PRId64)
OPS(uint64_t, PRIu64)

#ifdef __SIZEOF_INT128__
static void print128(const char *what, unsigned __int128 v) {
    printf("%s %016" PRIx64 "%016" PRIx64 "\n", what, (uint64_t) (v >> 64), (uint64_t) v);
}

static uint64_t mulhi64(uint64_t a, uint64_t b) {
    return (uint64_t) ((unsigned __int128) a * b >> 64);
}
#else
/* 32-bit targets (armhf) have no __int128: the 128-bit lines are left out, the checksum's high half computed. */
static uint64_t mulhi64(uint64_t a, uint64_t b) {
    uint64_t al = (uint32_t) a, ah = a >> 32, bl = (uint32_t) b, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (uint32_t) lh + (uint32_t) hl;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}
#endif

int main(void) {
    for (unsigned i = 0; i < N; i++) {
        for (unsigned j = 0; j < N; j++) {
            ops_int8_t(V[i], V[j]);
            ops_uint8_t(V[i], V[j]);
            ops_int16_t(V[i], V[j]);
            ops_uint16_t(V[i], V[j]);
            ops_int32_t(V[i], V[j]);
            ops_uint32_t(V[i], V[j]);
            ops_int64_t(V[i], V[j]);
            ops_uint64_t(V[i], V[j]);
#ifdef __SIZEOF_INT128__
            unsigned __int128 p = (unsigned __int128) V[i] * V[j];
            __int128 sp = (__int128) (int64_t) V[i] * (int64_t) V[j];
            print128("u128 mul", p);
            print128("s128 mul", (unsigned __int128) sp);
            unsigned __int128 big = p * 0x10001 + V[j];
            if (V[j] != 0) {
                print128("u128 div", big / V[j]);
                print128("u128 mod", big % V[j]);
                print128("s128 div", (unsigned __int128) (sp / (int64_t) (V[j] | 1)));
            }
#endif
            int64_t r1, r2, r3;
            int o1 = __builtin_add_overflow((int64_t) V[i], (int64_t) V[j], &r1);
            int o2 = __builtin_sub_overflow((int64_t) V[i], (int64_t) V[j], &r2);
            int o3 = __builtin_mul_overflow((int64_t) V[i], (int64_t) V[j], &r3);
            printf("overflow add %d %" PRId64 " sub %d %" PRId64 " mul %d %" PRId64 "\n", o1, r1, o2, r2, o3, r3);
        }
        uint64_t v = V[i];
        printf("bits %016" PRIx64 ": clz %d ctz %d pop %d parity %d bswap64 %016" PRIx64 " bswap32 %08x bswap16 %04x\n",
               v, v ? __builtin_clzll(v) : 64, v ? __builtin_ctzll(v) : 64, __builtin_popcountll(v),
               __builtin_parityll(v), __builtin_bswap64(v), __builtin_bswap32((uint32_t) v),
               __builtin_bswap16((uint16_t) v));
        printf("conv %" PRId64 " %d %d %u %" PRId64 " %" PRIu64 "\n", (int64_t) (int8_t) v, (int16_t) v, (int32_t) v,
               (uint32_t) v, (int64_t) (int32_t) v, (uint64_t) (uint32_t) v);
    }
    /* A loop the compiler cannot fold: a checksum over many multiplies and shifts. */
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (uint64_t i = 0; i < 1000000; i++) {
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ULL + i;
        h += mulhi64(h, i);
    }
    sink = h;
    printf("checksum %016" PRIx64 "\n", h);
    return 0;
}
