/* Processes: fork, wait4/waitid statuses, SIGCHLD, process groups, execve and its errors.
 * Usage: process SUBCOMMAND [ARGS]. Every line printed is deterministic: pids and addresses
 * are never printed, only compared ("same"/"differs"). Cases that exec an ARM program
 * (execv, posix-spawn, vfork-exec, exec-self) run in ShellIT; the others are compared with
 * qemu-aarch64 by ProgramsIT. Build natively too (gcc -O2) to check the expected text. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static const char *same(long a, long b) {
    return a == b ? "same" : "differs";
}

static const char *errname(int e) {
    switch (e) {
    case 0: return "0";
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case ENOEXEC: return "ENOEXEC";
    case E2BIG: return "E2BIG";
    case ECHILD: return "ECHILD";
    case EINVAL: return "EINVAL";
    case EPERM: return "EPERM";
    case ESRCH: return "ESRCH";
    case ENOTDIR: return "ENOTDIR";
    case EFAULT: return "EFAULT";
    default: return "other";
    }
}

/* Describes a wait status the way a shell would think of it. */
static void describe(const char *what, int status) {
    if (WIFEXITED(status)) {
        printf("%s: exited %d\n", what, WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        printf("%s: killed by %d (%s)%s\n", what, WTERMSIG(status), strsignal(WTERMSIG(status)),
               WCOREDUMP(status) ? " core" : "");
    } else if (WIFSTOPPED(status)) {
        printf("%s: stopped by %d\n", what, WSTOPSIG(status));
    } else if (WIFCONTINUED(status)) {
        printf("%s: continued\n", what);
    } else {
        printf("%s: status %#x\n", what, status);
    }
    fflush(stdout);
}

static int reap(pid_t pid, const char *what) {
    int status;
    pid_t r = waitpid(pid, &status, 0);
    if (r != pid) {
        printf("%s: waitpid returned %s, %s\n", what, r < 0 ? "-1" : "another pid", errname(errno));
        return -1;
    }
    describe(what, status);
    return status;
}

static pid_t fork_or_die(void) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(99);
    }
    return pid;
}

static int fork_pipe(void) {
    int p[2];
    if (pipe(p) != 0) {
        perror("pipe");
        return 1;
    }
    pid_t parent = getpid();
    pid_t pid = fork_or_die();
    if (pid == 0) {
        close(p[0]);
        long ids[2] = {getpid(), getppid()};
        if (write(p[1], ids, sizeof ids) != sizeof ids) {
            _exit(10);
        }
        _exit(3);
    }
    close(p[1]);
    long ids[2];
    ssize_t n = read(p[0], ids, sizeof ids);
    printf("read %zd bytes\n", n);
    printf("child getpid vs fork's return: %s\n", same(ids[0], pid));
    printf("child getppid vs parent getpid: %s\n", same(ids[1], parent));
    printf("child pid vs parent pid: %s\n", same(pid, parent));
    printf("read after the child closed: %zd\n", read(p[0], ids, sizeof ids));
    int status;
    pid_t r = waitpid(pid, &status, 0);
    printf("waitpid returned the child: %s\n", same(r, pid));
    printf("WIFEXITED %d WEXITSTATUS %d\n", WIFEXITED(status) != 0, WEXITSTATUS(status));
    r = waitpid(-1, &status, 0);
    printf("second waitpid: %ld %s\n", (long) r, errname(errno));
    return 0;
}

static int fork_memory(void) {
    static long in_data = 11;
    static long in_bss;
    long on_stack = 22;
    long *on_heap = malloc(sizeof *on_heap);
    long *big = malloc(1 << 20); /* mmap'd by malloc */
    long *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    in_bss = 33;
    *on_heap = 44;
    big[1000] = 55;
    page[7] = 66;
    pid_t pid = fork_or_die();
    if (pid == 0) {
        printf("child sees %ld %ld %ld %ld %ld %ld\n", in_data, in_bss, on_stack, *on_heap, big[1000], page[7]);
        in_data = in_bss = on_stack = *on_heap = big[1000] = page[7] = -1;
        long *more = malloc(4096); /* the child's heap grows on its own */
        more[0] = 1;
        printf("child changed them to %ld %ld %ld %ld %ld %ld\n", in_data, in_bss, on_stack, *on_heap, big[1000],
               page[7]);
        fflush(stdout);
        _exit(0);
    }
    reap(pid, "child");
    printf("parent keeps %ld %ld %ld %ld %ld %ld\n", in_data, in_bss, on_stack, *on_heap, big[1000], page[7]);
    return 0;
}

/* MAP_SHARED pages stay shared with a forked child: anonymous ones and a file's. */
static int fork_shared_memory(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/shared-map", dir);
    int fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0644);
    if (fd < 0 || ftruncate(fd, 4096) != 0) {
        perror(path);
        return 1;
    }
    long *anon = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    long *file = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    anon[3] = 77;
    file[5] = 88;
    pid_t pid = fork_or_die();
    if (pid == 0) {
        printf("child sees %ld %ld\n", anon[3], file[5]);
        anon[3] = 777;
        file[5] = 888;
        fflush(stdout);
        _exit(0);
    }
    reap(pid, "child");
    long in_file = 0;
    pread(fd, &in_file, sizeof in_file, 5 * sizeof(long));
    printf("parent sees %ld %ld, the file holds %ld\n", anon[3], file[5], in_file);
    unlink(path);
    return 0;
}

/* Shared pages stay shared through what changes a mapping (an mprotect split, an mremap move,
 * the file's descriptor closed) and for every kind of child: forks one after another (under
 * jemu the later ones go to a waiting standby JVM) and vfork. A child's munmap is its own. */
static int fork_shared_lifetimes(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/shared-lifetimes", dir);
    int fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0644);
    if (fd < 0 || ftruncate(fd, 2 * 4096) != 0) {
        perror(path);
        return 1;
    }
    long *anon = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    long *file = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    void *spot = mmap(NULL, 2 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (anon == MAP_FAILED || file == MAP_FAILED || spot == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    close(fd);
    mprotect(anon + 512, 4096, PROT_READ);
    long *moved = mremap(file, 2 * 4096, 2 * 4096, MREMAP_MAYMOVE | MREMAP_FIXED, spot);
    if (moved == MAP_FAILED) {
        perror("mremap");
        return 1;
    }
    for (int round = 0; round < 4; round++) {
        fflush(stdout);
        pid_t pid = round == 3 ? vfork() : fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            anon[0] += 1;
            anon[1024] += 10;
            moved[600] += 100;
            int status = anon[512] == 0 ? 0 : 3;
            if (round == 1) {
                munmap(anon, 3 * 4096);
            }
            _exit(status);
        }
        reap(pid, "child");
        printf("round %d: %ld %ld %ld\n", round, anon[0], anon[1024], moved[600]);
    }
    fd = open(path, O_RDONLY);
    long in_file = 0;
    pread(fd, &in_file, sizeof in_file, 600 * sizeof(long));
    printf("the file holds %ld\n", in_file);
    unlink(path);
    return 0;
}

static int fork_fds(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/fork-fds.txt", dir);
    int fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0644);
    int cloexec = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || cloexec < 0) {
        perror(path);
        return 1;
    }
    int go[2], done[2];
    if (pipe(go) || pipe(done)) {
        perror("pipe");
        return 1;
    }
    if (write(fd, "P1", 2) != 2) {
        return 1;
    }
    pid_t pid = fork_or_die();
    if (pid == 0) {
        char c;
        for (int i = 0; i < 3; i++) {
            if (read(go[0], &c, 1) != 1) {
                _exit(20);
            }
            char s[3] = {'C', (char) ('1' + i), 0};
            if (write(fd, s, 2) != 2) {
                _exit(21);
            }
            if (i == 2) {
                /* Before the parent's last write: the offset is the shared one, 12 here. */
                int flags = fcntl(cloexec, F_GETFD);
                printf("child: O_CLOEXEC descriptor open %s, FD_CLOEXEC %d, offset %ld\n",
                       flags >= 0 ? "yes" : "no", (flags & FD_CLOEXEC) != 0, (long) lseek(fd, 0, SEEK_CUR));
                fflush(stdout);
            }
            if (write(done[1], "", 1) != 1) {
                _exit(22);
            }
        }
        _exit(0);
    }
    char c;
    for (int i = 0; i < 3; i++) {
        if (write(go[1], "", 1) != 1 || read(done[0], &c, 1) != 1) {
            return 1;
        }
        char s[3] = {'P', (char) ('2' + i), 0};
        if (write(fd, s, 2) != 2) {
            return 1;
        }
    }
    reap(pid, "child");
    printf("parent offset %ld\n", (long) lseek(fd, 0, SEEK_CUR));
    char buf[64] = {0};
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    printf("file (%zd bytes): %s\n", n, buf);
    unlink(path);
    return 0;
}

static void child_killed(int sig) {
    int p[2];
    if (pipe(p) != 0) {
        perror("pipe");
        exit(1);
    }
    pid_t pid = fork_or_die();
    if (pid == 0) {
        close(p[0]);
        if (write(p[1], "r", 1) != 1) {
            _exit(30);
        }
        for (;;) {
            pause();
        }
    }
    close(p[1]);
    char c;
    /* The child is running (it wrote); it may not be in pause() yet, which does not matter. */
    printf("child ready: %zd\n", read(p[0], &c, 1));
    printf("kill: %d\n", kill(pid, sig));
    reap(pid, "child");
}

static int child_sigpipe(void) {
    int p[2];
    if (pipe(p) != 0) {
        perror("pipe");
        return 1;
    }
    close(p[0]);
    pid_t pid = fork_or_die();
    if (pid == 0) {
        ssize_t n = write(p[1], "x", 1);
        printf("write returned %zd (%s): SIGPIPE did not kill\n", n, errname(errno));
        fflush(stdout);
        _exit(0);
    }
    close(p[1]);
    reap(pid, "writer");
    /* With SIGPIPE ignored the write fails with EPIPE instead; the disposition is inherited. */
    if (pipe(p) != 0) {
        return 1;
    }
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    pid = fork_or_die();
    if (pid == 0) {
        ssize_t n = write(p[1], "x", 1);
        printf("ignoring SIGPIPE: write returned %zd, %s\n", n, errno == EPIPE ? "EPIPE" : errname(errno));
        fflush(stdout);
        _exit(0);
    }
    close(p[1]);
    reap(pid, "writer");
    return 0;
}

static int wait_statuses(void) {
    int codes[] = {0, 1, 255, 256 + 7};
    for (int i = 0; i < 4; i++) {
        pid_t pid = fork_or_die();
        if (pid == 0) {
            _exit(codes[i]);
        }
        char what[32];
        snprintf(what, sizeof what, "_exit(%d)", codes[i]);
        reap(pid, what);
    }
    pid_t pid = fork_or_die();
    if (pid == 0) {
        exit(42); /* through atexit and stdio */
    }
    reap(pid, "exit(42)");
    pid = fork_or_die();
    if (pid == 0) {
        abort();
    }
    int status;
    waitpid(pid, &status, 0);
    /* A core may or may not be dumped depending on the host's limits: not printed. */
    printf("abort(): WIFSIGNALED %d WTERMSIG %d\n", WIFSIGNALED(status) != 0, WTERMSIG(status));

    /* A child stops itself, is continued, then exits when the parent closes the pipe (after
     * it saw the continue: a child already dead reports its exit instead). */
    int p[2];
    if (pipe(p) != 0) {
        return 1;
    }
    pid = fork_or_die();
    if (pid == 0) {
        close(p[1]);
        raise(SIGSTOP);
        char c;
        _exit(read(p[0], &c, 1) == 0 ? 5 : 50);
    }
    close(p[0]);
    waitpid(pid, &status, WUNTRACED);
    describe("after raise(SIGSTOP)", status);
    pid_t r = waitpid(pid, &status, WNOHANG | WUNTRACED);
    printf("WNOHANG while stopped: %ld\n", (long) r);
    printf("kill SIGCONT: %d\n", kill(pid, SIGCONT));
    waitpid(pid, &status, WCONTINUED);
    describe("after SIGCONT", status);
    close(p[1]);
    reap(pid, "then");

    /* A stopped child killed by SIGKILL. */
    pid = fork_or_die();
    if (pid == 0) {
        raise(SIGSTOP);
        _exit(6);
    }
    waitpid(pid, &status, WUNTRACED);
    describe("stopped", status);
    kill(pid, SIGKILL);
    reap(pid, "killed while stopped");

    /* Waiting by process group: 0 is the caller's group. */
    pid = fork_or_die();
    if (pid == 0) {
        _exit(8);
    }
    r = waitpid(0, &status, 0);
    printf("waitpid(0): child %s, exited %d\n", same(r, pid), WEXITSTATUS(status));
    pid = fork_or_die();
    if (pid == 0) {
        _exit(9);
    }
    r = waitpid(-getpgrp(), &status, 0);
    printf("waitpid(-pgrp): child %s, exited %d\n", same(r, pid), WEXITSTATUS(status));
    r = waitpid(-1, &status, WNOHANG);
    printf("no children left: %ld %s\n", (long) r, errname(errno));
    return 0;
}

static void show_siginfo(const char *what, siginfo_t *si, pid_t pid) {
    const char *code = si->si_code == CLD_EXITED ? "CLD_EXITED"
                       : si->si_code == CLD_KILLED ? "CLD_KILLED"
                       : si->si_code == CLD_DUMPED ? "CLD_DUMPED"
                       : si->si_code == CLD_STOPPED ? "CLD_STOPPED"
                       : si->si_code == CLD_CONTINUED ? "CLD_CONTINUED"
                                                      : "other";
    printf("%s: si_signo %d si_code %s si_status %d si_pid %s si_uid %s\n", what, si->si_signo, code, si->si_status,
           same(si->si_pid, pid), same(si->si_uid, getuid()));
}

static int waitid_case(void) {
    siginfo_t si;
    errno = 0;
    memset(&si, 0, sizeof si);
    int r = waitid(P_ALL, 0, &si, WEXITED);
    printf("no children: %d %s\n", r, errname(errno));

    pid_t pid = fork_or_die();
    if (pid == 0) {
        _exit(4);
    }
    memset(&si, 0, sizeof si);
    r = waitid(P_PID, pid, &si, WEXITED);
    printf("P_PID: %d\n", r);
    show_siginfo("P_PID", &si, pid);

    int p[2];
    if (pipe(p) != 0) {
        return 1;
    }
    pid = fork_or_die();
    if (pid == 0) {
        char c;
        close(p[1]);
        ssize_t n = read(p[0], &c, 1); /* until the parent closes the pipe */
        _exit(n == 0 ? 12 : 13);
    }
    close(p[0]);
    memset(&si, 0xff, sizeof si);
    r = waitid(P_PID, pid, &si, WEXITED | WNOHANG);
    printf("WNOHANG, nothing ready: %d si_pid %d\n", r, si.si_pid);
    close(p[1]);
    memset(&si, 0, sizeof si);
    r = waitid(P_ALL, 0, &si, WEXITED | WNOWAIT);
    printf("P_ALL WNOWAIT: %d\n", r);
    show_siginfo("P_ALL WNOWAIT", &si, pid);
    memset(&si, 0, sizeof si);
    r = waitid(P_ALL, 0, &si, WEXITED);
    printf("P_ALL: %d\n", r);
    show_siginfo("P_ALL", &si, pid);

    pid = fork_or_die();
    if (pid == 0) {
        for (;;) {
            pause();
        }
    }
    kill(pid, SIGTERM);
    memset(&si, 0, sizeof si);
    r = waitid(P_PGID, getpgrp(), &si, WEXITED);
    printf("P_PGID: %d\n", r);
    show_siginfo("P_PGID killed", &si, pid);

    if (pipe(p) != 0) {
        return 1;
    }
    pid = fork_or_die();
    if (pid == 0) {
        close(p[1]);
        raise(SIGSTOP);
        char c;
        _exit(read(p[0], &c, 1) == 0 ? 0 : 50); /* the parent saw the continue */
    }
    close(p[0]);
    memset(&si, 0, sizeof si);
    r = waitid(P_PID, pid, &si, WSTOPPED);
    show_siginfo("WSTOPPED", &si, pid);
    kill(pid, SIGCONT);
    memset(&si, 0, sizeof si);
    r = waitid(P_PID, pid, &si, WCONTINUED);
    show_siginfo("WCONTINUED", &si, pid);
    close(p[1]);
    memset(&si, 0, sizeof si);
    r = waitid(P_PID, pid, &si, WEXITED);
    show_siginfo("WEXITED", &si, pid);

    errno = 0;
    r = waitid(P_PID, pid, &si, WEXITED);
    printf("already reaped: %d %s\n", r, errname(errno));
    errno = 0;
    r = waitid(P_ALL, 0, &si, 0);
    printf("no options: %d %s\n", r, errname(errno));
    return 0;
}

static volatile sig_atomic_t chld_count;
static volatile pid_t chld_pid;
static volatile int chld_code, chld_status, chld_signo;

static void on_chld(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    chld_signo = sig;
    chld_pid = si->si_pid;
    chld_code = si->si_code;
    chld_status = si->si_status;
    chld_count++;
}

static int sigchld(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    sigprocmask(SIG_BLOCK, &block, &old);

    pid_t pid = fork_or_die();
    if (pid == 0) {
        _exit(7);
    }
    while (chld_count == 0) {
        sigsuspend(&old);
    }
    printf("handler ran %d time(s): signo %d si_code %s si_status %d si_pid %s\n", (int) chld_count, chld_signo,
           chld_code == CLD_EXITED ? "CLD_EXITED" : "other", chld_status, same(chld_pid, pid));
    reap(pid, "child");

    chld_count = 0;
    pid = fork_or_die();
    if (pid == 0) {
        for (;;) {
            pause();
        }
    }
    kill(pid, SIGKILL);
    while (chld_count == 0) {
        sigsuspend(&old);
    }
    printf("killed child: si_code %s si_status %d si_pid %s\n", chld_code == CLD_KILLED ? "CLD_KILLED" : "other",
           chld_status, same(chld_pid, pid));
    reap(pid, "child");

    /* SIGCHLD ignored: children are reaped by the kernel and wait reports ECHILD. */
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGCHLD, SIG_IGN);
    pid = fork_or_die();
    if (pid == 0) {
        _exit(1);
    }
    int status;
    errno = 0;
    pid_t r = waitpid(pid, &status, 0);
    printf("SIG_IGN: waitpid %ld %s\n", (long) r, errname(errno));

    return 0;
}

/* SA_NOCLDSTOP: a child that stops or continues sends no SIGCHLD, only its exit does. */
static int sigchld_nocldstop(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_chld;
    sa.sa_flags = SA_SIGINFO | SA_NOCLDSTOP;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    sigprocmask(SIG_BLOCK, &block, &old);
    int status;
    pid_t pid = fork_or_die();
    if (pid == 0) {
        raise(SIGSTOP);
        _exit(2);
    }
    waitpid(pid, &status, WUNTRACED);
    describe("child", status);
    sigset_t pending;
    sigpending(&pending);
    printf("SIGCHLD pending after the stop: %d\n", sigismember(&pending, SIGCHLD));
    kill(pid, SIGCONT);
    waitpid(pid, &status, 0);
    describe("child", status);
    while (chld_count == 0) {
        sigsuspend(&old);
    }
    printf("handler ran %d time(s), saw %s\n", (int) chld_count, chld_code == CLD_EXITED ? "CLD_EXITED" : "other");
    return 0;
}

static int pgrp_session(void) {
    pid_t pid = fork_or_die();
    if (pid == 0) {
        pid_t me = getpid();
        printf("child starts in the parent's group: %s\n", same(getpgid(0), getpgid(getppid())));
        printf("child starts in the parent's session: %s\n", same(getsid(0), getsid(getppid())));
        printf("setpgid(0, 0): %d\n", setpgid(0, 0));
        printf("now leads its group: %s, getpgrp %s\n", same(getpgid(0), me), same(getpgrp(), me));
        errno = 0;
        int r = setsid();
        printf("setsid as a group leader: %d %s\n", r, errname(errno));
        fflush(stdout);
        pid_t grandchild = fork_or_die();
        if (grandchild == 0) {
            pid_t sid = setsid();
            printf("grandchild setsid: %s\n", same(sid, getpid()));
            printf("grandchild getsid %s, getpgid %s\n", same(getsid(0), getpid()), same(getpgid(0), getpid()));
            errno = 0;
            int r = setpgid(0, me);
            printf("setpgid into the old group: %d %s\n", r, errname(errno));
            fflush(stdout);
            _exit(0);
        }
        reap(grandchild, "grandchild");
        errno = 0;
        r = getpgid(0x3fffffff);
        printf("getpgid of a nonexistent pid: %d %s\n", r, errname(errno));
        fflush(stdout);
        _exit(0);
    }
    reap(pid, "child");
    return 0;
}

/* The parent moves its own child (which has not exec'd) into a new group, as shells do. */
static int pgrp_parent(void) {
    int p[2];
    if (pipe(p) != 0) {
        return 1;
    }
    pid_t pid = fork_or_die();
    if (pid == 0) {
        char c;
        close(p[1]);
        ssize_t n = read(p[0], &c, 1);
        printf("child's group is its pid: %s\n", same(getpgrp(), getpid()));
        fflush(stdout);
        _exit(n == 0 ? 0 : 1);
    }
    close(p[0]);
    errno = 0;
    int r = setpgid(pid, pid);
    printf("parent setpgid(child, child): %d %s\n", r, errname(errno));
    printf("getpgid(child): %s\n", same(getpgid(pid), pid));
    close(p[1]);
    reap(pid, "child");
    return 0;
}

/* Replaces the process image with argv[0...]: exit status 127 if execv fails. */
static int exec_args(char **argv) {
    fflush(stdout);
    execv(argv[0], argv);
    printf("execv %s: %s\n", argv[0], errname(errno));
    return 127;
}

static int posix_spawn_case(char **argv) {
    pid_t pid;
    fflush(stdout);
    int e = posix_spawn(&pid, argv[0], NULL, NULL, argv, environ);
    if (e != 0) {
        printf("posix_spawn: %s\n", errname(e));
        return 1;
    }
    reap(pid, "spawned");
    /* A file action: the spawned program's stdout goes to /dev/null. */
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    e = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (e != 0) {
        printf("posix_spawn: %s\n", errname(e));
        return 1;
    }
    reap(pid, "spawned to /dev/null");
    return 0;
}

/* posix_spawn reports a failed exec as its own error (glibc: the CLONE_VM|CLONE_VFORK child
 * writes errno into the parent's memory before it exits). */
static int posix_spawn_errors(void) {
    pid_t pid;
    char *missing[] = {"/nonexistent/program", NULL};
    int e = posix_spawn(&pid, missing[0], NULL, NULL, missing, environ);
    if (e != 0) {
        printf("posix_spawn of a missing program: %s\n", errname(e));
    } else {
        reap(pid, "posix_spawn of a missing program");
    }
    e = posix_spawnp(&pid, "no-such-program-anywhere", NULL, NULL, missing, environ);
    printf("posix_spawnp of a missing program: %s\n", errname(e));
    return 0;
}

static int vfork_exec(char **argv) {
    static int touched;
    fflush(stdout);
    pid_t pid = vfork();
    if (pid == 0) {
        touched = 1; /* vfork shares the memory until the exec */
        execv(argv[0], argv);
        _exit(127);
    }
    int ok = pid > 0;
    reap(pid, "vforked");
    printf("vfork returned a child: %s\n", ok ? "yes" : "no");
    if (getenv("VFORK_SHARES_MEMORY")) {
        /* Linux's vfork child runs in the parent's memory until it execs. */
        printf("child's write before exec is seen: %s\n", touched ? "yes" : "no");
    }
    pid = vfork();
    if (pid == 0) {
        char *missing[] = {"/nonexistent/program", NULL};
        execv(missing[0], missing);
        _exit(errno == ENOENT ? 126 : 125);
    }
    reap(pid, "vfork of a missing program");
    return 0;
}

static void try_exec(const char *what, const char *path, char **argv) {
    errno = 0;
    execve(path, argv, environ);
    printf("%s: %s\n", what, errname(errno));
}

static int exec_errors(const char *dir) {
    char path[4096];
    char *argv[] = {"x", NULL};
    try_exec("nonexistent", "/nonexistent/program", argv);
    try_exec("missing directory component", "/etc/passwd/x", argv);
    try_exec("directory", dir, argv);
    try_exec("empty path", "", argv);

    snprintf(path, sizeof path, "%s/plain.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("echo not executable\n", f);
    fclose(f);
    chmod(path, 0644);
    try_exec("non-executable file", path, argv);

    snprintf(path, sizeof path, "%s/garbage", dir);
    f = fopen(path, "w");
    for (int i = 0; i < 256; i++) {
        fputc((i * 37 + 11) & 0xff, f);
    }
    fclose(f);
    chmod(path, 0755);
    try_exec("garbage bytes, mode 755", path, argv);

    snprintf(path, sizeof path, "%s/empty", dir);
    f = fopen(path, "w");
    fclose(f);
    chmod(path, 0755);
    try_exec("empty file, mode 755", path, argv);

    snprintf(path, sizeof path, "%s/bad-interp", dir);
    f = fopen(path, "w");
    fputs("#!/nonexistent/interpreter\n", f);
    fclose(f);
    chmod(path, 0755);
    try_exec("#! with a missing interpreter", path, argv);

    /* 7 MB of arguments: Linux allows a quarter of the stack limit, and never more than 6 MB
     * (3/4 of _STK_LIM) even with an unlimited stack, so this fails whatever the limit. */
    size_t n = 7 << 10, len = 1 << 10;
    char **big = calloc(n + 2, sizeof *big);
    char *arg = malloc(len);
    memset(arg, 'a', len - 1);
    arg[len - 1] = 0;
    big[0] = "x";
    for (size_t i = 1; i <= n; i++) {
        big[i] = arg;
    }
    try_exec("7 MB of arguments", "/proc/self/exe", big);
    /* One argument longer than MAX_ARG_STRLEN (32 pages). */
    char *huge = malloc(200000);
    memset(huge, 'b', 199999);
    huge[199999] = 0;
    char *one[] = {"x", huge, NULL};
    try_exec("one argument of 200000 bytes", "/proc/self/exe", one);

    char **volatile bad = (char **) 8;
    errno = 0;
    execve("/proc/self/exe", bad, environ);
    printf("bad argv pointer: %s\n", errname(errno));
    printf("still running\n");
    return 0;
}

/* SIGSEGV, SIGBUS, SIGILL and SIGFPE sent by another process (kill, sigqueue) rather than raised by
 * a fault: a handler gets them with si_code SI_USER or SI_QUEUE and the sender's pid; without a
 * handler the process dies by them. The parent sends as soon as the child is ready, or (no
 * handler) the moment fork returns. */
static volatile sig_atomic_t sent_sig, sent_code, sent_from_parent, sent_value;
static void on_sent(int sig, siginfo_t *si, void *uc) {
    (void) uc;
    sent_sig = sig;
    sent_code = si->si_code;
    sent_from_parent = si->si_pid == getppid();
    sent_value = si->si_code == SI_QUEUE ? si->si_value.sival_int : -1;
}

static void sent_faults(void) {
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
    for (int i = 0; i < 4; i++) {
        for (int queued = 0; queued < 2; queued++) {
            int ready[2];
            if (pipe(ready) != 0) return;
            fflush(stdout);
            pid_t pid = fork();
            if (pid == 0) {
                struct sigaction sa;
                memset(&sa, 0, sizeof sa);
                sa.sa_sigaction = on_sent;
                sa.sa_flags = SA_SIGINFO;
                sigaction(sigs[i], &sa, NULL);
                /* Blocked until sigsuspend, so that it cannot come between the test and the wait. */
                sigset_t one, old;
                sigemptyset(&one);
                sigaddset(&one, sigs[i]);
                sigprocmask(SIG_BLOCK, &one, &old);
                close(ready[0]);
                write(ready[1], "r", 1);
                while (!sent_sig) sigsuspend(&old);
                printf("%s: handler got %d code %s from the parent: %s value %d\n", strsignal(sigs[i]), sent_sig,
                       sent_code == SI_USER ? "SI_USER" : sent_code == SI_QUEUE ? "SI_QUEUE" : "other",
                       sent_from_parent ? "yes" : "no", sent_value);
                exit(0);
            }
            close(ready[1]);
            char c;
            read(ready[0], &c, 1);
            close(ready[0]);
            if (queued) {
                union sigval v = {.sival_int = 40 + i};
                sigqueue(pid, sigs[i], v);
            } else {
                kill(pid, sigs[i]);
            }
            int st;
            waitpid(pid, &st, 0);
            printf("  child exit %d\n", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
        }
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            for (;;) pause();
        }
        kill(pid, sigs[i]);
        int st;
        waitpid(pid, &st, 0);
        printf("%s, no handler: signaled %d by %d\n", strsignal(sigs[i]), WIFSIGNALED(st), WTERMSIG(st));
    }
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *cmd = argc > 1 ? argv[1] : "";
    if (strcmp(cmd, "fork-pipe") == 0) {
        return fork_pipe();
    } else if (strcmp(cmd, "fork-memory") == 0) {
        return fork_memory();
    } else if (strcmp(cmd, "fork-shared-memory") == 0 && argc > 2) {
        return fork_shared_memory(argv[2]);
    } else if (strcmp(cmd, "fork-shared-lifetimes") == 0 && argc > 2) {
        return fork_shared_lifetimes(argv[2]);
    } else if (strcmp(cmd, "fork-fds") == 0 && argc > 2) {
        return fork_fds(argv[2]);
    } else if (strcmp(cmd, "child-sigterm") == 0) {
        child_killed(SIGTERM);
        return 0;
    } else if (strcmp(cmd, "child-sigkill") == 0) {
        child_killed(SIGKILL);
        return 0;
    } else if (strcmp(cmd, "child-sigpipe") == 0) {
        return child_sigpipe();
    } else if (strcmp(cmd, "wait-statuses") == 0) {
        return wait_statuses();
    } else if (strcmp(cmd, "waitid") == 0) {
        return waitid_case();
    } else if (strcmp(cmd, "sigchld") == 0) {
        return sigchld();
    } else if (strcmp(cmd, "sigchld-nocldstop") == 0) {
        return sigchld_nocldstop();
    } else if (strcmp(cmd, "pgrp-session") == 0) {
        return pgrp_session();
    } else if (strcmp(cmd, "pgrp-parent") == 0) {
        return pgrp_parent();
    } else if (strcmp(cmd, "execv") == 0 && argc > 2) {
        return exec_args(argv + 2);
    } else if (strcmp(cmd, "posix-spawn") == 0 && argc > 2) {
        return posix_spawn_case(argv + 2);
    } else if (strcmp(cmd, "posix-spawn-errors") == 0) {
        return posix_spawn_errors();
    } else if (strcmp(cmd, "vfork-exec") == 0 && argc > 2) {
        return vfork_exec(argv + 2);
    } else if (strcmp(cmd, "exec-errors") == 0 && argc > 2) {
        return exec_errors(argv[2]);
    } else if (strcmp(cmd, "sent-faults") == 0) {
        sent_faults();
        return 0;
    } else if (strcmp(cmd, "exec-self") == 0) {
        printf("before exec: argc %d\n", argc);
        char *again[] = {"renamed-argv0", "print-args", "one", "two words", NULL};
        fflush(stdout);
        execv("/proc/self/exe", again);
        printf("execv /proc/self/exe: %s\n", errname(errno));
        return 127;
    } else if (strcmp(cmd, "print-args") == 0) {
        for (int i = 0; i < argc; i++) {
            printf("argv[%d] = %s\n", i, argv[i]);
        }
        return 0;
    }
    fprintf(stderr,
            "usage: process fork-pipe|fork-memory|fork-shared-memory DIR|fork-shared-lifetimes DIR|fork-fds DIR|child-sigterm|child-sigkill|"
            "child-sigpipe|wait-statuses|waitid|sigchld|sigchld-nocldstop|pgrp-session|pgrp-parent|execv PROG ARGS|posix-spawn PROG ARGS|posix-spawn-errors|"
            "vfork-exec PROG ARGS|exec-errors DIR|exec-self|sent-faults\n");
    return 2;
}
