/* POSIX timers (timer_create & co.) and signalfd: each case prints only stable facts (no times,
 * no timer ids, which qemu-user renumbers), so the output compares with qemu-aarch64. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got;
static volatile int got_code, got_value, got_signo;

static void on_info(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    got_signo = sig;
    got_code = si->si_code;
    got_value = si->si_value.sival_int;
    got = 1;
}

static void handle(int sig, int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO | flags;
    sigaction(sig, &sa, NULL);
}

static void block(int sig) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_BLOCK, &s, NULL);
}

static void arm(timer_t id, int flags, long long value_ns, long long interval_ns) {
    struct itimerspec its = {{interval_ns / 1000000000, interval_ns % 1000000000},
                             {value_ns / 1000000000, value_ns % 1000000000}};
    if (timer_settime(id, flags, &its, NULL) != 0) {
        perror("timer_settime");
        exit(1);
    }
}

static timer_t make(clockid_t clock, int notify, int sig, int value) {
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = notify;
    sev.sigev_signo = sig;
    sev.sigev_value.sival_int = value;
    timer_t id;
    if (timer_create(clock, &sev, &id) != 0) {
        perror("timer_create");
        exit(1);
    }
    return id;
}

/* A call's result, and its errno when it failed (errno read after the call). */
static void show(const char *what, long r) {
    if (r < 0) {
        printf("%s: %ld %s\n", what, r, strerror(errno));
    } else {
        printf("%s: %ld\n", what, r);
    }
}

static long long ns(const struct timespec *t) {
    return (long long) t->tv_sec * 1000000000LL + t->tv_nsec;
}

static void msleep(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000};
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

/* SIGEV_SIGNAL to a handler: si_code, si_value, and that the signal came from this very timer. */
static void case_signal(void) {
    handle(SIGUSR1, 0);
    timer_t id = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 42);
    timer_t id2 = make(CLOCK_REALTIME, SIGEV_NONE, 0, 0);
    printf("second id follows the first: %s\n", (intptr_t) id2 == (intptr_t) id + 1 ? "yes" : "no");
    arm(id, 0, 20000000, 0);
    sigset_t none;
    sigemptyset(&none);
    while (!got) {
        sigsuspend(&none);
    }
    printf("signal %d code %s value %d\n", got_signo, got_code == SI_TIMER ? "SI_TIMER" : "other", got_value);
    struct itimerspec cur;
    timer_gettime(id, &cur);
    printf("one-shot after expiry: %lld %lld\n", ns(&cur.it_value), ns(&cur.it_interval));
    printf("delete: %d\n", timer_delete(id));
    show("delete again", timer_delete(id));
    printf("delete SIGEV_NONE timer: %d\n", timer_delete(id2));
}

/* A blocked interval timer counts overruns; sigwaitinfo takes it with si_overrun. */
static void case_overrun(void) {
    block(SIGUSR2);
    timer_t id = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR2, 7);
    arm(id, 0, 5000000, 5000000);
    msleep(120);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    siginfo_t si;
    int sig = sigwaitinfo(&s, &si);
    int over = timer_getoverrun(id);
    printf("sigwaitinfo: %d code %s value %d\n", sig, si.si_code == SI_TIMER ? "SI_TIMER" : "other",
           si.si_value.sival_int);
    printf("overrun counted: %s, getoverrun agrees: %s\n", si.si_overrun >= 10 ? "yes" : "no",
           over == si.si_overrun ? "yes" : "no");
    struct itimerspec cur;
    timer_gettime(id, &cur);
    printf("interval %lld, value within it: %s\n", ns(&cur.it_interval),
           ns(&cur.it_value) > 0 && ns(&cur.it_value) <= 5000000 ? "yes" : "no");
    arm(id, 0, 0, 0);
    timer_gettime(id, &cur);
    printf("disarmed: %lld %lld\n", ns(&cur.it_value), ns(&cur.it_interval));
    timer_delete(id);
}

/* TIMER_ABSTIME: fires at the given time, not before; in the past: at once. */
static void case_abstime(void) {
    block(SIGRTMIN);
    timer_t id = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGRTMIN, 3);
    struct timespec now, after;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long at = ns(&now) + 30000000;
    arm(id, TIMER_ABSTIME, at, 0);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN);
    siginfo_t si;
    int sig = sigwaitinfo(&s, &si);
    clock_gettime(CLOCK_MONOTONIC, &after);
    printf("absolute: SIGRTMIN %s, not early: %s\n", sig == SIGRTMIN ? "yes" : "no", ns(&after) >= at ? "yes" : "no");
    arm(id, TIMER_ABSTIME, 1, 0); /* long past */
    struct timespec one = {1, 0};
    printf("past absolute fires: %s\n", sigtimedwait(&s, &si, &one) == SIGRTMIN ? "yes" : "no");
    timer_delete(id);
}

/* timer_gettime counts down; timer_settime returns the old value. */
static void case_gettime(void) {
    timer_t id = make(CLOCK_BOOTTIME, SIGEV_NONE, 0, 0);
    arm(id, 0, 10000000000LL, 0);
    struct itimerspec a, b, old;
    timer_gettime(id, &a);
    msleep(5);
    timer_gettime(id, &b);
    printf("decreases: %s, above 9s: %s\n", ns(&b.it_value) < ns(&a.it_value) ? "yes" : "no",
           ns(&b.it_value) > 9000000000LL ? "yes" : "no");
    struct itimerspec zero = {{0, 0}, {0, 0}};
    timer_settime(id, 0, &zero, &old);
    printf("old value above 9s: %s\n", ns(&old.it_value) > 9000000000LL ? "yes" : "no");
    timer_gettime(id, &b);
    printf("after disarm, SIGEV_NONE keeps counting down: %s\n", ns(&b.it_value) > 9000000000LL ? "yes" : "no");
    timer_delete(id);
}

static volatile pid_t worker_tid;
static volatile int worker_sig, worker_right;

static void *worker(void *arg) {
    (void) arg;
    worker_tid = gettid();
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN + 1);
    siginfo_t si;
    worker_sig = sigwaitinfo(&s, &si);
    worker_right = si.si_code == SI_TIMER && si.si_value.sival_int == 5;
    return NULL;
}

/* SIGEV_THREAD_ID: the signal goes to that thread; a tid outside the process is EINVAL. */
static void case_thread_id(void) {
    block(SIGRTMIN + 1);
    pthread_t th;
    pthread_create(&th, NULL, worker, NULL);
    while (!worker_tid) {
        msleep(1);
    }
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGRTMIN + 1;
    sev.sigev_value.sival_int = 5;
    sev._sigev_un._tid = worker_tid;
    timer_t id;
    printf("create: %d\n", timer_create(CLOCK_MONOTONIC, &sev, &id));
    arm(id, 0, 10000000, 0);
    pthread_join(th, NULL);
    printf("worker took it: %s, siginfo right: %s\n", worker_sig == SIGRTMIN + 1 ? "yes" : "no",
           worker_right ? "yes" : "no");
    timer_delete(id);
    sev._sigev_un._tid = getppid();
    show("foreign tid", timer_create(CLOCK_MONOTONIC, &sev, &id));
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int callback_value;
static pid_t callback_tid;

static void callback(union sigval v) {
    pthread_mutex_lock(&lock);
    callback_value = v.sival_int;
    callback_tid = gettid();
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
}

/* SIGEV_THREAD: glibc's helper thread waits for SIGTIMER and runs the callback in a new thread. */
static void case_thread(void) {
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = callback;
    sev.sigev_value.sival_int = 99;
    timer_t id;
    if (timer_create(CLOCK_MONOTONIC, &sev, &id) != 0) {
        perror("timer_create SIGEV_THREAD");
        return;
    }
    arm(id, 0, 10000000, 0);
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 5;
    pthread_mutex_lock(&lock);
    while (!callback_value) {
        if (pthread_cond_timedwait(&cond, &lock, &until) != 0) {
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    printf("callback value %d, in another thread: %s\n", callback_value, callback_tid != gettid() ? "yes" : "no");
    timer_delete(id);
}

/* The calls' error cases. */
static void case_errors(void) {
    struct sigevent sev;
    timer_t id;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    errno = 0;
    show("bad clock", timer_create(99, &sev, &id));
    errno = 0;
    show("clock 10", timer_create(10, &sev, &id));
    errno = 0;
    show("CLOCK_MONOTONIC_RAW", timer_create(CLOCK_MONOTONIC_RAW, &sev, &id));
    errno = 0;
    show("CLOCK_REALTIME_COARSE", timer_create(CLOCK_REALTIME_COARSE, &sev, &id));
    sev.sigev_signo = 0;
    errno = 0;
    show("signal 0", timer_create(CLOCK_REALTIME, &sev, &id));
    sev.sigev_signo = 65;
    errno = 0;
    show("signal 65", timer_create(CLOCK_REALTIME, &sev, &id));
    sev.sigev_signo = SIGUSR1;
    sev.sigev_notify = 7;
    errno = 0;
    show("notify 7", timer_create(CLOCK_REALTIME, &sev, &id));
    sev.sigev_notify = SIGEV_NONE;
    timer_create(CLOCK_REALTIME, &sev, &id);
    struct itimerspec its = {{0, 0}, {0, 1000000000}};
    errno = 0;
    show("nsec 1e9", timer_settime(id, 0, &its, NULL));
    its.it_value.tv_nsec = 0;
    its.it_interval.tv_sec = -1;
    errno = 0;
    show("negative interval", timer_settime(id, 0, &its, NULL));
    timer_delete(id);
    errno = 0;
    show("settime deleted", timer_settime(id, 0, &its, NULL));
    errno = 0;
    show("gettime deleted", timer_gettime(id, &its));
    errno = 0;
    show("getoverrun deleted", timer_getoverrun(id));
    errno = 0;
    show("settime NULL", syscall(SYS_timer_settime, 0, 0, NULL, NULL));
}

/* A timer interrupts a blocking read (EINTR without SA_RESTART). */
static void case_eintr(void) {
    handle(SIGALRM, 0);
    got = 0;
    timer_t id;
    if (timer_create(CLOCK_MONOTONIC, NULL, &id) != 0) { /* NULL: SIGEV_SIGNAL, SIGALRM */
        perror("timer_create");
        return;
    }
    int fds[2];
    pipe(fds);
    char c;
    /* An empty read first: an emulator's first read runs cold code, which under load could take
     * longer than the timer, and a signal before the read would leave it blocked for good. */
    read(fds[0], &c, 0);
    arm(id, 0, 20000000, 0);
    ssize_t n = read(fds[0], &c, 1);
    printf("read: %zd %s, handler ran: %s, signal %d code %s\n", n, strerror(errno), got ? "yes" : "no", got_signo,
           got_code == SI_TIMER ? "SI_TIMER" : "other");
    timer_delete(id);
}

/* A forked child has none of its parent's timers. */
static void case_fork(void) {
    timer_t id = make(CLOCK_MONOTONIC, SIGEV_NONE, 0, 0);
    arm(id, 0, 10000000000LL, 0);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        struct itimerspec cur;
        show("child gettime of the parent's timer", timer_gettime(id, &cur));
        exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    struct itimerspec cur;
    printf("parent still has it: %d\n", timer_gettime(id, &cur));
    timer_delete(id);
}

/* signalfd: reads, EAGAIN, poll readiness, mask update, a timer's signal, a fork. */
static void case_signalfd(void) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigprocmask(SIG_BLOCK, &s, NULL);
    int fd = signalfd(-1, &s, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("signalfd: %s\n", fd >= 0 ? "ok" : strerror(errno));
    struct signalfd_siginfo fi;
    errno = 0;
    show("empty read", read(fd, &fi, sizeof fi));
    struct pollfd pfd = {fd, POLLIN, 0};
    printf("poll empty: %d\n", poll(&pfd, 1, 0));
    kill(getpid(), SIGUSR1);
    int ready = poll(&pfd, 1, 1000);
    printf("poll after kill: %d revents %d\n", ready, pfd.revents);
    ssize_t n = read(fd, &fi, sizeof fi);
    printf("read %zd: signo %u code %d pid ok %s\n", n, fi.ssi_signo, fi.ssi_code,
           fi.ssi_pid == (uint32_t) getpid() ? "yes" : "no");
    printf("poll drained: %d\n", poll(&pfd, 1, 0));
    errno = 0;
    show("short buffer", read(fd, &fi, 64));
    /* A timer's signal through signalfd. */
    block(SIGUSR2);
    sigaddset(&s, SIGUSR2);
    printf("mask update: %s\n", signalfd(fd, &s, 0) == fd ? "same fd" : "other");
    timer_t id = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR2, 11);
    arm(id, 0, 10000000, 0);
    printf("poll for the timer: %d\n", poll(&pfd, 1, 5000));
    n = read(fd, &fi, sizeof fi);
    printf("read %zd: signo %u code %s int %d\n", n, fi.ssi_signo, (int) fi.ssi_code == SI_TIMER ? "SI_TIMER" : "other",
           fi.ssi_int);
    timer_delete(id);
    /* Two pending signals, one read of two records. */
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR2);
    struct signalfd_siginfo two[2];
    n = read(fd, two, sizeof two);
    printf("read %zd: %u %u\n", n, two[0].ssi_signo, two[1].ssi_signo);
    /* A blocking signalfd woken by a signal from another thread's timer. */
    int bfd = signalfd(-1, &s, 0);
    timer_t id2 = make(CLOCK_MONOTONIC, SIGEV_SIGNAL, SIGUSR1, 12);
    arm(id2, 0, 20000000, 0);
    n = read(bfd, &fi, sizeof fi);
    printf("blocking read %zd: signo %u int %d\n", n, fi.ssi_signo, fi.ssi_int);
    timer_delete(id2);
    /* The child reads its own signals through the inherited descriptor. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        kill(getpid(), SIGUSR2);
        n = read(bfd, &fi, sizeof fi);
        printf("child read %zd: signo %u pid is the child's: %s\n", n, fi.ssi_signo,
               fi.ssi_pid == (uint32_t) getpid() ? "yes" : "no");
        exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    errno = 0;
    show("parent has nothing", read(fd, &fi, sizeof fi));
    close(fd);
    close(bfd);
}

int main(int argc, char **argv) {
    const char *c = argc > 1 ? argv[1] : "";
    if (!strcmp(c, "signal")) case_signal();
    else if (!strcmp(c, "overrun")) case_overrun();
    else if (!strcmp(c, "abstime")) case_abstime();
    else if (!strcmp(c, "gettime")) case_gettime();
    else if (!strcmp(c, "thread-id")) case_thread_id();
    else if (!strcmp(c, "thread")) case_thread();
    else if (!strcmp(c, "errors")) case_errors();
    else if (!strcmp(c, "eintr")) case_eintr();
    else if (!strcmp(c, "fork")) case_fork();
    else if (!strcmp(c, "signalfd")) case_signalfd();
    else {
        fprintf(stderr, "usage: timers signal|overrun|abstime|gettime|thread-id|thread|errors|eintr|fork|signalfd\n");
        return 2;
    }
    return 0;
}
