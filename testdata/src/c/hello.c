/* The first program a user runs: a line on stdout, its arguments, and an exit status. */
#include <stdio.h>

int main(int argc, char **argv) {
#if defined(__arm__)
    printf("Hello from AArch32!\n");
#else
    printf("Hello from AArch64!\n");
#endif
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = %s\n", i, argv[i]);
    }
    return argc > 1 ? 3 : 0;
}
