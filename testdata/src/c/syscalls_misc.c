/*
 * The smaller system calls a userland makes: memfd_create, splice/tee/vmsplice, preadv2 and
 * pwritev2, readahead, sync_file_range, mincore, mlock2, the scheduler's calls, I/O priority,
 * capabilities, groups, host and domain names, setting the clocks (only in ways that cannot
 * change them), and chroot's checks. Privileged calls are made only with values that change
 * nothing, so a run as root and a run as a user both print what the kernel says to each.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include <grp.h>

#define CHECK(call) report(#call, (long) (call))

static long report(const char *what, long r) {
    if (r < 0) {
        printf("%-64s = -1 %s\n", what, strerror(errno));
    } else {
        printf("%-64s = %ld\n", what, r);
    }
    return r;
}

static int memfd(void) {
    int m = memfd_create("jemu-test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    CHECK(m >= 0);
    printf("FD_CLOEXEC %s\n", (fcntl(m, F_GETFD) & FD_CLOEXEC) ? "set" : "clear");
    CHECK(write(m, "memory file", 11));
    struct stat st;
    CHECK(fstat(m, &st));
    printf("size %ld, regular %s\n", (long) st.st_size, S_ISREG(st.st_mode) ? "yes" : "no");
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0);
    CHECK(p == MAP_FAILED ? -1 : 0);
    printf("mapped: '%.11s'\n", p);
    p[0] = 'M';
    char buf[16] = {0};
    CHECK(pread(m, buf, 11, 0));
    printf("written through the mapping: '%s'\n", buf);
    munmap(p, 4096);
    CHECK(fcntl(m, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW));
    CHECK(write(m, "x", 1));
    CHECK(ftruncate(m, 0));
    CHECK(fcntl(m, F_GET_SEALS));
    int n = memfd_create("plain", 0);
    printf("without MFD_CLOEXEC: %s\n", (fcntl(n, F_GETFD) & FD_CLOEXEC) ? "set" : "clear");
    CHECK(fcntl(n, F_ADD_SEALS, F_SEAL_WRITE));
    char longname[300];
    memset(longname, 'x', sizeof longname);
    longname[sizeof longname - 1] = 0;
    CHECK(memfd_create(longname, 0));
    CHECK(memfd_create("bad flags", 0x1000));
    return 0;
}

static int splices(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/spliced", dir);
    int f = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(write(f, "0123456789abcdef", 16));
    int p[2], q[2];
    CHECK(pipe(p));
    CHECK(pipe(q));
    loff_t off = 4;
    CHECK(splice(f, &off, p[1], NULL, 6, 0));
    printf("offset now %lld, file position %ld\n", (long long) off, (long) lseek(f, 0, SEEK_CUR));
    CHECK(tee(p[0], q[1], 100, SPLICE_F_NONBLOCK));
    char buf[32] = {0};
    CHECK(read(q[0], buf, sizeof buf - 1));
    printf("tee'd copy '%s'\n", buf);
    off = 16;
    CHECK(splice(p[0], NULL, f, &off, 6, 0));
    memset(buf, 0, sizeof buf);
    CHECK(pread(f, buf, sizeof buf - 1, 0));
    printf("file now '%s'\n", buf);
    CHECK(splice(p[0], NULL, f, NULL, 6, SPLICE_F_NONBLOCK));
    CHECK(splice(f, NULL, f, NULL, 6, 0));
    CHECK(tee(p[0], f, 6, 0));
    /* vmsplice: memory into a pipe, and a pipe into memory */
    char a[] = "vm", b[] = "splice";
    struct iovec iov[2] = {{a, 2}, {b, 6}};
    CHECK(vmsplice(p[1], iov, 2, 0));
    char r1[5] = {0}, r2[5] = {0};
    struct iovec in[2] = {{r1, 4}, {r2, 4}};
    CHECK(vmsplice(p[0], in, 2, 0));
    printf("vmspliced back '%s' '%s'\n", r1, r2);
    CHECK(vmsplice(f, iov, 2, 0));
    /* preadv2/pwritev2 */
    char x[4] = {0}, y[8] = {0};
    struct iovec rv[2] = {{x, 3}, {y, 7}};
    CHECK(preadv2(f, rv, 2, 10, 0));
    printf("preadv2 at 10: '%s' '%s'\n", x, y);
    CHECK(lseek(f, 2, SEEK_SET));
    memset(x, 0, sizeof x);
    memset(y, 0, sizeof y);
    CHECK(preadv2(f, rv, 2, -1, 0));
    printf("preadv2 at the position: '%s' '%s', position now %ld\n", x, y, (long) lseek(f, 0, SEEK_CUR));
    struct iovec wv[1] = {{"END", 3}};
    CHECK(pwritev2(f, wv, 1, 22, 0));
    CHECK(pwritev2(f, wv, 1, 0, 0x40000000));
    memset(buf, 0, sizeof buf);
    CHECK(pread(f, buf, sizeof buf - 1, 0));
    printf("file now '%s'\n", buf);
    CHECK(preadv2(p[0], rv, 2, 0, 0));
    CHECK(readahead(f, 0, 4096));
    CHECK(readahead(p[0], 0, 4096));
    CHECK(sync_file_range(f, 0, 0, SYNC_FILE_RANGE_WRITE));
    CHECK(sync_file_range(f, 0, 0, 0x100));
    CHECK(sync_file_range(p[0], 0, 0, SYNC_FILE_RANGE_WRITE));
    return 0;
}

static int memory(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    m[0] = 1;
    m[2 * page] = 1;
    unsigned char vec[4] = {9, 9, 9, 9};
    CHECK(mincore(m, 4 * page, vec));
    printf("resident: %d %d %d %d\n", vec[0] & 1, vec[1] & 1, vec[2] & 1, vec[3] & 1);
    CHECK(mincore(m, 1, vec));
    CHECK(mincore(m + 1, page, vec));
    CHECK(munmap(m + page, page));
    CHECK(mincore(m, 4 * page, vec));
    CHECK(mincore(m, page, (unsigned char *) 8));
    char *code = (char *) (long) memfd;
    CHECK(mincore(code - ((long) code & (page - 1)), page, vec));
    printf("code resident: %d\n", vec[0] & 1);
    CHECK(mincore(m, 0, vec));
    CHECK(mlock2(m, page, 0));
    CHECK(mlock2(m, page, 8));
    CHECK(munlock(m, page));
    return 0;
}

static int sched(void) {
    CHECK(sched_getscheduler(0));
    struct sched_param sp = {-1};
    CHECK(sched_getparam(0, &sp));
    printf("priority %d\n", sp.sched_priority);
    CHECK(sched_get_priority_max(SCHED_FIFO));
    CHECK(sched_get_priority_min(SCHED_FIFO));
    CHECK(sched_get_priority_max(SCHED_OTHER));
    CHECK(sched_get_priority_max(77));
    struct timespec ts = {-1, -1};
    CHECK(sched_rr_get_interval(0, &ts));
    printf("interval non-negative: %s\n", ts.tv_sec >= 0 && ts.tv_nsec >= 0 ? "yes" : "no");
    sp.sched_priority = 0;
    CHECK(sched_setscheduler(0, SCHED_BATCH, &sp));
    CHECK(sched_getscheduler(0));
    CHECK(sched_setparam(0, &sp));
    CHECK(sched_setscheduler(0, SCHED_OTHER, &sp));
    CHECK(sched_getscheduler(0));
    CHECK(sched_setscheduler(0, SCHED_OTHER, NULL));
    CHECK(sched_setscheduler(0, 77, &sp));
    CHECK(sched_getparam(-1, &sp));
    CHECK(sched_getscheduler(0x7ffffff0));
    cpu_set_t set;
    CHECK(sched_getaffinity(0, sizeof set, &set));
    CHECK(sched_setaffinity(0, sizeof set, &set));
    cpu_set_t none;
    CPU_ZERO(&none);
    CHECK(sched_setaffinity(0, sizeof none, &none));
    struct {
        unsigned size, policy;
        unsigned long long flags;
        int nice;
        unsigned prio;
        unsigned long long runtime, deadline, period;
    } attr;
    memset(&attr, 0xff, sizeof attr);
    CHECK(syscall(SYS_sched_getattr, 0, &attr, sizeof attr, 0));
    printf("sched_attr: size %u policy %u nice %d prio %u\n", attr.size, attr.policy, attr.nice, attr.prio);
    CHECK(syscall(SYS_sched_setattr, 0, &attr, 0));
    CHECK(syscall(SYS_sched_getattr, 0, &attr, 8, 0));
    int prio = CHECK(syscall(SYS_ioprio_get, 1 /* IOPRIO_WHO_PROCESS */, 0));
    CHECK(syscall(SYS_ioprio_set, 1, 0, prio));
    CHECK(syscall(SYS_ioprio_get, 99, 0));
    return 0;
}

static int privileges(void) {
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    CHECK(syscall(SYS_capget, &h, d));
    printf("capabilities: effective %#x %#x\n", d[0].effective, d[1].effective);
    CHECK(syscall(SYS_capset, &h, d));
    h.version = 0x12345678;
    CHECK(syscall(SYS_capget, &h, d));
    printf("version the kernel wants: %#x\n", h.version);
    h.version = _LINUX_CAPABILITY_VERSION_1;
    CHECK(syscall(SYS_capget, &h, NULL));
    h.version = _LINUX_CAPABILITY_VERSION_3;
    h.pid = getppid();
    CHECK(syscall(SYS_capget, &h, d));

    gid_t groups[64];
    int n = getgroups(64, groups);
    CHECK(n);
    CHECK(setgroups(n, groups));
    CHECK(setgroups(-1, groups));

    char name[128] = {0};
    CHECK(gethostname(name, sizeof name));
    CHECK(sethostname(name, strlen(name)));
    CHECK(sethostname(name, 100));
    char dom[128] = {0};
    CHECK(getdomainname(dom, sizeof dom));
    CHECK(setdomainname(dom, strlen(dom)));

    struct timespec ts = {0, 2000000000};
    CHECK(clock_settime(CLOCK_REALTIME, &ts));
    CHECK(clock_settime(CLOCK_MONOTONIC, &ts));
    struct timeval tv = {0, 2000000};
    CHECK(settimeofday(&tv, NULL));
    struct timex tx = {0};
    long state = CHECK(adjtimex(&tx));
    printf("adjtimex: a clock state %s, tick set %s\n", state >= 0 && state <= 5 ? "yes" : "no", tx.tick > 0 ? "yes" : "no");
    memset(&tx, 0, sizeof tx);
    CHECK(clock_adjtime(CLOCK_REALTIME, &tx));
    tx.modes = 0x4000; /* not a mode */
    CHECK(clock_adjtime(12345, &tx));

    CHECK(chroot("/nonexistent"));
    CHECK(chroot("/proc/self/status"));
    CHECK(chroot(""));
    CHECK(chroot((char *) 8));
    CHECK(chroot("/")); /* a no-op: 0 for root, EPERM for anyone else */
    char cwd[4096];
    printf("cwd unchanged: %s\n", getcwd(cwd, sizeof cwd) ? "yes" : strerror(errno));
    return 0;
}

/*
 * Where qemu-user 7.2 is not Linux (checked against the same program built for x86-64): it
 * refuses pwritev2's RWF_APPEND (EOPNOTSUPP) and mlock2's MLOCK_ONFAULT (EINVAL), and aborts on
 * settimeofday(NULL, NULL).
 */
static int not_qemu(const char *dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/appended", dir);
    int f = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(write(f, "start", 5));
    struct iovec wv[1] = {{"-END", 4}};
    CHECK(pwritev2(f, wv, 1, 0, RWF_APPEND));
    char buf[16] = {0};
    CHECK(pread(f, buf, sizeof buf - 1, 0));
    printf("file now '%s'\n", buf);
    long page = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(mlock2(m, page, MLOCK_ONFAULT));
    CHECK(syscall(SYS_settimeofday, NULL, NULL)); /* a no-op for Linux; qemu-user 7.2 aborts */
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *cmd = argc > 1 ? argv[1] : "";
    if (strcmp(cmd, "memfd") == 0) {
        return memfd();
    } else if (strcmp(cmd, "splice") == 0 && argc > 2) {
        return splices(argv[2]);
    } else if (strcmp(cmd, "memory") == 0) {
        return memory();
    } else if (strcmp(cmd, "sched") == 0) {
        return sched();
    } else if (strcmp(cmd, "privileges") == 0) {
        return privileges();
    } else if (strcmp(cmd, "not-qemu") == 0 && argc > 2) {
        return not_qemu(argv[2]);
    }
    fprintf(stderr, "usage: syscalls_misc memfd|splice DIR|memory|sched|privileges|not-qemu DIR\n");
    return 2;
}
