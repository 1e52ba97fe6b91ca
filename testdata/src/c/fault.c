/* Misbehaving guests: argv[1] picks the crime. The emulator must report it as Linux does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    printf("about to %s\n", what);
    fflush(stdout);
    if (!strcmp(what, "null")) {
        volatile int *p = NULL;
        return *p;
    }
    if (!strcmp(what, "wild")) {
        volatile long *p = (long *) 0x7e5a00001234UL;
        *p = 1;
    }
    if (!strcmp(what, "text")) {
        extern char main_text[] __asm__("main");
        main_text[0] = 0; /* the code is read-only */
    }
    if (!strcmp(what, "readonly")) {
        char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        p[0] = 1;
        mprotect(p, 4096, PROT_READ);
        printf("read %d\n", p[0]);
        fflush(stdout);
        p[1] = 2;
    }
    if (!strcmp(what, "unmapped")) {
        char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        munmap(p + 4096, 4096);
        p[4096] = 1;
    }
    if (!strcmp(what, "udf")) {
#if defined(__arm__)
        __asm__ volatile("udf #0");
#else
        __asm__ volatile(".inst 0x00000000");
#endif
    }
    if (!strcmp(what, "brk")) {
#if defined(__arm__)
        __asm__ volatile("bkpt #1");
#else
        __asm__ volatile("brk #1");
#endif
    }
    if (!strcmp(what, "abort")) {
        abort();
    }
    if (!strcmp(what, "exit")) {
        exit(42);
    }
    return 0;
}
