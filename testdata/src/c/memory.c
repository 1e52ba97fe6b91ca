/*
 * The guest address space through libc: brk/sbrk, anonymous and file-backed mmap (private and
 * shared), munmap, mprotect, mremap (growing in place and moving), madvise(MADV_DONTNEED) and
 * msync. argv[1] is a scratch directory for the mapped file. Prints what a program can observe.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static unsigned sum(const unsigned char *p, size_t n) {
    unsigned s = 0;
    for (size_t i = 0; i < n; i++) s = s * 31 + p[i];
    return s;
}

int main(int argc, char **argv) {
    if (argc < 2 || chdir(argv[1]) != 0) {
        fprintf(stderr, "usage: memory SCRATCH-DIR\n");
        return 2;
    }
    long page = sysconf(_SC_PAGESIZE);
    printf("page size %ld\n", page);

    char *b0 = sbrk(0);
    char *b1 = sbrk(100000);
    memset(b1, 7, 100000);
    char *b2 = sbrk(0);
    printf("sbrk grew by %ld, old break returned %d\n", (long) (b2 - b0), b1 == b0);
    printf("sbrk shrink %d\n", sbrk(-50000) != (void *) -1 && (char *) sbrk(0) == b2 - 50000);

    unsigned char *a = mmap(NULL, 5 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("anonymous mmap ok %d zero-filled %d\n", a != MAP_FAILED, sum(a, 5 * page) == 0);
    for (long i = 0; i < 5 * page; i++) a[i] = (unsigned char) (i * 7);
    printf("contents %08x\n", sum(a, 5 * page));
    printf("munmap middle %d\n", munmap(a + page, page));
    printf("mprotect read-only %d\n", mprotect(a + 2 * page, page, PROT_READ));
    printf("mprotect unmapped %d errno %s\n", mprotect(a + page, page, PROT_READ), strerror(errno));
    printf("mprotect unaligned %d errno %s\n", mprotect(a + 1, page, PROT_READ), strerror(errno));
    printf("after: %08x %08x\n", sum(a, page), sum(a + 2 * page, 3 * page));
    printf("madvise dontneed %d, reads zero %d\n", madvise(a + 3 * page, page, MADV_DONTNEED),
           sum(a + 3 * page, page) == 0);
    printf("fixed over hole %d\n", mmap(a + page, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                                        -1, 0) == a + page);
    /* (MAP_FIXED_NOREPLACE over a mapping is EEXIST on Linux; qemu-user 7.2 maps elsewhere instead,
     * so it is left out of a program whose oracle is qemu.) */

    unsigned char *g = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(g, 0xab, page);
    unsigned char *g2 = mremap(g, page, 64 * page, MREMAP_MAYMOVE);
    printf("mremap grow ok %d kept %d new zero %d\n", g2 != MAP_FAILED, sum(g2, page) == sum(g2, 0) || g2[0] == 0xab,
           sum(g2 + page, 63 * page) == 0);
    unsigned char *g3 = mremap(g2, 64 * page, 2 * page, 0);
    printf("mremap shrink in place %d\n", g3 == g2);
    printf("mremap no-move too big %d errno %s\n", mremap(g3, 2 * page, (size_t) 1 << (sizeof(size_t) == 8 ? 40 : 31), 0) == MAP_FAILED, strerror(errno));
    printf("munmap %d\n", munmap(g3, 2 * page));

    int fd = open("mapped.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
    for (int i = 0; i < 3 * 4096 + 100; i++) {
        unsigned char c = (unsigned char) (i % 251);
        write(fd, &c, 1);
    }
    unsigned char *fp = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    printf("private file map %08x tail-zero %d\n", sum(fp, 3 * 4096 + 100), fp[3 * 4096 + 100] == 0);
    fp[0] = 0xff;
    unsigned char c;
    pread(fd, &c, 1, 0);
    printf("private write not in file: %d\n", c == 0);
    unsigned char *fs = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, page);
    printf("shared file map at offset %d: %d\n", (int) page, fs[0] == (unsigned char) (page % 251));
    fs[1] = 0x42;
    printf("msync %d\n", msync(fs, 2 * page, MS_SYNC));
    pread(fd, &c, 1, page + 1);
    printf("shared write in file: %d\n", c == 0x42);
    unsigned char *fo = mmap(NULL, page, PROT_READ, MAP_PRIVATE, fd, 1);
    printf("unaligned offset %d errno %s\n", fo == MAP_FAILED, strerror(errno));
    printf("bad fd %d errno %s\n", mmap(NULL, page, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED, strerror(errno));
    printf("zero length %d errno %s\n", mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED,
           strerror(errno));
    munmap(fp, 4 * page);
    munmap(fs, 2 * page);
    close(fd);
    unlink("mapped.bin");

    /* Many mappings, to exercise placement and the page table. */
    void *maps[256];
    unsigned ok = 0;
    for (int i = 0; i < 256; i++) {
        maps[i] = mmap(NULL, (size_t) (i % 7 + 1) * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        ok += maps[i] != MAP_FAILED;
        memset(maps[i], i, (size_t) (i % 7 + 1) * page);
    }
    for (int i = 0; i < 256; i += 2) munmap(maps[i], (size_t) (i % 7 + 1) * page);
    unsigned good = 0;
    for (int i = 1; i < 256; i += 2) good += ((unsigned char *) maps[i])[page - 1] == (unsigned char) i;
    printf("mappings %u intact %u\n", ok, good);
    return 0;
}
