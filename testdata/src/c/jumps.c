/* setjmp/longjmp across deep recursion, and variadic functions with every argument type. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static jmp_buf env;
static int depth_reached;

/* Never returns normally: it ends in longjmp, which the compiler cannot see. */
#pragma GCC diagnostic ignored "-Winfinite-recursion"
static int dive(int depth, int limit) {
    volatile char pad[64];
    memset((char *) pad, depth, sizeof pad);
    depth_reached = depth;
    if (depth == limit) {
        longjmp(env, depth + pad[3]);
    }
    return dive(depth + 1, limit) + pad[7];
}

static double sum(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double total = 0;
    for (int i = 0; i < count; i++) {
        switch (i % 4) {
        case 0: total += va_arg(ap, int); break;
        case 1: total += va_arg(ap, double); break;
        case 2: total += (double) va_arg(ap, long long); break;
        default: total += *va_arg(ap, const char *); break;
        }
    }
    va_end(ap);
    return total;
}

static void say(const char *fmt, ...) {
    char buf[256];
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    printf("[%d] %s|", n, buf);
    vprintf(fmt, copy);
    printf("\n");
    va_end(copy);
    va_end(ap);
}

int main(void) {
    for (int limit = 0; limit < 2000; limit += 333) {
        volatile int local = limit;
        int r = setjmp(env);
        if (r == 0) {
            dive(0, limit);
            printf("not reached\n");
        } else {
            printf("longjmp %d from depth %d (local %d)\n", r, depth_reached, local);
        }
    }
    sigjmp_buf senv;
    if (sigsetjmp(senv, 1) == 0) {
        siglongjmp(senv, 7);
    } else {
        printf("siglongjmp ok\n");
    }
    printf("sum %.3f\n", sum(12, 1, 2.5, 3LL, "A", -4, -0.25, 1LL << 40, "z", 9, 1e10, -7LL, "!"));
    say("%d %u %ld %lld %hhd %hd %c %s %p %x %o %%", -1, 42u, -123456789L, 1LL << 62, (char) 200, (short) -3, 'q',
        "str", (void *) 0x1234, 0xbeef, 0755);
    say("%5.2f|%-10s|%+d|%08.3e|%g|%g|%a", 3.14159, "left", 5, -0.000123, 1e-5, 123456789.0, 1.0);
    say("%s %s %s %s %s %s %s %s %s %s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    say("%f %f %f %f %f %f %f %f %f %f", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    return 0;
}
