/* The first program a user runs: a line on stdout, its arguments, and an exit status. */
#include <stdio.h>

int main(int argc, char **argv) {
    printf("Hello from AArch64!\n");
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = %s\n", i, argv[i]);
    }
    return argc > 1 ? 3 : 0;
}
