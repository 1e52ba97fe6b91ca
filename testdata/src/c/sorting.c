/* qsort and bsearch over integers, strings and structs; prints sorted samples and checksums. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x243f6a8885a308d3ULL;
static uint32_t next(void) {
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t) (rng >> 33);
}

struct rec { int key; double weight; char name[12]; };

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *) a, y = *(const int *) b;
    return (x > y) - (x < y);
}
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}
static int cmp_rec(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->weight != y->weight) return x->weight < y->weight ? -1 : 1;
    return strcmp(x->name, y->name);
}

int main(void) {
    enum { N = 200000 };
    int *v = malloc(N * sizeof *v);
    for (int i = 0; i < N; i++) v[i] = (int) next() - (1 << 30);
    qsort(v, N, sizeof *v, cmp_int);
    uint64_t h = 0;
    for (int i = 0; i < N; i++) h = h * 31 + (uint32_t) v[i];
    printf("ints: first %d last %d median %d hash %016llx\n", v[0], v[N - 1], v[N / 2], (unsigned long long) h);
    int found = 0;
    for (int i = 0; i < 1000; i++) {
        int key = v[next() % N] + (i & 1);
        found += bsearch(&key, v, N, sizeof *v, cmp_int) != NULL;
    }
    printf("bsearch found %d\n", found);

    enum { S = 20000 };
    char **s = malloc(S * sizeof *s);
    for (int i = 0; i < S; i++) {
        int len = 1 + next() % 20;
        s[i] = malloc(len + 1);
        for (int k = 0; k < len; k++) s[i][k] = 'a' + next() % 26;
        s[i][len] = 0;
    }
    qsort(s, S, sizeof *s, cmp_str);
    for (int i = 0; i < S; i += S / 10) printf("str[%d] = %s\n", i, s[i]);

    enum { R = 5000 };
    struct rec *r = malloc(R * sizeof *r);
    for (int i = 0; i < R; i++) {
        r[i].key = i;
        r[i].weight = (next() % 1000) / 7.0;
        snprintf(r[i].name, sizeof r[i].name, "n%u", next() % 100000);
    }
    qsort(r, R, sizeof *r, cmp_rec);
    for (int i = 0; i < R; i += R / 8) printf("rec %d %.6f %s\n", r[i].key, r[i].weight, r[i].name);
    return 0;
}
