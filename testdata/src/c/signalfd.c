/* signalfd: the records' fields for each kind of sender, SIGCHLD, readiness through poll, select
 * and epoll, errors, handlers interrupting a blocking read, threads, and a descriptor kept across
 * execve. Each case prints only what Linux fixes (no times, no pids), so the output compares with
 * qemu-user, which passes a host signalfd through. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void show(const char *what, long r) {
    printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
    errno = 0;
}

static sigset_t set_of(int a, int b, int c) {
    sigset_t s;
    sigemptyset(&s);
    if (a) sigaddset(&s, a);
    if (b) sigaddset(&s, b);
    if (c) sigaddset(&s, c);
    return s;
}

static void block(sigset_t s) {
    sigprocmask(SIG_BLOCK, &s, NULL);
}

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* One record, its fields as they matter for the sender's kind; ids as "is it mine" unless raw. */
static void print_fields(const char *what, const struct signalfd_siginfo *fi, int raw_ids) {
    unsigned pad = 0;
    for (size_t i = 0; i < sizeof fi->__pad; i++) pad += fi->__pad[i];
    char ids[64];
    if (raw_ids)
        snprintf(ids, sizeof ids, "pid %#x uid %#x", fi->ssi_pid, fi->ssi_uid);
    else
        snprintf(ids, sizeof ids, "pid-is-mine %s uid-is-mine %s", fi->ssi_pid == (uint32_t) getpid() ? "yes" : "no",
                 fi->ssi_uid == (uint32_t) getuid() ? "yes" : "no");
    printf("%s: signo %u errno %d code %d %s int %d ptr %#llx status %d fd %d band %u overrun %u addr %#llx pad %u\n",
           what, fi->ssi_signo, fi->ssi_errno, fi->ssi_code, ids, fi->ssi_int, (unsigned long long) fi->ssi_ptr,
           fi->ssi_status, fi->ssi_fd, fi->ssi_band, fi->ssi_overrun, (unsigned long long) fi->ssi_addr, pad);
}

static void print_record(const char *what, const struct signalfd_siginfo *fi) {
    print_fields(what, fi, 0);
}

static void read_one(int fd, const char *what) {
    struct signalfd_siginfo fi;
    memset(&fi, 0xa5, sizeof fi);
    ssize_t n = read(fd, &fi, sizeof fi);
    if (n != sizeof fi) {
        show(what, n);
        return;
    }
    print_record(what, &fi);
}

/* What each sender puts into the record; queueing of standard and real-time signals. */
static void case_fields(void) {
    int rt = SIGRTMIN + 1;
    sigset_t s = set_of(SIGUSR1, SIGUSR2, rt);
    block(s);
    int fd = signalfd(-1, &s, SFD_NONBLOCK);
    union sigval v = {.sival_int = 42};
    sigqueue(getpid(), SIGUSR1, v);
    read_one(fd, "sigqueue");
    raise(SIGUSR2);
    read_one(fd, "raise");
    kill(getpid(), SIGUSR2);
    kill(getpid(), SIGUSR2);
    read_one(fd, "kill twice, first");
    read_one(fd, "kill twice, second");
    for (int i = 1; i <= 3; i++) {
        v.sival_int = i * 100;
        sigqueue(getpid(), rt, v);
    }
    struct signalfd_siginfo four[4];
    ssize_t n = read(fd, four, sizeof four);
    printf("rt queued three times, read of four: %zd:", n);
    for (int i = 0; i < n / (ssize_t) sizeof four[0]; i++) printf(" %d/%d", four[i].ssi_signo == (unsigned) rt, four[i].ssi_int);
    printf("\n");
    /* A pending signal outside the mask stays pending for others. */
    sigset_t term = set_of(SIGTERM, 0, 0);
    block(term);
    kill(getpid(), SIGTERM);
    read_one(fd, "SIGTERM not in the mask");
    sigset_t pending;
    sigpending(&pending);
    printf("still pending: %d\n", sigismember(&pending, SIGTERM));
    siginfo_t si;
    printf("sigwaitinfo takes it: %d\n", sigwaitinfo(&term, &si));
    /* A large read returns only what is pending; the lowest signal first. */
    kill(getpid(), SIGUSR2);
    kill(getpid(), SIGUSR1);
    n = read(fd, four, sizeof four);
    printf("two pending, read of four: %zd: %u %u\n", n, four[0].ssi_signo, four[1].ssi_signo);
    close(fd);
}

/* What rt_sigqueueinfo may forge for its own process: the kernel's own codes, each read back with
 * its union member (signalfd_copyinfo by siginfo_layout). Not compared with qemu-user 7.2, which
 * aborts on these (a tcg assertion); the oracle is the program built natively. */
static void case_forged(void) {
    struct { int sig, code; } forged[] = {{SIGBUS, 2 /* BUS_ADRERR */}, {SIGIO, 1 /* POLL_IN */},
                                         {SIGSYS, 1 /* SYS_SECCOMP */}, {SIGCHLD, 1 /* CLD_EXITED */},
                                         {SIGUSR1, 3 /* no codes of its own: SIGPOLL's member up to NSIGPOLL */},
                                         {SIGUSR1, 7 /* kill's above it */}};
    for (size_t k = 0; k < sizeof forged / sizeof forged[0]; k++) {
        sigset_t one = set_of(forged[k].sig, 0, 0);
        block(one);
        int f = signalfd(-1, &one, SFD_NONBLOCK);
        siginfo_t si;
        memset(&si, 0, sizeof si);
        si.si_signo = forged[k].sig;
        si.si_code = forged[k].code;
        unsigned char *u = (unsigned char *) &si + (sizeof(void *) == 8 ? 16 : 12);
        for (int i = 0; i < 32; i++) u[i] = (unsigned char) (0x11 * (i % 15 + 1));
        char what[48];
        snprintf(what, sizeof what, "forged %d/%d", forged[k].sig, forged[k].code);
        long r = syscall(SYS_rt_sigqueueinfo, getpid(), forged[k].sig, &si);
        if (r != 0) show(what, r);
        else {
            struct signalfd_siginfo fi;
            memset(&fi, 0xa5, sizeof fi);
            read(f, &fi, sizeof fi);
            printf("%s: utime %#llx stime %#llx syscall %d call_addr %#llx arch %#x addr_lsb %u\n", what,
                   (unsigned long long) fi.ssi_utime, (unsigned long long) fi.ssi_stime, fi.ssi_syscall,
                   (unsigned long long) fi.ssi_call_addr, fi.ssi_arch, fi.ssi_addr_lsb);
            print_fields(what, &fi, 1);
        }
        close(f);
    }
}

/* SIGCHLD through signalfd, for each way a child can change state. */
static void case_sigchld(void) {
    sigset_t s = set_of(SIGCHLD, 0, 0);
    block(s);
    int fd = signalfd(-1, &s, 0);
    struct pollfd pfd = {fd, POLLIN, 0};
    struct signalfd_siginfo fi;
    pid_t pid = fork();
    if (pid == 0) _exit(7);
    ssize_t n = read(fd, &fi, sizeof fi);
    printf("exit: %zd signo %u code %d status %d pid is the child's %s\n", n, fi.ssi_signo, fi.ssi_code,
           fi.ssi_status, fi.ssi_pid == (uint32_t) pid ? "yes" : "no");
    waitpid(pid, NULL, 0);
    pid = fork();
    if (pid == 0) {
        for (;;) pause();
    }
    kill(pid, SIGSTOP);
    printf("poll: %d\n", poll(&pfd, 1, 5000));
    n = read(fd, &fi, sizeof fi);
    printf("stop: %zd code %d status %d\n", n, fi.ssi_code, fi.ssi_status);
    int st;
    waitpid(pid, &st, WUNTRACED);
    kill(pid, SIGCONT);
    n = read(fd, &fi, sizeof fi);
    printf("continue: %zd code %d status %d\n", n, fi.ssi_code, fi.ssi_status);
    waitpid(pid, &st, WCONTINUED);
    kill(pid, SIGTERM);
    n = read(fd, &fi, sizeof fi);
    printf("killed: %zd code %d status %d\n", n, fi.ssi_code, fi.ssi_status);
    waitpid(pid, &st, 0);
    printf("waitpid: signaled %d by %d\n", WIFSIGNALED(st), WTERMSIG(st));
    close(fd);
}

/* Readiness: poll, select and epoll see a pending signal of the mask, and nothing else. */
static void case_ready(void) {
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(set_of(SIGUSR1, SIGUSR2, 0));
    int fd = signalfd(-1, &s, SFD_NONBLOCK);
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0x1122334455667788ULL}, got[2];
    printf("epoll_ctl: %d\n", epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev));
    printf("epoll empty: %d\n", epoll_wait(ep, got, 2, 0));
    kill(getpid(), SIGUSR2);
    printf("epoll, a signal not in the mask: %d\n", epoll_wait(ep, got, 2, 0));
    kill(getpid(), SIGUSR1);
    int n = epoll_wait(ep, got, 2, 1000);
    printf("epoll after kill: %d events %#x data %#llx\n", n, n > 0 ? got[0].events : 0,
           n > 0 ? (unsigned long long) got[0].data.u64 : 0ULL);
    fd_set r;
    FD_ZERO(&r);
    FD_SET(fd, &r);
    struct timeval tv = {0, 0};
    printf("select: %d set %d\n", select(fd + 1, &r, NULL, NULL, &tv), FD_ISSET(fd, &r));
    read_one(fd, "read");
    printf("epoll drained: %d\n", epoll_wait(ep, got, 2, 0));
    FD_SET(fd, &r);
    printf("select drained: %d\n", select(fd + 1, &r, NULL, NULL, &tv));
    /* A mask change makes a pending signal readable. */
    s = set_of(SIGUSR1, SIGUSR2, 0);
    signalfd(fd, &s, 0);
    printf("epoll after the mask took SIGUSR2: %d\n", epoll_wait(ep, got, 2, 0));
    read_one(fd, "read");
    close(ep);
    close(fd);
}

/* What signalfd4 and the descriptor refuse, and what they share with other descriptors. */
static void case_errors(void) {
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(set_of(SIGUSR1, SIGUSR2, 0));
    show("bad flags", syscall(SYS_signalfd4, -1, &s, 8, 1));
    show("mask at a bad address", syscall(SYS_signalfd4, -1, (void *) 16, 8, 0));
    int p[2];
    pipe(p);
    show("on a pipe", signalfd(p[0], &s, 0));
    show("on a closed descriptor", signalfd(999, &s, 0));
    int fd = signalfd(-1, &s, SFD_NONBLOCK | SFD_CLOEXEC);
    printf("O_NONBLOCK %d FD_CLOEXEC %d\n", (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0, fcntl(fd, F_GETFD));
    int plain = signalfd(-1, &s, 0);
    printf("plain: O_NONBLOCK %d FD_CLOEXEC %d\n", (fcntl(plain, F_GETFL) & O_NONBLOCK) != 0, fcntl(plain, F_GETFD));
    char link[64] = {0}, path[32];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    readlink(path, link, sizeof link - 1);
    printf("link: %s\n", link);
    uint64_t one = 1;
    show("write", write(fd, &one, sizeof one));
    show("lseek", lseek(fd, 0, SEEK_SET));
    struct signalfd_siginfo fi;
    show("pread", pread(fd, &fi, sizeof fi, 0));
    show("read, nothing pending", read(fd, &fi, sizeof fi));
    kill(getpid(), SIGUSR1);
    show("read of 127 bytes", read(fd, &fi, sizeof fi - 1));
    /* Dup'ed descriptors are one file: one mask. */
    int d = dup(fd);
    sigset_t only2 = set_of(SIGUSR2, 0, 0);
    printf("mask through the dup: %d\n", signalfd(d, &only2, 0) == d);
    show("SIGUSR1 no longer read", read(fd, &fi, sizeof fi));
    kill(getpid(), SIGUSR2);
    read_one(fd, "SIGUSR2 through the first");
    close(d);
    signalfd(fd, &s, 0);
    read_one(fd, "SIGUSR1 again");
    /* readv: the records run on across the buffers. */
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR2);
    s = set_of(SIGUSR1, SIGUSR2, 0);
    signalfd(fd, &s, 0);
    struct signalfd_siginfo two[2];
    struct iovec iov[3] = {{(char *) two, 100}, {(char *) two + 100, 100}, {(char *) two + 200, 56}};
    ssize_t n = readv(fd, iov, 3);
    printf("readv %zd: %u %u\n", n, two[0].ssi_signo, two[1].ssi_signo);
    /* SIGKILL and SIGSTOP never enter the mask. */
    sigset_t ks = set_of(SIGKILL, SIGSTOP, 0);
    int k = signalfd(-1, &ks, SFD_NONBLOCK);
    show("a mask of SIGKILL and SIGSTOP", k >= 0 ? 0 : -1);
    close(k);
    close(plain);
    close(fd);
    close(p[0]);
    close(p[1]);
}

static volatile int handled;
static void on_usr2(int sig) {
    (void) sig;
    handled++;
}

static pthread_t main_thread;
static void *sender(void *arg) {
    int second = (int) (intptr_t) arg;
    sleep_ms(50);
    pthread_kill(main_thread, SIGUSR2);
    if (second) {
        sleep_ms(50);
        kill(getpid(), second);
    }
    return NULL;
}

/* A blocking read is interrupted by a handled signal: EINTR, or a restart under SA_RESTART. */
static void case_handler(void) {
    main_thread = pthread_self();
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(s);
    int fd = signalfd(-1, &s, 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    sigaction(SIGUSR2, &sa, NULL);
    pthread_t th;
    pthread_create(&th, NULL, sender, NULL);
    struct signalfd_siginfo fi;
    show("read interrupted", read(fd, &fi, sizeof fi));
    pthread_join(th, NULL);
    printf("handled %d\n", handled);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR2, &sa, NULL);
    pthread_create(&th, NULL, sender, (void *) (intptr_t) SIGUSR1);
    read_one(fd, "read restarted");
    pthread_join(th, NULL);
    printf("handled %d\n", handled);
    close(fd);
}

static int thread_fd;
static void *reader(void *arg) {
    (void) arg;
    read_one(thread_fd, "the thread reads");
    return NULL;
}

/* A thread reads what is sent to it and to the process, not what is sent to another thread. */
static void case_threads(void) {
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(s);
    thread_fd = signalfd(-1, &s, 0);
    int nb = signalfd(-1, &s, SFD_NONBLOCK);
    pthread_t th;
    pthread_create(&th, NULL, reader, NULL);
    sleep_ms(50);
    kill(getpid(), SIGUSR1);
    pthread_join(th, NULL);
    pthread_create(&th, NULL, reader, NULL);
    pthread_kill(th, SIGUSR1);
    pthread_join(th, NULL);
    pthread_create(&th, NULL, reader, NULL);
    sleep_ms(50);
    pthread_kill(pthread_self(), SIGUSR1);
    sleep_ms(50);
    read_one(nb, "main takes its own");
    kill(getpid(), SIGUSR1);
    pthread_join(th, NULL);
    close(nb);
    close(thread_fd);
}

/* Where qemu-user 7.2 is not Linux (it takes the host's sigset size whatever the guest says, and
 * checks the buffer before it reads): a sizemask other than sizeof(sigset_t) is EINVAL, and a
 * record that cannot be stored is EFAULT after the signal was taken. */
static void case_not_qemu(void) {
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(s);
    show("sizemask 4", syscall(SYS_signalfd4, -1, &s, 4, 0));
    show("sizemask 16", syscall(SYS_signalfd4, -1, &s, 16, 0));
    int fd = signalfd(-1, &s, SFD_NONBLOCK);
    kill(getpid(), SIGUSR1);
    void *volatile bad = (void *) 16;
    show("read into a bad buffer", read(fd, bad, sizeof(struct signalfd_siginfo)));
    sigset_t pending;
    sigpending(&pending);
    printf("the signal is gone: %d\n", !sigismember(&pending, SIGUSR1));
    close(fd);
}

/* execve keeps the descriptor (without close-on-exec), the mask and the pending signals. */
static void case_exec(const char *self) {
    sigset_t s = set_of(SIGUSR1, 0, 0);
    block(s);
    int fd = signalfd(-1, &s, SFD_NONBLOCK);
    kill(getpid(), SIGUSR1);
    char num[16];
    snprintf(num, sizeof num, "%d", fd);
    fflush(stdout);
    execl(self, self, "exec-child", num, (char *) NULL);
    perror("execl");
}

static void case_exec_child(int fd) {
    char link[64] = {0}, path[32];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    readlink(path, link, sizeof link - 1);
    printf("after execve: %s\n", link);
    read_one(fd, "pending across execve");
    show("then nothing", read(fd, &(struct signalfd_siginfo){0}, sizeof(struct signalfd_siginfo)));
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *c = argc > 1 ? argv[1] : "";
    if (!strcmp(c, "fields")) case_fields();
    else if (!strcmp(c, "forged")) case_forged();
    else if (!strcmp(c, "sigchld")) case_sigchld();
    else if (!strcmp(c, "ready")) case_ready();
    else if (!strcmp(c, "errors")) case_errors();
    else if (!strcmp(c, "handler")) case_handler();
    else if (!strcmp(c, "threads")) case_threads();
    else if (!strcmp(c, "not-qemu")) case_not_qemu();
    else if (!strcmp(c, "exec")) case_exec(argc > 2 ? argv[2] : "/proc/self/exe");
    else if (!strcmp(c, "exec-child") && argc > 2) case_exec_child(atoi(argv[2]));
    else {
        fprintf(stderr, "usage: signalfd fields|forged|sigchld|ready|errors|handler|threads|not-qemu|exec [PROGRAM]\n");
        return 2;
    }
    return 0;
}
