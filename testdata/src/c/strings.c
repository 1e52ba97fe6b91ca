/*
 * libc's string and memory routines at every alignment and many lengths. glibc's AArch64
 * versions are hand-written with AdvSIMD and unaligned tricks, so they exercise loads, stores
 * and vector instructions near page and buffer edges. Prints a checksum per routine and size.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BUF 512

static uint32_t h = 2166136261u;
static void mix(uint64_t v) {
    for (int i = 0; i < 8; i++) {
        h = (h ^ (uint8_t) (v >> (8 * i))) * 16777619u;
    }
}
static void mixbuf(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
}
static void report(const char *what) {
    printf("%-10s %08x\n", what, h);
    h = 2166136261u;
}

static unsigned char src[BUF + 64], dst[BUF + 64];
static char s1[BUF + 64], s2[BUF + 64];

static void fill(unsigned char *p, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        p[i] = (unsigned char) (seed >> 16);
    }
}

/* A NUL-free string of length n at p, then NUL. */
static void str(char *p, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        p[i] = (char) ('a' + (seed >> 16) % 26);
    }
    p[n] = 0;
}

static const size_t LENS[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 63, 64, 65, 100, 127, 128, 129, 200, 255, 256, 300, 400};
#define NLENS (sizeof LENS / sizeof LENS[0])

int main(void) {
    for (int sa = 0; sa < 16; sa++) {
        for (int da = 0; da < 16; da++) {
            for (unsigned k = 0; k < NLENS; k++) {
                size_t n = LENS[k];
                fill(src, sizeof src, sa * 131 + da * 7 + (unsigned) n);
                memset(dst, 0x5a, sizeof dst);
                memcpy(dst + da, src + sa, n);
                mixbuf(dst, sizeof dst);
            }
        }
    }
    report("memcpy");
    for (int off = -20; off <= 20; off++) {
        for (unsigned k = 0; k < NLENS; k++) {
            size_t n = LENS[k];
            if (n + 64 > BUF) continue;
            fill(src, sizeof src, (unsigned) (off * 31 + n));
            memmove(src + 32 + off, src + 32, n);
            mixbuf(src, sizeof src);
        }
    }
    report("memmove");
    for (int a = 0; a < 16; a++) {
        for (unsigned k = 0; k < NLENS; k++) {
            memset(dst, 0, sizeof dst);
            memset(dst + a, a * 17 + (int) k, LENS[k]);
            mixbuf(dst, sizeof dst);
        }
    }
    report("memset");
    for (int a = 0; a < 16; a++) {
        for (unsigned k = 0; k < NLENS; k++) {
            size_t n = LENS[k];
            fill(src, sizeof src, 99);
            memcpy(dst + a, src, n);
            for (size_t d = 0; d <= n && d < 70; d += 7) {
                if (d < n) dst[a + d] ^= 1 << (d % 8);
                int c = memcmp(dst + a, src, n);
                mix(c < 0 ? -1 : c > 0 ? 1 : 0);
                if (d < n) dst[a + d] ^= 1 << (d % 8);
            }
        }
    }
    report("memcmp");
    for (int a = 0; a < 16; a++) {
        for (unsigned k = 0; k < NLENS; k++) {
            size_t n = LENS[k];
            str(s1 + a, n, a + (unsigned) n);
            mix(strlen(s1 + a));
            mix(strnlen(s1 + a, n / 2));
            strcpy(s2 + (15 - a), s1 + a);
            mixbuf((unsigned char *) s2, sizeof s2);
            mix((uint64_t) (strchr(s1 + a, 'q') ? strchr(s1 + a, 'q') - s1 : -1));
            mix((uint64_t) (strrchr(s1 + a, 'e') ? strrchr(s1 + a, 'e') - s1 : -1));
            mix((uint64_t) (strchr(s1 + a, 0) - s1));
            mix((uint64_t) (memchr(s1 + a, 'z', n) ? (char *) memchr(s1 + a, 'z', n) - s1 : -1));
            mix((uint64_t) (memrchr(s1 + a, 'a', n) ? (char *) memrchr(s1 + a, 'a', n) - s1 : -1));
            int c = strcmp(s1 + a, s2 + (15 - a));
            mix(c);
            if (n > 0) {
                s2[15 - a + n - 1] ^= 1;
                c = strcmp(s1 + a, s2 + (15 - a));
                mix(c < 0 ? -1 : c > 0 ? 1 : 0);
                c = strncmp(s1 + a, s2 + (15 - a), n - 1);
                mix(c);
            }
        }
    }
    report("str*");
    static char hay[1024];
    str(hay, 1000, 5);
    for (int i = 0; i < 200; i++) {
        char needle[8];
        memcpy(needle, hay + i * 4, 3 + i % 5);
        needle[3 + i % 5] = 0;
        char *p = strstr(hay, needle);
        mix((uint64_t) (p ? p - hay : -1));
        mix((uint64_t) strspn(hay + i, "abcdefghijklm"));
        mix((uint64_t) strcspn(hay + i, "xyz"));
    }
    strcpy(s1, "Hello, ");
    strcat(s1, "world");
    static volatile size_t two = 2; /* not a constant: strncat truncating is the point */
    strncat(s1, "!!!!!", two);
    mixbuf((unsigned char *) s1, strlen(s1));
    report("misc");

    /* Strings that end exactly at the end of a page followed by an unmapped page. */
    char *pages = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(pages + 4096, 4096);
    for (size_t n = 0; n < 80; n++) {
        char *s = pages + 4096 - n - 1;
        str(s, n, (unsigned) n);
        mix(strlen(s));
        mix((uint64_t) (strchr(s, 'm') ? strchr(s, 'm') - s : -1));
        mix((uint64_t) (memchr(s, 0, n + 1) ? (char *) memchr(s, 0, n + 1) - s : -1));
        mix(strcmp(s, s));
        char copy[100];
        strcpy(copy, s);
        mixbuf((unsigned char *) copy, n);
    }
    report("page-edge");
    return 0;
}
