/*
 * Descriptors that stand for events: eventfd, epoll (over pipes, eventfds and timers, with
 * 64-bit data words that must come back exactly as given), timerfd, inotify (in a scratch
 * directory, argv[2]) and pidfd. Prints counts and flags, never times or descriptor numbers.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHECK(call) report(#call, (long) (call))

static long report(const char *what, long r) {
    if (r < 0) {
        printf("%-64s = -1 %s\n", what, strerror(errno));
    } else {
        printf("%-64s = %ld\n", what, r);
    }
    return r;
}

static void cloexec_of(const char *what, int fd) {
    int f = fcntl(fd, F_GETFD), fl = fcntl(fd, F_GETFL);
    printf("%s: FD_CLOEXEC %s, O_NONBLOCK %s\n", what, (f & FD_CLOEXEC) ? "set" : "clear",
            (fl & O_NONBLOCK) ? "set" : "clear");
}

static int eventfds(void) {
    int e = eventfd(3, 0);
    cloexec_of("eventfd(3, 0)", e);
    uint64_t v = 0;
    CHECK(read(e, &v, sizeof v));
    printf("value %llu\n", (unsigned long long) v);
    v = 5;
    CHECK(write(e, &v, sizeof v));
    v = 7;
    CHECK(write(e, &v, sizeof v));
    CHECK(read(e, &v, sizeof v));
    printf("value %llu\n", (unsigned long long) v);
    CHECK(read(e, &v, 4));
    v = UINT64_MAX;
    CHECK(write(e, &v, sizeof v));
    int s = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
    cloexec_of("eventfd(2, EFD_SEMAPHORE|EFD_NONBLOCK|EFD_CLOEXEC)", s);
    for (int i = 0; i < 3; i++) {
        v = 0;
        long n = read(s, &v, sizeof v);
        printf("semaphore read %d: %ld %s value %llu\n", i, n, n < 0 ? strerror(errno) : "", (unsigned long long) v);
    }
    CHECK(eventfd(0, 0x7));
    return 0;
}

static int by_data(const void *a, const void *b) {
    uint64_t x = ((const struct epoll_event *) a)->data.u64, y = ((const struct epoll_event *) b)->data.u64;
    return x < y ? -1 : x > y;
}

static void wait_and_show(const char *what, int ep, int timeout) {
    struct epoll_event ev[8];
    memset(ev, 0xa5, sizeof ev);
    int n = epoll_wait(ep, ev, 8, timeout);
    if (n < 0) {
        printf("%s: epoll_wait -1 %s\n", what, strerror(errno));
        return;
    }
    qsort(ev, n, sizeof ev[0], by_data);
    printf("%s: %d event(s)", what, n);
    for (int i = 0; i < n; i++) {
        printf(" [%#x %#llx]", ev[i].events, (unsigned long long) ev[i].data.u64);
    }
    printf("\n");
}

static volatile int signals_seen;
static void on_signal(int sig) {
    signals_seen++;
    (void) sig;
}

static int epoll(void) {
    int ep = epoll_create1(EPOLL_CLOEXEC);
    cloexec_of("epoll_create1(EPOLL_CLOEXEC)", ep);
    CHECK(epoll_create1(1));
    CHECK(epoll_create(0));
    int p[2];
    CHECK(pipe(p));
    int e = eventfd(0, EFD_NONBLOCK);
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0x1122334455667788ULL};
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    ev.events = EPOLLIN | EPOLLET;
    ev.data.u64 = 0x8000000000000001ULL;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, e, &ev));
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL));
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev));
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev));
    CHECK(epoll_ctl(p[0], EPOLL_CTL_ADD, e, &ev));
    CHECK(epoll_ctl(ep, 99, e, &ev));
    wait_and_show("nothing ready", ep, 0);
    CHECK(write(p[1], "x", 1));
    wait_and_show("pipe readable", ep, 0);
    uint64_t one = 1;
    CHECK(write(e, &one, sizeof one));
    wait_and_show("both", ep, -1);
    wait_and_show("edge-triggered eventfd reported once", ep, 0);
    ev.events = EPOLLOUT;
    ev.data.u64 = 42;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev));
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u64 = 0xfffffffffffffffeULL;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
    wait_and_show("after MOD and the write end", ep, 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], &ev));
    close(p[1]);
    wait_and_show("write end closed", ep, 0);
    /* epoll_wait's own checks */
    struct epoll_event out[2];
    CHECK(epoll_wait(ep, out, 0, 0));
    CHECK(syscall(SYS_epoll_pwait, ep, out, -1, 0, NULL, 8));
    CHECK(epoll_wait(p[0], out, 2, 0));
    /* a timeout, then a signal during an infinite wait: EINTR even under SA_RESTART */
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CHECK(epoll_wait(ep, out, 2, 30));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    printf("waited at least 30 ms: %s\n", ms >= 29 ? "yes" : "no");
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 0}, {0, 50 * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
    CHECK(epoll_wait(ep, out, 2, -1));
    printf("signals seen: %d\n", signals_seen);
    /* epoll_pwait: SIGUSR1 blocked, unblocked only while waiting, already pending: EINTR at once */
    sigset_t block, during;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("blocked, pending; signals seen: %d\n", signals_seen);
    sigemptyset(&during);
    CHECK(epoll_pwait(ep, out, 2, -1, &during));
    printf("signals seen: %d\n", signals_seen);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("SIGUSR1 blocked again: %s\n", sigismember(&now, SIGUSR1) ? "yes" : "no");
    CHECK(syscall(SYS_epoll_pwait, ep, out, 2, 0, &during, 4));
    return 0;
}

/*
 * Where qemu-user 7.2 is not Linux (checked against the same program built for x86-64): it has
 * no epoll_pwait2 (Linux 5.11), and it answers EFAULT for a NULL event array, which Linux's
 * access_ok() lets through when no event is ready.
 */
static int not_qemu(void) {
    int ep = epoll_create1(0);
    int p[2];
    CHECK(pipe(p));
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0x0123456789abcdefULL}, out[2];
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    struct timespec ts = {0, 10 * 1000 * 1000};
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 2, &ts, NULL, 8));
    CHECK(write(p[1], "x", 1));
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 2, NULL, NULL, 8));
    printf("event %#x data %#llx\n", out[0].events, (unsigned long long) out[0].data.u64);
    ts.tv_nsec = -1;
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 2, &ts, NULL, 8));
    sigset_t none;
    sigemptyset(&none);
    CHECK(syscall(SYS_epoll_pwait2, ep, out, 2, NULL, &none, 4));
    int empty = epoll_create1(0);
    CHECK(syscall(SYS_epoll_pwait, empty, NULL, 2, 0, NULL, 8));
    return 0;
}

static int timerfds(void) {
    int t = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    cloexec_of("timerfd_create(TFD_NONBLOCK|TFD_CLOEXEC)", t);
    struct itimerspec cur;
    CHECK(timerfd_gettime(t, &cur));
    printf("disarmed: %ld %ld\n", (long) cur.it_value.tv_sec, (long) cur.it_value.tv_nsec);
    uint64_t n = 0;
    CHECK(read(t, &n, sizeof n));
    struct itimerspec one = {{0, 0}, {0, 20 * 1000 * 1000}}, old;
    CHECK(timerfd_settime(t, 0, &one, &old));
    CHECK(timerfd_gettime(t, &cur));
    printf("armed, at most 20 ms left: %s\n",
            cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 20000000 ? "yes" : "no");
    struct pollfd pf = {t, POLLIN, 0};
    CHECK(poll(&pf, 1, 1000));
    CHECK(read(t, &n, sizeof n));
    printf("expirations %llu\n", (unsigned long long) n);
    struct itimerspec periodic = {{0, 5 * 1000 * 1000}, {0, 5 * 1000 * 1000}};
    CHECK(timerfd_settime(t, 0, &periodic, &old));
    printf("old value disarmed: %s\n", old.it_value.tv_sec == 0 && old.it_value.tv_nsec == 0 ? "yes" : "no");
    struct timespec d = {0, 40 * 1000 * 1000};
    nanosleep(&d, NULL);
    CHECK(read(t, &n, sizeof n));
    printf("several expirations: %s\n", n >= 2 ? "yes" : "no");
    CHECK(timerfd_settime(t, 0, &one, &old));
    printf("old interval 5 ms: %ld\n", old.it_interval.tv_nsec);
    /* an absolute time in the past fires at once */
    struct itimerspec past = {{0, 0}, {1, 0}};
    CHECK(timerfd_settime(t, TFD_TIMER_ABSTIME, &past, NULL));
    CHECK(read(t, &n, sizeof n));
    int b = timerfd_create(CLOCK_REALTIME, 0);
    struct itimerspec soon = {{0, 0}, {0, 10 * 1000 * 1000}};
    CHECK(timerfd_settime(b, 0, &soon, NULL));
    CHECK(read(b, &n, sizeof n)); /* blocks until it fires */
    printf("blocking read: %llu\n", (unsigned long long) n);
    CHECK(timerfd_create(12345, 0));
    CHECK(timerfd_settime(b, 0, NULL, NULL));
    one.it_value.tv_nsec = 1000000000;
    CHECK(timerfd_settime(b, 0, &one, NULL));
    return 0;
}

static const char *mask_name(uint32_t m) {
    static char buf[128];
    buf[0] = 0;
    const struct {
        uint32_t bit;
        const char *name;
    } names[] = {{IN_ACCESS, "ACCESS"}, {IN_MODIFY, "MODIFY"}, {IN_ATTRIB, "ATTRIB"}, {IN_CLOSE_WRITE, "CLOSE_WRITE"},
            {IN_CLOSE_NOWRITE, "CLOSE_NOWRITE"}, {IN_OPEN, "OPEN"}, {IN_MOVED_FROM, "MOVED_FROM"},
            {IN_MOVED_TO, "MOVED_TO"}, {IN_CREATE, "CREATE"}, {IN_DELETE, "DELETE"}, {IN_DELETE_SELF, "DELETE_SELF"},
            {IN_IGNORED, "IGNORED"}, {IN_ISDIR, "ISDIR"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (m & names[i].bit) {
            strcat(buf, buf[0] ? "|" : "");
            strcat(buf, names[i].name);
        }
    }
    return buf;
}

static void drain(int in, int wd1, int wd2) {
    char buf[4096] __attribute__((aligned(8)));
    long n = read(in, buf, sizeof buf);
    if (n < 0) {
        printf("read: %s\n", strerror(errno));
        return;
    }
    for (char *p = buf; p < buf + n;) {
        struct inotify_event *e = (struct inotify_event *) p;
        printf("event: wd %s mask %s cookie %s name '%s'\n", e->wd == wd1 ? "dir" : e->wd == wd2 ? "file" : "?",
                mask_name(e->mask), e->cookie ? "set" : "0", e->len ? e->name : "");
        p += sizeof *e + e->len;
    }
}

static int inotify(const char *dir) {
    int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    cloexec_of("inotify_init1(IN_NONBLOCK|IN_CLOEXEC)", in);
    int wd = inotify_add_watch(in, dir, IN_CREATE | IN_MODIFY | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO);
    CHECK(wd >= 0);
    drain(in, wd, -1);
    char path[4096], moved[4096];
    snprintf(path, sizeof path, "%s/watched", dir);
    snprintf(moved, sizeof moved, "%s/renamed", dir);
    int f = open(path, O_CREAT | O_WRONLY, 0644);
    CHECK(write(f, "data", 4));
    close(f);
    drain(in, wd, -1);
    int fw = inotify_add_watch(in, path, IN_ATTRIB | IN_DELETE_SELF);
    CHECK(fw >= 0 && fw != wd);
    CHECK(inotify_add_watch(in, path, IN_ATTRIB | IN_DELETE_SELF) == fw);
    CHECK(chmod(path, 0600));
    CHECK(rename(path, moved));
    CHECK(unlink(moved));
    drain(in, wd, fw);
    CHECK(inotify_rm_watch(in, wd));
    drain(in, wd, fw);
    CHECK(inotify_rm_watch(in, wd));
    CHECK(inotify_add_watch(in, "/nonexistent/x", IN_CREATE));
    CHECK(inotify_add_watch(in, dir, 0));
    /* a symbolic link: followed unless IN_DONT_FOLLOW */
    char link[4096];
    snprintf(link, sizeof link, "%s/link", dir);
    CHECK(symlink("/nonexistent-target", link));
    CHECK(inotify_add_watch(in, link, IN_ATTRIB));
    CHECK(inotify_add_watch(in, link, IN_ATTRIB | IN_DONT_FOLLOW) >= 0);
    return 0;
}

static int pidfds(void) {
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(3);
    }
    int pfd = syscall(SYS_pidfd_open, child, 0);
    CHECK(pfd >= 0);
    cloexec_of("pidfd_open", pfd);
    struct pollfd p = {pfd, POLLIN, 0};
    CHECK(poll(&p, 1, 0));
    CHECK(syscall(SYS_pidfd_send_signal, pfd, SIGTERM, NULL, 0));
    CHECK(poll(&p, 1, 5000));
    printf("revents %#x\n", p.revents);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_PIDFD, pfd, &si, WEXITED));
    printf("child: code %d status %d pid matches %s\n", si.si_code, si.si_status, si.si_pid == child ? "yes" : "no");
    CHECK(syscall(SYS_pidfd_send_signal, pfd, SIGTERM, NULL, 0));
    CHECK(syscall(SYS_pidfd_open, -1, 0));
    CHECK(syscall(SYS_pidfd_send_signal, 0, SIGTERM, NULL, 0));
    /* to itself: a handler runs */
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigaction(SIGUSR1, &sa, NULL);
    int self = syscall(SYS_pidfd_open, getpid(), 0);
    CHECK(syscall(SYS_pidfd_send_signal, self, SIGUSR1, NULL, 0));
    printf("signals seen: %d\n", signals_seen);
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *cmd = argc > 1 ? argv[1] : "";
    if (strcmp(cmd, "eventfd") == 0) {
        return eventfds();
    } else if (strcmp(cmd, "epoll") == 0) {
        return epoll();
    } else if (strcmp(cmd, "timerfd") == 0) {
        return timerfds();
    } else if (strcmp(cmd, "inotify") == 0 && argc > 2) {
        return inotify(argv[2]);
    } else if (strcmp(cmd, "pidfd") == 0) {
        return pidfds();
    } else if (strcmp(cmd, "not-qemu") == 0) {
        return not_qemu();
    }
    fprintf(stderr, "usage: events eventfd|epoll|timerfd|inotify DIR|pidfd|not-qemu\n");
    return 2;
}
