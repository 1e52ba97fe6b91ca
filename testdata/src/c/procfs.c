/* /proc as the guest must see it, each mode printing what it checks and never an address, a pid
 * or anything else that differs between runs:
 *   maps       its own mappings with guest addresses, permissions and names
 *   cmdline    /proc/self/cmdline is the argv the program got
 *   auxv       /proc/self/auxv is the vector the program started with (getauxval, the stack)
 *   stat       /proc/self/stat's pid, comm, ppid and startstack
 *   fds        /proc/self/fd links and listing, /dev/fd and /dev/stdin, fdinfo
 *   links      /proc/self/cwd, root and exe
 * compared with qemu-aarch64 (ProgramsIT, DynamicIT), and with what Linux prints (shell.cases),
 * where qemu-user 7.2 shows the host's file or cannot run the case:
 *   cpuinfo    an ARM CPU
 *   smaps      smaps and smaps_rollup agree with maps and with what was written
 *   thread     /proc/thread-self is the calling thread's
 *   proctitle  cmdline shows argv as the program rewrote it
 *   exec       the same after an execve of itself (then runs the modes named after it) */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int global_data = 42;

/* Finds the line of /proc/self/maps whose range holds addr; copies its perms and name. */
static int lookup(unsigned long addr, char *perms, char *name) {
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    int found = 0;
    while (f && fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char p[5] = "", n[256] = "";
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %255[^\n]", &lo, &hi, p, n) >= 3 && lo <= addr && addr < hi) {
            strcpy(perms, p);
            strcpy(name, n);
            found = 1;
        }
    }
    if (f) {
        fclose(f);
    }
    return found;
}

static void check(const char *what, const void *addr, const char *want_perms, const char *name_part) {
    char perms[8] = "", name[256] = "";
    int found = lookup((unsigned long) addr, perms, name);
    printf("%s: listed %s, perms %s, name %s\n", what, found ? "yes" : "no",
           strcmp(perms, want_perms) == 0 ? "as expected" : perms,
           name_part == NULL ? "(not checked)" : strstr(name, name_part) ? "as expected" : name);
}

static void cpuinfo(void) {
    FILE *c = fopen("/proc/cpuinfo", "r");
    char line[512];
    int processors = 0, features = 0, arch8 = 0, fp = 0;
    while (c && fgets(line, sizeof line, c)) {
        processors += strncmp(line, "processor", 9) == 0;
        if (strncmp(line, "Features", 8) == 0) {
            features = 1;
            fp = strstr(line, " fp") != NULL && strstr(line, "asimd") != NULL;
        }
        arch8 |= strncmp(line, "CPU architecture: 8", 19) == 0;
    }
    printf("cpuinfo: processors %s, Features %s, fp and asimd %s, CPU architecture 8 %s\n",
           processors > 0 ? "yes" : "no", features ? "yes" : "no", fp ? "yes" : "no", arch8 ? "yes" : "no");
}

static void show_maps(char **argv) {
    int local = 0;
    check("code", (void *) show_maps, "r-xp", "procfs");
    check("data", &global_data, "rw-p", NULL);
    check("stack", &local, "rw-p", "[stack]");
    void *anon = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check("anonymous mmap", anon, "r--p", NULL);
    mprotect(anon, 4096, PROT_READ | PROT_WRITE);
    check("after mprotect", anon, "rw-p", NULL);
    check("rest of it", (char *) anon + 4096, "r--p", NULL);
    munmap(anon, 3 * 4096);
    char perms[8], name[256];
    printf("after munmap: listed %s\n", lookup((unsigned long) anon, perms, name) ? "yes" : "no");
    int fd = open(argv[0], O_RDONLY);
    void *file = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    check("file mmap", file, "r--p", "procfs");
    void *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    check("shared anonymous", shared, "rw-s", NULL);
}

static const char *yes(int b) {
    return b ? "yes" : "no";
}

/* A whole file (a /proc file has no size to ask for); its length in *len. */
static char *slurp(const char *path, size_t *len) {
    static char buf[1 << 20];
    int fd = open(path, O_RDONLY);
    size_t n = 0;
    ssize_t r;
    *len = 0;
    if (fd < 0) {
        return NULL;
    }
    while (n < sizeof buf - 1 && (r = read(fd, buf + n, sizeof buf - 1 - n)) > 0) {
        n += r;
    }
    close(fd);
    buf[n] = 0;
    *len = n;
    return buf;
}

/* /proc/PID/NAME of this process. */
static const char *pidpath(const char *name) {
    static char p[64];
    snprintf(p, sizeof p, "/proc/%d/%s", getpid(), name);
    return p;
}

static int same_file(const char *a, const char *b) {
    size_t n, m;
    char *x = slurp(a, &n), *copy;
    if (x == NULL || (copy = malloc(n + 1)) == NULL) {
        return 0;
    }
    memcpy(copy, x, n);
    char *y = slurp(b, &m);
    int same = y != NULL && n == m && memcmp(copy, y, n) == 0;
    free(copy);
    return same;
}

static int cmdline_is_argv(const char *path, int argc, char **argv) {
    size_t n;
    char *c = slurp(path, &n);
    size_t at = 0;
    for (int i = 0; i < argc; i++) {
        size_t l = strlen(argv[i]) + 1;
        if (c == NULL || at + l > n || memcmp(c + at, argv[i], l) != 0) {
            return 0;
        }
        at += l;
    }
    return at == n;
}

static void show_cmdline(int argc, char **argv) {
    printf("cmdline: equals argv: %s (%d arguments)\n", yes(cmdline_is_argv("/proc/self/cmdline", argc, argv)),
           argc);
    printf("cmdline: /proc/PID/cmdline too: %s\n", yes(cmdline_is_argv(pidpath("cmdline"), argc, argv)));
}

static void show_auxv(char **envp, char **argv) {
    size_t n;
    unsigned long *v = (unsigned long *) slurp("/proc/self/auxv", &n);
    size_t entries = n / 16;
    int ends = entries > 0 && v[2 * (entries - 1)] == AT_NULL && v[2 * (entries - 1) + 1] == 0;
    int all = entries > 0, nulls = 0;
    unsigned long hwcap = 0;
    const char *execfn = NULL, *platform = NULL;
    for (size_t i = 0; i < entries; i++) {
        unsigned long type = v[2 * i], val = v[2 * i + 1];
        nulls += type == AT_NULL;
        if (type != AT_NULL && getauxval(type) != val) {
            all = 0;
        }
        hwcap = type == AT_HWCAP ? val : hwcap;
        execfn = type == AT_EXECFN ? (const char *) val : execfn;
        platform = type == AT_PLATFORM ? (const char *) val : platform;
    }
    printf("auxv: whole 16-byte entries: %s, ends with AT_NULL: %s, only there: %s\n", yes(n > 0 && n % 16 == 0),
           yes(ends), yes(nulls == 1));
    printf("auxv: every entry is what getauxval says: %s\n", yes(all));
    printf("auxv: AT_PAGESZ %lu, AT_PHDR and AT_ENTRY listed: %s, AT_RANDOM listed: %s\n", getauxval(AT_PAGESZ),
           yes(getauxval(AT_PHDR) != 0 && getauxval(AT_ENTRY) != 0), yes(getauxval(AT_RANDOM) != 0));
    printf("auxv: AT_HWCAP has fp and asimd: %s, AT_PLATFORM %s, AT_EXECFN is argv[0]: %s\n", yes((hwcap & 3) == 3),
           platform ? platform : "(none)", yes(execfn != NULL && strcmp(execfn, argv[0]) == 0));
    /* The vector on the initial stack follows envp's NULL. */
    char **e = envp;
    while (*e) {
        e++;
    }
    printf("auxv: equals the vector on the stack: %s\n", yes(n > 0 && memcmp(e + 1, v, n) == 0));
    printf("auxv: /proc/PID/auxv too: %s\n", yes(same_file("/proc/self/auxv", pidpath("auxv"))));
}

/* Field f (1-based) of a stat line, after the "(comm)" that may hold spaces; comm itself for f == 2. */
static int stat_field(const char *line, int f, char *out, size_t size) {
    const char *open = strchr(line, '('), *close = strrchr(line, ')');
    if (open == NULL || close == NULL) {
        return 0;
    }
    if (f == 1) {
        snprintf(out, size, "%.*s", (int) (open - line - 1), line);
        return 1;
    }
    if (f == 2) {
        snprintf(out, size, "%.*s", (int) (close - open - 1), open + 1);
        return 1;
    }
    const char *p = close + 2;
    for (int i = 3; i < f; i++) {
        p = strchr(p, ' ');
        if (p == NULL) {
            return 0;
        }
        p++;
    }
    size_t l = strcspn(p, " \n");
    snprintf(out, size, "%.*s", (int) l, p);
    return l > 0;
}

static int stat_fields(const char *line) {
    const char *p = strrchr(line, ')');
    int n = 2;
    for (p = p ? p + 1 : line; *p && *p != '\n'; p++) {
        n += *p == ' ';
    }
    return n;
}

static void show_stat(char **argv) {
    size_t n;
    char line[4096], f[256];
    char *s = slurp("/proc/self/stat", &n);
    snprintf(line, sizeof line, "%s", s ? s : "");
    const char *base = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    printf("stat: pid is getpid(): %s\n", yes(stat_field(line, 1, f, sizeof f) && atoi(f) == getpid()));
    printf("stat: comm is basename(argv[0]), at most 15 bytes: %s",
           yes(stat_field(line, 2, f, sizeof f) && strncmp(f, base, 15) == 0 && strlen(f) == strnlen(base, 15)));
    printf(" (%s)\n", f);
    printf("stat: ppid is getppid(): %s\n", yes(stat_field(line, 4, f, sizeof f) && atoi(f) == getppid()));
    printf("stat: 44 fields at least: %s\n", yes(stat_fields(line) >= 44));
    unsigned long start = stat_field(line, 28, f, sizeof f) ? strtoul(f, NULL, 10) : 0;
    printf("stat: startstack is where argc is: %s\n", yes(start == (unsigned long) argv - sizeof(long)));
    char perms[8], name[256];
    printf("stat: startstack in [stack]: %s\n",
           yes(lookup(start, perms, name) && strcmp(name, "[stack]") == 0));
    s = slurp(pidpath("stat"), &n);
    char other[256];
    printf("stat: /proc/PID/stat too: %s\n", yes(s && stat_field(s, 1, f, sizeof f) && atoi(f) == getpid()
                                                  && stat_field(s, 2, other, sizeof other)
                                                  && stat_field(line, 2, f, sizeof f) && strcmp(f, other) == 0));
}

/* readlink as a string ("" when it fails, with errno). */
static const char *link_of(const char *path) {
    static char buf[PATH_MAX + 1];
    ssize_t n = readlink(path, buf, PATH_MAX);
    buf[n < 0 ? 0 : n] = 0;
    return buf;
}

static const char *fd_link(int fd) {
    char p[64];
    snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
    return link_of(p);
}

static int listed(const int *fds, int n, int fd) {
    for (int i = 0; i < n; i++) {
        if (fds[i] == fd) {
            return 1;
        }
    }
    return 0;
}

static void show_fds(char **argv) {
    char self[PATH_MAX], path[64], buf[16];
    if (realpath(argv[0], self) == NULL) {
        printf("fds: realpath of argv[0] failed\n");
        return;
    }
    int file = open(argv[0], O_RDONLY);
    printf("fds: a file's link is its path: %s\n", yes(strcmp(fd_link(file), self) == 0));
    snprintf(path, sizeof path, "%d/fd/%d", getpid(), file);
    printf("fds: /proc/PID/fd too: %s\n", yes(strcmp(link_of(pidpath(path + strcspn(path, "/") + 1)), self) == 0));
    int p[2];
    pipe(p);
    struct stat st;
    fstat(p[0], &st);
    char want[64];
    snprintf(want, sizeof want, "pipe:[%lu]", (unsigned long) st.st_ino);
    printf("fds: a pipe's ends are pipe:[its inode]: %s\n",
           yes(strcmp(fd_link(p[0]), want) == 0 && strcmp(fd_link(p[1]), want) == 0));

    /* fd 0 becomes the file: its link, and /dev/stdin, follow. */
    dup2(file, 0);
    printf("fds: 0 after dup2 names the file: %s\n", yes(strcmp(fd_link(0), self) == 0));
    int in = open("/dev/stdin", O_RDONLY);
    printf("fds: /dev/stdin opens it: %s\n", yes(in >= 0 && read(in, buf, 4) == 4 && memcmp(buf, "\177ELF", 4) == 0));
    close(in);

    /* /dev/fd/N and /proc/self/fd/N open what fd N is. */
    write(p[1], "hello", 5);
    snprintf(path, sizeof path, "/dev/fd/%d", p[0]);
    int r = open(path, O_RDONLY);
    memset(buf, 0, sizeof buf);
    printf("fds: /dev/fd/N of the pipe reads it: %s\n", yes(r >= 0 && read(r, buf, 5) == 5 && strcmp(buf, "hello") == 0));
    close(r);
    write(p[1], "again", 5);
    snprintf(path, sizeof path, "/proc/self/fd/%d", p[0]);
    r = open(path, O_RDONLY);
    memset(buf, 0, sizeof buf);
    printf("fds: /proc/self/fd/N of the pipe reads it: %s\n",
           yes(r >= 0 && read(r, buf, 5) == 5 && strcmp(buf, "again") == 0));
    close(r);
    printf("fds: stat through /proc/self/fd/N is fstat: %s\n",
           yes(stat(path, &st) == 0 && S_ISFIFO(st.st_mode)));

    lseek(file, 100, SEEK_SET);
    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", file);
    size_t n;
    char *info = slurp(path, &n);
    printf("fdinfo: pos is the offset: %s\n", yes(info != NULL && strncmp(info, "pos:\t100\n", 9) == 0));

    /* A descriptor the program does not have has no link, whatever the emulator holds there. */
    int free_fd = dup(0);
    close(free_fd);
    errno = 0;
    printf("fds: the lowest free fd: %s", *fd_link(free_fd) ? "has a link\n" : "");
    if (errno) {
        printf("%s\n", errno == ENOENT ? "ENOENT" : strerror(errno));
    }
    snprintf(path, sizeof path, "/proc/self/fd/%d", free_fd);
    printf("fds: opening it: %s\n", open(path, O_RDONLY) < 0 && errno == ENOENT ? "ENOENT" : "opened");

    /* The listing: ".", "..", and exactly the open descriptors. */
    DIR *d = opendir("/proc/self/fd");
    int seen[256], count = 0, dots = 0, closed = 0, dup_entries = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            dots++;
            continue;
        }
        int fd = atoi(e->d_name);
        dup_entries += listed(seen, count, fd);
        closed += fcntl(fd, F_GETFD) < 0;
        if (count < 256) {
            seen[count++] = fd;
        }
    }
    int mine[] = {0, 1, 2, file, p[0], p[1], d ? dirfd(d) : -1};
    int all = 1;
    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++) {
        all &= listed(seen, count, mine[i]);
    }
    int open_fds = 0;
    for (int fd = 0; fd < 1024; fd++) {
        open_fds += fcntl(fd, F_GETFD) >= 0;
    }
    printf("fd listing: . and ..: %s, every open fd: %s, nothing closed: %s, no repeats: %s, as many as are open: %s\n",
           yes(dots == 2), yes(all), yes(closed == 0), yes(dup_entries == 0), yes(count == open_fds));
    rewinddir(d);
    int again = 0;
    while ((e = readdir(d)) != NULL) {
        again++;
    }
    printf("fd listing: the same after rewinddir: %s\n", yes(again == count + dots));
    closedir(d);
}

static void show_links(char **argv) {
    char cwd[PATH_MAX], self[PATH_MAX];
    getcwd(cwd, sizeof cwd);
    printf("links: cwd is getcwd(): %s\n", yes(strcmp(link_of("/proc/self/cwd"), cwd) == 0));
    chdir("/");
    printf("links: cwd after chdir /: %s\n", link_of("/proc/self/cwd"));
    chdir(cwd);
    printf("links: root: %s\n", link_of("/proc/self/root"));
    realpath(argv[0], self);
    printf("links: exe is argv[0]'s real path: %s\n", yes(strcmp(link_of("/proc/self/exe"), self) == 0));
    printf("links: /proc/PID/exe too: %s\n", yes(strcmp(link_of(pidpath("exe")), self) == 0));
    printf("links: /proc/PID/cwd too: %s\n", yes(strcmp(link_of(pidpath("cwd")), cwd) == 0));
}

/* Each maps line against the smaps header in the same place; the fields of each mapping. */
static void show_smaps(void) {
    static char maps_text[1 << 16];
    /* 16 written pages between two PROT_NONE ones, so that no neighbour merges with them (Linux
     * would merge like mappings); written memory is resident. */
    char *guarded = mmap(NULL, 18 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *written = guarded + 4096;
    mprotect(written, 16 * 4096, PROT_READ | PROT_WRITE);
    memset(written, 1, 16 * 4096);
    size_t n;
    char *m = slurp("/proc/self/maps", &n);
    memcpy(maps_text, m, n < sizeof maps_text ? n + 1 : 0);
    char *s = slurp("/proc/self/smaps", &n);
    int mappings = 0, same = 1, size_ok = 1, kps = 1, flags_ok = 1, rss_ok = 1, fields = 1;
    unsigned long written_rss = 0;
    char *maps_line = maps_text, *line = s;
    while (line && *line) {
        char *next = strchr(line, '\n');
        if (next) {
            *next++ = 0;
        }
        unsigned long lo, hi, kb;
        char perms[8];
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, perms) == 3 && strchr(line, ':') != NULL
            && line[strspn(line, "0123456789abcdef")] == '-') {
            /* the next maps line */
            unsigned long mlo = 0, mhi = 0;
            char mperms[8] = "";
            if (maps_line == NULL || sscanf(maps_line, "%lx-%lx %4s", &mlo, &mhi, mperms) != 3) {
                same = 0;
            }
            maps_line = maps_line && strchr(maps_line, '\n') ? strchr(maps_line, '\n') + 1 : NULL;
            same &= mlo == lo && mhi == hi && strcmp(mperms, perms) == 0;
            mappings++;
            unsigned long size = 0, k = 0, mmu = 0, rss = 0;
            int have = 0;
            char vmflags[256] = "";
            while (next && *next && !(sscanf(next, "%lx-%lx", &lo, &hi) == 2 && next[strspn(next, "0123456789abcdef")] == '-')) {
                char *end = strchr(next, '\n');
                if (end) {
                    *end++ = 0;
                }
                if (sscanf(next, "Size: %lu kB", &kb) == 1) {
                    size = kb;
                    have |= 1;
                } else if (sscanf(next, "KernelPageSize: %lu kB", &kb) == 1) {
                    k = kb;
                    have |= 2;
                } else if (sscanf(next, "MMUPageSize: %lu kB", &kb) == 1) {
                    mmu = kb;
                    have |= 4;
                } else if (sscanf(next, "Rss: %lu kB", &kb) == 1) {
                    rss = kb;
                    have |= 8;
                } else if (strncmp(next, "Pss:", 4) == 0 || strncmp(next, "Anonymous:", 10) == 0
                           || strncmp(next, "Swap:", 5) == 0 || strncmp(next, "Private_Dirty:", 14) == 0) {
                    have |= strncmp(next, "Pss:", 4) == 0 ? 16 : strncmp(next, "Anonymous:", 10) == 0 ? 32
                          : strncmp(next, "Swap:", 5) == 0 ? 64 : 128;
                } else if (strncmp(next, "VmFlags:", 8) == 0) {
                    snprintf(vmflags, sizeof vmflags, "%s ", next + 8);
                    have |= 256;
                }
                next = end;
            }
            size_ok &= size == ((hi = strtoul(strchr(line, '-') + 1, NULL, 16)) - strtoul(line, NULL, 16)) / 1024;
            kps &= k == 4 && mmu == 4;
            rss_ok &= rss <= size;
            fields &= have == 511;
            flags_ok &= (strstr(vmflags, " rd ") != NULL) == (perms[0] == 'r')
                        && (strstr(vmflags, " wr ") != NULL) == (perms[1] == 'w')
                        && (strstr(vmflags, " ex ") != NULL) == (perms[2] == 'x')
                        && (strstr(vmflags, " sh ") != NULL) == (perms[3] == 's');
            if (strtoul(line, NULL, 16) == (unsigned long) written) {
                written_rss = rss;
            }
        }
        line = next;
    }
    printf("smaps: mappings as in maps, in order: %s (%s)\n", yes(same && maps_line != NULL && *maps_line == 0),
           mappings > 3 ? "several" : "few");
    printf("smaps: Size is end - start: %s, page sizes 4 kB: %s, Rss within Size: %s\n", yes(size_ok), yes(kps),
           yes(rss_ok));
    printf("smaps: Size, KernelPageSize, MMUPageSize, Rss, Pss, Private_Dirty, Anonymous, Swap, VmFlags in each: %s\n",
           yes(fields));
    printf("smaps: VmFlags rd wr ex sh as the permissions: %s\n", yes(flags_ok));
    printf("smaps: Rss of 16 written pages: %lu kB\n", written_rss);
    char *r = slurp("/proc/self/smaps_rollup", &n);
    unsigned long rollup_rss = 0;
    char *rss_line = r ? strstr(r, "\nRss:") : NULL;
    if (rss_line) {
        sscanf(rss_line + 1, "Rss: %lu kB", &rollup_rss);
    }
    printf("smaps_rollup: one [rollup] header: %s, Rss holds the written pages: %s\n",
           yes(r && strstr(r, "[rollup]\n") != NULL && strchr(r, '\n') == strstr(r, "[rollup]\n") + 8),
           yes(rollup_rss >= 64));
}

static void *thread_main(void *arg) {
    char **argv = arg;
    size_t n;
    char f[64];
    char *s = slurp("/proc/thread-self/stat", &n);
    printf("thread: stat's pid is gettid(): %s, not getpid(): %s\n",
           yes(s && stat_field(s, 1, f, sizeof f) && atoi(f) == (int) syscall(SYS_gettid)),
           yes(s && atoi(f) != getpid()));
    int fd = open(argv[0], O_RDONLY);
    char p[64], self[PATH_MAX];
    snprintf(p, sizeof p, "/proc/thread-self/fd/%d", fd);
    realpath(argv[0], self);
    printf("thread: fd links: %s\n", yes(strcmp(link_of(p), self) == 0));
    close(fd);
    return NULL;
}

static void show_thread(int argc, char **argv) {
    printf("thread: cmdline is argv: %s\n", yes(cmdline_is_argv("/proc/thread-self/cmdline", argc, argv)));
    printf("thread: maps is the process's: %s\n", yes(same_file("/proc/thread-self/maps", "/proc/self/maps")));
    printf("thread: exe: %s\n", yes(strcmp(link_of("/proc/thread-self/exe"), link_of("/proc/self/exe")) == 0
                                    && *link_of("/proc/self/exe")));
    pthread_t t;
    pthread_create(&t, NULL, thread_main, argv);
    pthread_join(t, NULL);
}

/* setproctitle: the title over argv[0]'s bytes, the rest of the argument area zeroed. */
static void show_proctitle(int argc, char **argv) {
    char *start = argv[0], *end = argv[argc - 1] + strlen(argv[argc - 1]) + 1;
    const char *title = "renamed: worker";
    memset(start, 0, end - start);
    memcpy(start, title, strlen(title) < (size_t) (end - start - 1) ? strlen(title) : (size_t) (end - start - 1));
    size_t n;
    char *c = slurp("/proc/self/cmdline", &n);
    int zeros = 1;
    for (size_t i = strlen(start); i < n; i++) {
        zeros &= c[i] == 0;
    }
    printf("proctitle: cmdline starts with the title: %s, then NULs to the old end: %s\n",
           yes(c && strcmp(c, start) == 0), yes(zeros && n == (size_t) (end - start)));
}

int main(int argc, char **argv, char **envp) {
    const char *mode = argc > 1 ? argv[1] : "maps";
    if (strcmp(mode, "exec") == 0) {
        char self[PATH_MAX];
        realpath(argv[0], self);
        char *args[] = {self, "cmdline", "stat", "after exec", NULL};
        execv(self, args);
        printf("exec: failed: %s\n", strerror(errno));
        return 1;
    }
    for (int i = 1; i < argc || i == 1; i++) {
        mode = argc > 1 ? argv[i] : "maps";
        if (strcmp(mode, "cpuinfo") == 0) {
            cpuinfo();
        } else if (strcmp(mode, "maps") == 0) {
            show_maps(argv);
        } else if (strcmp(mode, "cmdline") == 0) {
            show_cmdline(argc, argv);
        } else if (strcmp(mode, "auxv") == 0) {
            show_auxv(envp, argv);
        } else if (strcmp(mode, "stat") == 0) {
            show_stat(argv);
        } else if (strcmp(mode, "fds") == 0) {
            show_fds(argv);
        } else if (strcmp(mode, "links") == 0) {
            show_links(argv);
        } else if (strcmp(mode, "smaps") == 0) {
            show_smaps();
        } else if (strcmp(mode, "thread") == 0) {
            show_thread(argc, argv);
        } else if (strcmp(mode, "proctitle") == 0) {
            show_proctitle(argc, argv);
        }
        fflush(stdout);
    }
    return 0;
}
