/*
 * fork + execv + waitpid of a program, N times, timed: the cost a shell pays per command.
 * Prints the first run and the median of the others, in milliseconds.
 *   forkexec PROGRAM N PAUSE_MS
 * PAUSE_MS between runs lets work that follows a fork off its path (jemu's standby JVM) finish.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: forkexec PROGRAM N PAUSE_MS\n");
        return 2;
    }
    int n = atoi(argv[2]);
    long pause_ms = atol(argv[3]);
    double *t = calloc(n, sizeof *t);
    for (int i = 0; i < n; i++) {
        double t0 = now_ms();
        pid_t p = fork();
        if (p == 0) {
            execl(argv[1], argv[1], (char *) 0);
            _exit(127);
        }
        int status;
        if (p < 0 || waitpid(p, &status, 0) != p || !WIFEXITED(status) || WEXITSTATUS(status) == 127) {
            fprintf(stderr, "forkexec: run %d failed\n", i);
            return 1;
        }
        t[i] = now_ms() - t0;
        if (pause_ms > 0) {
            struct timespec d = {pause_ms / 1000, (pause_ms % 1000) * 1000000L};
            nanosleep(&d, NULL);
        }
    }
    double first = t[0];
    qsort(t + 1, n - 1, sizeof *t, compare);
    printf("first %.1f ms, median of %d more %.1f ms\n", first, n - 1, n > 1 ? t[1 + (n - 1) / 2] : first);
    return 0;
}
