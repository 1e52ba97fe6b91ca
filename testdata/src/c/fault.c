/* Misbehaving guests: argv[1] picks the crime. The emulator must report it as Linux does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    if (!strcmp(what, "udf")) {
        __asm__ volatile(".inst 0x00000000");
    }
    if (!strcmp(what, "brk")) {
        __asm__ volatile("brk #1");
    }
    if (!strcmp(what, "abort")) {
        abort();
    }
    if (!strcmp(what, "exit")) {
        exit(42);
    }
    return 0;
}
