/* Threads under real concurrency: every result is an exact count, so any lost update, missed
 * wake-up or wrong exit shows. Usage: threads [exit-main | robust | pi]
 *   (none)     mutex, atomics, __thread, condition variable, barrier, join, detach, pthread_exit
 *   exit-main  main calls pthread_exit while its workers still run: the process lives on
 *   robust     a robust mutex whose owner exits holding it (EOWNERDEAD), plain and PI
 *   pi         a priority-inheritance mutex under contention (FUTEX_LOCK_PI/UNLOCK_PI)
 *   calls      futex, get_robust_list and membarrier edge cases, one answer per line
 *   last-exit  main's thread ends with exit(3), the last thread with exit(5): status 5
 *   exec PROG ARGS...         execv while other threads spin, wait in a futex and block in a read
 *   exec-from-thread PROG...  the same, but a second thread calls execv while main is in join
 * qemu-aarch64 7.2 ignores set_robust_list and has no PI futexes, so the last two are compared
 * with Linux's answer instead. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define NTHREADS 8
#define ITERS 20000

static void check(int r, const char *what) {
    if (r != 0) {
        printf("%s: %s\n", what, strerror(r));
        exit(1);
    }
}

/* ---- a mutex-protected counter */
static pthread_mutex_t counter_lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *hammer(void *arg) {
    for (int i = 0; i < ITERS; i++) {
        pthread_mutex_lock(&counter_lock);
        counter++;
        pthread_mutex_unlock(&counter_lock);
    }
    return arg;
}

/* ---- C11 atomics */
static atomic_long added;
static atomic_long cas_counter;
static atomic_int spin;
static long spin_protected;

static void *atomics(void *arg) {
    for (int i = 0; i < ITERS; i++) {
        atomic_fetch_add(&added, 3);
        long v = atomic_load(&cas_counter);
        while (!atomic_compare_exchange_weak(&cas_counter, &v, v + 1)) {
        }
        int expected = 0;
        while (!atomic_compare_exchange_strong_explicit(&spin, &expected, 1, memory_order_acquire,
                                                        memory_order_relaxed)) {
            expected = 0;
        }
        spin_protected++;
        atomic_store_explicit(&spin, 0, memory_order_release);
    }
    return arg;
}

/* ---- __thread data */
static __thread long tls_value = 7;
static __thread char tls_name[16];

static void *tls_worker(void *arg) {
    long id = (long) arg;
    snprintf(tls_name, sizeof tls_name, "worker%ld", id);
    for (int i = 0; i < 1000; i++) {
        tls_value += id;
        sched_yield();
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%s:%ld", tls_name, tls_value);
    return strdup(buf);
}

/* ---- condition variable: bounded producer/consumer queue */
#define QSIZE 4
#define ITEMS 5000
static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static int queue[QSIZE], qhead, qcount;

static void *producer(void *arg) {
    long base = (long) arg;
    for (int i = 1; i <= ITEMS; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == QSIZE) {
            pthread_cond_wait(&not_full, &qlock);
        }
        queue[(qhead + qcount++) % QSIZE] = (int) (base + i);
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&qlock);
    }
    return NULL;
}

static void *consumer(void *arg) {
    long sum = 0;
    for (int i = 0; i < ITEMS; i++) {
        pthread_mutex_lock(&qlock);
        while (qcount == 0) {
            pthread_cond_wait(&not_empty, &qlock);
        }
        sum += queue[qhead];
        qhead = (qhead + 1) % QSIZE;
        qcount--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&qlock);
    }
    *(long *) arg = sum;
    return NULL;
}

/* ---- barrier */
static pthread_barrier_t barrier;
static atomic_int before_barrier, wrong_after_barrier, serial_threads;

static void *barrier_worker(void *arg) {
    for (int round = 0; round < 50; round++) {
        atomic_fetch_add(&before_barrier, 1);
        int r = pthread_barrier_wait(&barrier);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
            atomic_fetch_add(&serial_threads, 1);
        } else if (r != 0) {
            printf("barrier: %d\n", r);
        }
        if (atomic_load(&before_barrier) < (round + 1) * NTHREADS) {
            atomic_fetch_add(&wrong_after_barrier, 1);
        }
        pthread_barrier_wait(&barrier);
    }
    return arg;
}

/* ---- detached threads */
static atomic_int detached_done;

static void *detached(void *arg) {
    atomic_fetch_add(&detached_done, 1);
    return arg;
}

/* ---- robust mutex: the owner exits while holding it */
static pthread_mutex_t robust;

static void *die_holding(void *arg) {
    check(pthread_mutex_lock(&robust), "robust lock");
    return arg; /* thread exit with the lock held */
}

/* ---- pthread_exit with a value, from a nested call */
static void leave(long v) {
    pthread_exit((void *) v);
}

static void *exiter(void *arg) {
    leave((long) arg * 11);
    return NULL;
}

/* ---- main thread leaving first */
static atomic_int late_done;

static void *late_worker(void *arg) {
    usleep(20000 * (1 + (long) arg % 3));
    pthread_mutex_lock(&counter_lock);
    counter++;
    pthread_mutex_unlock(&counter_lock);
    if (atomic_fetch_add(&late_done, 1) == NTHREADS - 1) {
        printf("late workers: %ld\n", counter);
        fflush(stdout);
    }
    return NULL;
}

static int robust_mutexes(void) {
    int r;
    pthread_mutexattr_t mattr;
    pthread_mutexattr_init(&mattr);
    pthread_mutexattr_setrobust(&mattr, PTHREAD_MUTEX_ROBUST);
    check(pthread_mutex_init(&robust, &mattr), "robust init");
    pthread_t holder;
    check(pthread_create(&holder, NULL, die_holding, NULL), "create");
    check(pthread_join(holder, NULL), "join");
    r = pthread_mutex_lock(&robust);
    printf("robust lock after owner died: %s\n", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
    if (r == EOWNERDEAD) {
        check(pthread_mutex_consistent(&robust), "consistent");
    }
    check(pthread_mutex_unlock(&robust), "unlock");
    r = pthread_mutex_lock(&robust);
    printf("robust lock again: %s\n", r == 0 ? "ok" : strerror(r));
    pthread_mutex_unlock(&robust);

    /* The same with a priority-inheritance robust mutex: FUTEX_LOCK_PI and the kernel's PI state. */
    pthread_mutexattr_setprotocol(&mattr, PTHREAD_PRIO_INHERIT);
    pthread_mutex_destroy(&robust);
    check(pthread_mutex_init(&robust, &mattr), "robust pi init");
    check(pthread_create(&holder, NULL, die_holding, NULL), "create");
    check(pthread_join(holder, NULL), "join");
    r = pthread_mutex_lock(&robust);
    printf("robust PI lock after owner died: %s\n", r == EOWNERDEAD ? "EOWNERDEAD" : strerror(r));
    if (r == EOWNERDEAD) {
        check(pthread_mutex_consistent(&robust), "consistent");
    }
    check(pthread_mutex_unlock(&robust), "unlock");

    return 0;
}

static int pi_mutex(void) {
    /* A PI mutex under contention. */
    pthread_mutexattr_t mattr;
    pthread_t th[NTHREADS];
    pthread_mutexattr_init(&mattr);
    pthread_mutexattr_setprotocol(&mattr, PTHREAD_PRIO_INHERIT);
    pthread_mutex_destroy(&counter_lock);
    check(pthread_mutex_init(&counter_lock, &mattr), "pi init");
    counter = 0;
    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_create(&th[i], NULL, hammer, NULL), "create");
    }
    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_join(th[i], NULL), "join");
    }
    printf("PI mutex counter: %ld (expected %d)\n", counter, NTHREADS * ITERS);
    return 0;
}

/* ---- the calls themselves, at their edges */
static int calls(void) {
    void *head;
    size_t len;
    long r = syscall(SYS_get_robust_list, 0, &head, &len);
    printf("get_robust_list: %ld len %zu head %s\n", r, len, head ? "set" : "null");
    r = syscall(SYS_get_robust_list, 999999, &head, &len);
    printf("get_robust_list of no thread: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
    printf("membarrier query: %s\n", r > 0 ? "a mask" : "failed");
    r = syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
    printf("membarrier register private expedited: %ld\n", r);
    r = syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
    printf("membarrier private expedited: %ld\n", r);
    int w = 0;
    struct timespec ts = {0, 20000000};
    r = syscall(SYS_futex, &w, FUTEX_WAIT_PRIVATE, 0, &ts, 0, 0);
    printf("wait with timeout: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_futex, &w, FUTEX_WAIT_PRIVATE, 1, &ts, 0, 0);
    printf("wait on another value: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_futex, (char *) &w + 1, FUTEX_WAKE, 1, 0, 0, 0);
    printf("misaligned: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_futex, (int *) 8, FUTEX_WAIT, 0, 0, 0, 0);
    printf("wait on an unmapped word: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_futex, (int *) 8, FUTEX_WAKE, 1, 0, 0, 0);
    printf("wake on an unmapped word: %ld\n", r);
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += 10000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    r = syscall(SYS_futex, &w, FUTEX_WAIT_BITSET_PRIVATE, 0, &ts, 0, FUTEX_BITSET_MATCH_ANY);
    printf("wait bitset, absolute timeout: %ld %s\n", r, strerror(errno));
    r = syscall(SYS_futex, &w, 99, 0, 0, 0, 0);
    printf("unknown operation: %ld %s\n", r, strerror(errno));
    return 0;
}

/* ---- raw thread exits: the last one's status is the process's */
static void *exit_last(void *arg) {
    usleep(50000);
    printf("last thread exits\n");
    syscall(SYS_exit, 5);
    return arg;
}

static atomic_long spins;
static int exec_pipe[2];
static pthread_mutex_t never_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static char **exec_argv;

static void *spinner(void *arg) {
    for (;;) {
        atomic_fetch_add(&spins, 1);
    }
    return arg;
}

static void *reader(void *arg) {
    char c;
    ssize_t n = read(exec_pipe[0], &c, 1); /* nobody ever writes */
    return (void *) n;
}

static void *cond_waiter(void *arg) {
    pthread_mutex_lock(&never_lock);
    pthread_cond_wait(&never, &never_lock);
    return arg;
}

static void *execer(void *arg) {
    execv(exec_argv[0], exec_argv);
    perror("execv");
    exit(127);
    return arg;
}

/* execve ends every other thread of the process wherever it is: the new program runs alone. */
static int exec_among_threads(char **argv, int from_thread) {
    pthread_t th[4];
    exec_argv = argv;
    check(pipe(exec_pipe), "pipe");
    check(pthread_create(&th[0], NULL, spinner, NULL), "create");
    check(pthread_create(&th[1], NULL, spinner, NULL), "create");
    check(pthread_create(&th[2], NULL, reader, NULL), "create");
    check(pthread_create(&th[3], NULL, cond_waiter, NULL), "create");
    while (atomic_load(&spins) < 100000) {
        sched_yield();
    }
    usleep(20000);
    if (from_thread) {
        pthread_t e;
        check(pthread_create(&e, NULL, execer, NULL), "create");
        pthread_join(e, NULL);
    } else {
        execer(NULL);
    }
    return 1;
}

int main(int argc, char **argv) {
    pthread_t th[NTHREADS];
    setvbuf(stdout, NULL, _IOLBF, 0);

    if (argc > 1 && strcmp(argv[1], "exit-main") == 0) {
        for (long i = 0; i < NTHREADS; i++) {
            check(pthread_create(&th[i], NULL, late_worker, (void *) i), "create");
        }
        printf("main leaves\n");
        pthread_exit(NULL);
    }

    if (argc > 1 && strcmp(argv[1], "last-exit") == 0) {
        check(pthread_create(&th[0], NULL, exit_last, NULL), "create");
        printf("main thread exits\n");
        syscall(SYS_exit, 3);
    }
    if (argc > 1 && strcmp(argv[1], "calls") == 0) {
        return calls();
    }
    if (argc > 1 && strcmp(argv[1], "robust") == 0) {
        return robust_mutexes();
    }
    if (argc > 1 && strcmp(argv[1], "pi") == 0) {
        return pi_mutex();
    }
    if (argc > 2 && strcmp(argv[1], "exec") == 0) {
        return exec_among_threads(argv + 2, 0);
    }
    if (argc > 2 && strcmp(argv[1], "exec-from-thread") == 0) {
        return exec_among_threads(argv + 2, 1);
    }

    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_create(&th[i], NULL, hammer, (void *) i), "create");
    }
    long joined = 0;
    for (long i = 0; i < NTHREADS; i++) {
        void *r;
        check(pthread_join(th[i], &r), "join");
        joined += (long) r;
    }
    printf("mutex counter: %ld (expected %d), join results sum %ld\n", counter, NTHREADS * ITERS, joined);

    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_create(&th[i], NULL, atomics, NULL), "create");
    }
    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_join(th[i], NULL), "join");
    }
    printf("fetch_add: %ld, compare-exchange: %ld, spinlock: %ld (expected %d, %d, %d)\n",
           atomic_load(&added), atomic_load(&cas_counter), spin_protected, 3 * NTHREADS * ITERS,
           NTHREADS * ITERS, NTHREADS * ITERS);

    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_create(&th[i], NULL, tls_worker, (void *) (i + 1)), "create");
    }
    for (long i = 0; i < NTHREADS; i++) {
        char *s;
        check(pthread_join(th[i], (void **) &s), "join");
        printf("tls %s\n", s);
        free(s);
    }
    printf("main tls: %ld '%s'\n", tls_value, tls_name);

    long sums[2];
    pthread_t prod[2], cons[2];
    for (long i = 0; i < 2; i++) {
        check(pthread_create(&prod[i], NULL, producer, (void *) (i * 100000)), "create");
        check(pthread_create(&cons[i], NULL, consumer, &sums[i]), "create");
    }
    for (int i = 0; i < 2; i++) {
        check(pthread_join(prod[i], NULL), "join");
        check(pthread_join(cons[i], NULL), "join");
    }
    long expected = 2L * ITEMS * (ITEMS + 1) / 2 + 100000L * ITEMS;
    printf("condvar: consumed %ld (expected %ld)\n", sums[0] + sums[1], expected);

    check(pthread_barrier_init(&barrier, NULL, NTHREADS), "barrier init");
    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_create(&th[i], NULL, barrier_worker, NULL), "create");
    }
    for (long i = 0; i < NTHREADS; i++) {
        check(pthread_join(th[i], NULL), "join");
    }
    pthread_barrier_destroy(&barrier);
    printf("barrier: %d arrivals, %d serial, %d early\n", atomic_load(&before_barrier),
           atomic_load(&serial_threads), atomic_load(&wrong_after_barrier));

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (long i = 0; i < NTHREADS; i++) {
        pthread_t d;
        check(pthread_create(&d, &attr, detached, NULL), "create detached");
    }
    pthread_attr_destroy(&attr);
    while (atomic_load(&detached_done) < NTHREADS) {
        usleep(1000);
    }
    printf("detached: %d\n", atomic_load(&detached_done));

    for (long i = 0; i < 4; i++) {
        check(pthread_create(&th[i], NULL, exiter, (void *) (i + 1)), "create");
    }
    for (long i = 0; i < 4; i++) {
        void *r;
        check(pthread_join(th[i], &r), "join");
        printf("pthread_exit value %ld\n", (long) r);
    }

    return 0;
}
