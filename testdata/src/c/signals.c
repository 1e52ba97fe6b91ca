/* Guest signal delivery: argv[1] picks the case. Every line printed is deterministic, so the
 * output can be compared byte for byte with qemu-aarch64's. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <sys/syscall.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

static sigjmp_buf env;
static volatile sig_atomic_t got, depth, maxdepth;
static volatile void *expected_addr;
static char *altstack;
static size_t altsize;

static void install(int sig, void (*fn)(int, siginfo_t *, void *), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = flags | SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) != 0) {
        perror("sigaction");
        exit(1);
    }
}

static void on_fault(int sig, siginfo_t *si, void *uc) {
    printf("handler: signo=%d code=%d addr %s\n", si->si_signo, si->si_code,
           si->si_addr == expected_addr ? "as expected" : "differs");
    fflush(stdout);
    siglongjmp(env, sig);
}

static void segv(void) {
    install(SIGSEGV, on_fault, 0);
    char *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    expected_addr = p + 12;
    if (sigsetjmp(env, 1) == 0) {
        ((volatile char *) p)[12] = 1;
        printf("not reached\n");
    }
    expected_addr = NULL;
    if (sigsetjmp(env, 1) == 0) {
        printf("%d\n", *(volatile int *) NULL);
    }
    /* the mask was restored by siglongjmp: a second fault is caught again */
    expected_addr = p + 100;
    if (sigsetjmp(env, 1) == 0) {
        ((volatile char *) p)[100] = 1;
    }
    munmap(p, 4096);
    expected_addr = p;
    if (sigsetjmp(env, 1) == 0) {
        printf("%d\n", *(volatile char *) p);
    }
    printf("recovered\n");
}

static void ill_trap(void) {
    install(SIGILL, on_fault, 0);
    install(SIGTRAP, on_fault, 0);
    extern char udf_here[], brk_here[];
    expected_addr = udf_here;
    if (sigsetjmp(env, 1) == 0) {
#if defined(__arm__)
        __asm__ volatile(".globl udf_here\nudf_here: .inst 0xe7f000f0"); /* udf #0; built with -marm */
#else
        __asm__ volatile(".globl udf_here\nudf_here: .inst 0x00000000");
#endif
    }
    expected_addr = brk_here;
    if (sigsetjmp(env, 1) == 0) {
#if defined(__arm__)
        __asm__ volatile(".globl brk_here\nbrk_here: bkpt #7");
#else
        __asm__ volatile(".globl brk_here\nbrk_here: brk #7");
#endif
    }
    printf("recovered\n");
}

static void bus(void) {
    install(SIGBUS, on_fault, 0);
    FILE *f = tmpfile();
    fputc('x', f);
    fflush(f);
    char *p = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE, fileno(f), 0);
    expected_addr = p + 4096;
    if (sigsetjmp(env, 1) == 0) {
        printf("%d\n", ((volatile char *) p)[4096]);
    }
    printf("recovered\n");
}

static void on_info(int sig, siginfo_t *si, void *uc) {
    got++;
    printf("handler: signo=%d code=%d pid %s uid %s value=%d\n", si->si_signo, si->si_code,
           si->si_pid == getpid() ? "self" : "other", si->si_uid == getuid() ? "self" : "other",
           si->si_code == SI_QUEUE ? si->si_value.sival_int : -1);
}

static void do_raise(void) {
    install(SIGUSR1, on_info, 0);
    raise(SIGUSR1);
    printf("after raise: got=%d\n", got);
    kill(getpid(), SIGUSR1);
    printf("after kill: got=%d\n", got);
    union sigval v = {.sival_int = 42};
    sigqueue(getpid(), SIGUSR1, v);
    printf("after sigqueue: got=%d\n", got);
}

static void blocked(void) {
    install(SIGUSR1, on_info, 0);
    sigset_t s, old, pend;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigprocmask(SIG_BLOCK, &s, &old);
    raise(SIGUSR1);
    raise(SIGUSR1);
    sigpending(&pend);
    printf("pending: %d, got=%d\n", sigismember(&pend, SIGUSR1), got);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("after unblock: got=%d\n", got);
    sigpending(&pend);
    printf("pending: %d\n", sigismember(&pend, SIGUSR1));
    /* real-time signals queue */
    sigaddset(&s, SIGRTMIN + 2);
    install(SIGRTMIN + 2, on_info, 0);
    sigprocmask(SIG_BLOCK, &s, NULL);
    for (int i = 0; i < 3; i++) {
        union sigval v = {.sival_int = i};
        sigqueue(getpid(), SIGRTMIN + 2, v);
    }
    got = 0;
    sigprocmask(SIG_UNBLOCK, &s, NULL);
    printf("rt delivered: %d\n", got);
    /* an ignored signal is discarded */
    signal(SIGUSR2, SIG_IGN);
    raise(SIGUSR2);
    printf("ignored SIGUSR2: still here\n");
}

static void on_count(int sig, siginfo_t *si, void *uc) {
    got++;
    depth++;
    if (depth > maxdepth) {
        maxdepth = depth;
    }
    if (got < 3) {
        raise(sig);
    }
    depth--;
}

static void on_once(int sig, siginfo_t *si, void *uc) {
    got++;
}

static void resethand(void) {
    install(SIGUSR1, on_once, SA_RESETHAND);
    got = 0;
    raise(SIGUSR1);
    struct sigaction sa;
    sigaction(SIGUSR1, NULL, &sa);
    printf("resethand: got=%d handler %s\n", got, sa.sa_handler == SIG_DFL ? "SIG_DFL" : "still set");
    raise(SIGUSR1); /* now the default action ends the process */
    printf("not reached\n");
}

static void nodefer(void) {
    got = 0;
    maxdepth = 0;
    install(SIGUSR1, on_count, SA_NODEFER);
    raise(SIGUSR1);
    printf("nodefer: got=%d maxdepth=%d\n", got, maxdepth);
    got = 0;
    maxdepth = 0;
    install(SIGUSR1, on_count, 0);
    raise(SIGUSR1);
    printf("deferred: got=%d maxdepth=%d\n", got, maxdepth);
}

static void on_alt(int sig, siginfo_t *si, void *uc) {
    char local;
    stack_t ss;
    sigaltstack(NULL, &ss);
    printf("on alt stack: %d, SS_ONSTACK: %d\n", &local >= altstack && &local < altstack + altsize,
           (ss.ss_flags & SS_ONSTACK) != 0);
    ucontext_t *u = uc;
    printf("uc_stack.ss_size ok: %d\n", u->uc_stack.ss_size == altsize);
}

static void altstack_case(void) {
    altsize = 64 * 1024;
    altstack = malloc(altsize);
    stack_t ss = {.ss_sp = altstack, .ss_size = altsize, .ss_flags = 0};
    printf("sigaltstack: %d\n", sigaltstack(&ss, NULL));
    stack_t small = {.ss_sp = altstack, .ss_size = 100, .ss_flags = 0};
    printf("too small: %d %s\n", sigaltstack(&small, NULL), strerror(errno));
    install(SIGUSR1, on_alt, SA_ONSTACK);
    raise(SIGUSR1);
    stack_t now;
    sigaltstack(NULL, &now);
    printf("after: flags=%d\n", now.ss_flags);
    install(SIGUSR2, on_alt, 0);
    raise(SIGUSR2);
}

static void on_skip(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
#if defined(__arm__)
    uc->uc_mcontext.arm_pc += 4; /* skip the faulting instruction (A32: built with -marm) */
    uc->uc_mcontext.arm_r0 = 1234;
#else
    uc->uc_mcontext.pc += 4; /* skip the faulting instruction */
    uc->uc_mcontext.regs[0] = 1234;
#endif
    got++;
}

static void edit_context(void) {
    install(SIGSEGV, on_skip, 0);
    long r;
#if defined(__arm__)
    __asm__ volatile("mov r0, #7\n"
                     "mov r2, #0\n"
                     "ldr r1, [r2]\n" /* faults; the handler skips it and sets r0 */
                     "mov %0, r0\n"
                     : "=r"(r) : : "r0", "r1", "r2", "memory");
#else
    __asm__ volatile("mov x0, #7\n"
                     "mov x2, xzr\n"
                     "ldr x1, [x2]\n" /* faults; the handler skips it and sets x0 */
                     "mov %0, x0\n"
                     : "=r"(r) : : "x0", "x1", "x2", "memory");
#endif
    printf("skipped: got=%d x0=%ld\n", got, r);
}

static void on_nested_inner(int sig, siginfo_t *si, void *uc) {
    printf("inner %d\n", sig);
}

static void on_nested_outer(int sig, siginfo_t *si, void *uc) {
    printf("outer begins %d\n", sig);
    raise(SIGUSR2);
    printf("outer ends %d\n", sig);
}

static void nested(void) {
    install(SIGUSR1, on_nested_outer, 0);
    install(SIGUSR2, on_nested_inner, 0);
    raise(SIGUSR1);
    printf("done\n");
}

static void on_alarm(int sig) {
    got++;
}

static void alarm_pause(void) {
    signal(SIGALRM, on_alarm);
    got = 0;
    alarm(1);
    int r = pause();
    printf("pause: %d %s got=%d\n", r, strerror(errno), got);
    sigset_t s, empty;
    sigemptyset(&s);
    sigaddset(&s, SIGALRM);
    sigprocmask(SIG_BLOCK, &s, NULL);
    struct itimerval it = {{0, 0}, {0, 200000}};
    setitimer(ITIMER_REAL, &it, NULL);
    sigemptyset(&empty);
    r = sigsuspend(&empty);
    printf("sigsuspend: %d %s got=%d\n", r, strerror(errno), got);
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    printf("mask restored: %d\n", sigismember(&cur, SIGALRM));
}

static void timedwait(void) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGRTMIN);
    sigprocmask(SIG_BLOCK, &s, NULL);
    union sigval v = {.sival_int = 77};
    sigqueue(getpid(), SIGRTMIN, v);
    siginfo_t si;
    struct timespec ts = {0, 100000000};
    int r = sigtimedwait(&s, &si, &ts);
    printf("sigtimedwait: %d (SIGRTMIN+%d) code=%d value=%d\n", r, r - SIGRTMIN, si.si_code, si.si_value.sival_int);
    r = sigtimedwait(&s, &si, &ts);
    printf("timeout: %d %s\n", r, strerror(errno));
    raise(SIGUSR1);
    int sig;
    sigwait(&s, &sig);
    printf("sigwait: %d\n", sig);
}

static int pipefd[2];

static void *late_writer(void *arg) {
    usleep(300000);
    write(pipefd[1], "x", 1);
    return NULL;
}

static void pipe_read(int restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, NULL);
    pipe(pipefd);
    got = 0;
    struct itimerval it = {{0, 0}, {0, 100000}};
    setitimer(ITIMER_REAL, &it, NULL);
    char c;
    if (restart) {
        /* the read restarts after the handler and completes when the writer writes */
        pthread_t t;
        pthread_create(&t, NULL, late_writer, NULL);
        ssize_t n = read(pipefd[0], &c, 1);
        printf("read: %zd got=%d\n", n, got);
        pthread_join(t, NULL);
    } else {
        ssize_t n = read(pipefd[0], &c, 1);
        printf("read: %zd %s got=%d\n", n, strerror(errno), got);
    }
}

static void on_write_tick(int sig) {
    if (++got == 3) {
        write(pipefd[1], "y", 1);
    }
}

static void itimer_restart(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_write_tick;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    pipe(pipefd);
    got = 0;
    struct itimerval it = {{0, 50000}, {0, 50000}};
    setitimer(ITIMER_REAL, &it, NULL);
    char c = 0;
    ssize_t n = read(pipefd[0], &c, 1);
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    printf("read: %zd '%c' ticks=%d\n", n, c, got);
}

static void on_fp(int sig) {
    /* clobber the FP/SIMD registers the interrupted code holds values in */
#if defined(__arm__)
    __asm__ volatile("vmov.i8 d8, #0x55\nvmov.i8 d9, #0x66\nvmov.i8 d16, #0x77\nvmov.i8 d31, #0x11\n"
                     "vmov.f64 d0, #1.0\n" ::: "d0", "d8", "d9", "d16", "d31");
#else
    __asm__ volatile("movi v8.16b, #0x55\nmovi v9.16b, #0x66\nmovi v16.16b, #0x77\nmovi v31.16b, #0x11\n"
                     "fmov d0, #1.0\n" ::: "v0", "v8", "v9", "v16", "v31");
#endif
}

static void fp_preserved(void) {
    signal(SIGUSR1, on_fp);
    double out[4];
#if defined(__arm__)
    __asm__ volatile("vmov.f64 d8, #2.5\n"
                     "vmov.f64 d9, #-3.0\n"
                     "vmov.f64 d16, #0.125\n"
                     "vmov.f64 d31, #10.0\n"
                     "mov r7, #37\n" /* kill(getpid(), SIGUSR1) */
                     "mov r0, %1\n"
                     "mov r1, #10\n"
                     "svc #0\n"
                     "vstr d8, [%0]\n"
                     "vstr d9, [%0, #8]\n"
                     "vstr d16, [%0, #16]\n"
                     "vstr d31, [%0, #24]\n"
                     : : "r"(out), "r"((long) getpid())
                     : "r0", "r1", "r7", "d8", "d9", "d16", "d31", "memory");
#else
    __asm__ volatile("fmov d8, #2.5\n"
                     "fmov d9, #-3.0\n"
                     "fmov d16, #0.125\n"
                     "fmov d31, #10.0\n"
                     "mov x8, #129\n" /* kill(getpid(), SIGUSR1) */
                     "mov x0, %1\n"
                     "mov x1, #10\n"
                     "svc #0\n"
                     "str d8, [%0]\n"
                     "str d9, [%0, #8]\n"
                     "str d16, [%0, #16]\n"
                     "str d31, [%0, #24]\n"
                     : : "r"(out), "r"((long) getpid())
                     : "x0", "x1", "x8", "v8", "v9", "v16", "v31", "memory");
#endif
    printf("fp: %g %g %g %g\n", out[0], out[1], out[2], out[3]);
}

static void nanosleep_eintr(void) {
    signal(SIGALRM, on_alarm);
    struct itimerval it = {{0, 0}, {0, 100000}};
    setitimer(ITIMER_REAL, &it, NULL);
    struct timespec req = {5, 0}, rem = {0, 0};
    int r = nanosleep(&req, &rem);
    printf("nanosleep: %d %s rem plausible: %d\n", r, strerror(errno), rem.tv_sec >= 3 && rem.tv_sec <= 5);
}

/* The first thread answers to the pid as a tid (jemu runs it on a JVM thread of another tid). */
static void tkill_pid(void) {
    install(SIGUSR1, on_info, 0);
    long r = syscall(SYS_tkill, getpid(), SIGUSR1);
    printf("tkill(getpid()): %ld got=%d\n", r, got);
    got = 0;
    r = syscall(SYS_tgkill, getpid(), getpid(), SIGUSR1);
    printf("tgkill(getpid(), getpid()): %ld got=%d\n", r, got);
}

int main(int argc, char **argv) {
    const char *what = argc > 1 ? argv[1] : "";
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!strcmp(what, "segv")) segv();
    else if (!strcmp(what, "ill-trap")) ill_trap();
    else if (!strcmp(what, "bus")) bus();
    else if (!strcmp(what, "raise")) do_raise();
    else if (!strcmp(what, "blocked")) blocked();
    else if (!strcmp(what, "resethand")) resethand();
    else if (!strcmp(what, "nodefer")) nodefer();
    else if (!strcmp(what, "altstack")) altstack_case();
    else if (!strcmp(what, "edit-context")) edit_context();
    else if (!strcmp(what, "nested")) nested();
    else if (!strcmp(what, "alarm")) alarm_pause();
    else if (!strcmp(what, "timedwait")) timedwait();
    else if (!strcmp(what, "read-eintr")) pipe_read(0);
    else if (!strcmp(what, "read-restart")) pipe_read(1);
    else if (!strcmp(what, "itimer-restart")) itimer_restart();
    else if (!strcmp(what, "fp")) fp_preserved();
    else if (!strcmp(what, "nanosleep")) nanosleep_eintr();
    else if (!strcmp(what, "tkill-pid")) tkill_pid();
    else if (!strcmp(what, "term")) { printf("dying\n"); raise(SIGTERM); printf("not reached\n"); }
    else if (!strcmp(what, "abort")) { printf("aborting\n"); abort(); }
    else if (!strcmp(what, "blocked-segv")) {
        sigset_t s; sigemptyset(&s); sigaddset(&s, SIGSEGV); sigprocmask(SIG_BLOCK, &s, NULL);
        printf("%d\n", *(volatile int *) NULL);
    }
    else if (!strcmp(what, "wait-read")) {
        /* for SignalsIT: a handler for SIGUSR1, then a read that only a signal ends */
        install(SIGUSR1, on_info, 0);
        printf("ready\n");
        char c;
        ssize_t n = read(0, &c, 1);
        printf("read: %zd %s got=%d\n", n, n < 0 ? strerror(errno) : "", got);
    }
    else if (!strcmp(what, "wait-sleep")) {
        printf("ready\n");
        sleep(30);
        printf("slept\n");
    }
    else { fprintf(stderr, "usage: signals CASE\n"); return 2; }
    return 0;
}
