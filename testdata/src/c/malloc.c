/* malloc, calloc, realloc and free churning over many sizes, with contents checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 4096

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

int main(void) {
    static unsigned char *slot[SLOTS];
    static size_t size[SLOTS];
    uint64_t sum = 0;
    long allocs = 0, frees = 0, reallocs = 0, bad = 0;
    for (int round = 0; round < 200000; round++) {
        int i = next() % SLOTS;
        uint64_t r = next();
        if (slot[i] == NULL) {
            size_t n = (r & 7) == 0 ? r % 300000 : r % 600;
            slot[i] = (r & 8) ? calloc(1, n + 1) : malloc(n + 1);
            if ((r & 8) && slot[i]) {
                for (size_t k = 0; k <= n; k += 97) bad += slot[i][k] != 0;
            }
            size[i] = n + 1;
            memset(slot[i], (int) (i & 0xff), size[i]);
            allocs++;
        } else if (r & 1) {
            for (size_t k = 0; k < size[i]; k += 61) {
                bad += slot[i][k] != (unsigned char) (i & 0xff);
            }
            sum += size[i];
            free(slot[i]);
            slot[i] = NULL;
            frees++;
        } else {
            size_t n = (r >> 8) % 5000 + 1;
            unsigned char *p = realloc(slot[i], n);
            size_t keep = n < size[i] ? n : size[i];
            for (size_t k = 0; k < keep; k += 13) {
                bad += p[k] != (unsigned char) (i & 0xff);
            }
            memset(p, (int) (i & 0xff), n);
            slot[i] = p;
            size[i] = n;
            reallocs++;
        }
    }
    printf("allocs %ld frees %ld reallocs %ld bytes freed %llu bad %ld\n", allocs, frees, reallocs,
           (unsigned long long) sum, bad);
    for (int i = 0; i < SLOTS; i++) free(slot[i]);
    void *big = malloc(64 << 20);
    memset(big, 1, 64 << 20);
    printf("big %s\n", big ? "ok" : "failed");
    free(big);
    return bad != 0;
}
