/*
 * File system calls as a program makes them through libc, in a scratch directory given as
 * argv[1]: create, write, read, seek, positional I/O, stat, directories, links, renames,
 * permissions, truncation, descriptors (dup, fcntl, pipes), and the errors of each.
 * Prints results that do not depend on the machine (no inode numbers, no times).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#define CHECK(call) report(#call, (long) (call))

static void report(const char *what, long r) {
    if (r < 0) {
        printf("%-60s = -1 %s\n", what, strerror(errno));
    } else {
        printf("%-60s = %ld\n", what, r);
    }
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}

static void list(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        printf("opendir %s: %s\n", dir, strerror(errno));
        return;
    }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64) {
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof names[0], by_name);
    printf("ls %s:", dir);
    for (int i = 0; i < n; i++) {
        printf(" %s", names[i]);
        free(names[i]);
    }
    printf("\n");
}

static void show(const char *path, int follow) {
    struct stat st;
    int r = follow ? stat(path, &st) : lstat(path, &st);
    if (r != 0) {
        printf("stat %s: %s\n", path, strerror(errno));
        return;
    }
    printf("stat %s: type %o perm %o size %lld nlink %ld\n", path, st.st_mode & S_IFMT, st.st_mode & 07777,
           (long long) st.st_size, (long) st.st_nlink);
}

int main(int argc, char **argv) {
    if (argc < 2 || chdir(argv[1]) != 0) {
        fprintf(stderr, "usage: files SCRATCH-DIR\n");
        return 2;
    }
    umask(022);
    CHECK(mkdir("d", 0755));
    CHECK(mkdir("d", 0755));
    int fd = open("d/a.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
    CHECK(fd);
    CHECK(write(fd, "hello, world\n", 13));
    CHECK(lseek(fd, 0, SEEK_CUR));
    CHECK(lseek(fd, 7, SEEK_SET));
    char buf[64] = {0};
    CHECK(read(fd, buf, sizeof buf));
    printf("read: %s", buf);
    CHECK(pwrite(fd, "WORLD", 5, 7));
    memset(buf, 0, sizeof buf);
    CHECK(pread(fd, buf, 12, 0));
    printf("pread: %s\n", buf);
    struct iovec iov[3] = {{"one ", 4}, {"two ", 4}, {"three\n", 6}};
    CHECK(lseek(fd, 0, SEEK_END));
    CHECK(writev(fd, iov, 3));
    char b1[5] = {0}, b2[9] = {0};
    struct iovec riov[2] = {{b1, 4}, {b2, 8}};
    CHECK(lseek(fd, 13, SEEK_SET));
    CHECK(readv(fd, riov, 2));
    printf("readv: [%s][%s]\n", b1, b2);
    CHECK(lseek(fd, 100, SEEK_END));
    CHECK(write(fd, "!", 1));
    CHECK(ftruncate(fd, 20));
    CHECK(fsync(fd));
    CHECK(fdatasync(fd));
    struct stat st;
    CHECK(fstat(fd, &st));
    printf("fstat size %lld blocks>0 %d\n", (long long) st.st_size, st.st_blocks > 0);
    CHECK(fchmod(fd, 0600));
    show("d/a.txt", 1);
    CHECK(close(fd));
    CHECK(close(fd));
    CHECK(read(fd, buf, 1));

    CHECK(open("missing/file", O_RDONLY));
    CHECK(open("d/a.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    CHECK(open("d", O_WRONLY));
    CHECK(access("d/a.txt", R_OK | W_OK));
    CHECK(access("d/a.txt", X_OK));
    CHECK(faccessat(AT_FDCWD, "d/nope", F_OK, 0));
    CHECK(symlink("a.txt", "d/link"));
    CHECK(symlink("a.txt", "d/link"));
    char target[64] = {0};
    CHECK(readlink("d/link", target, sizeof target));
    printf("readlink: %s\n", target);
    CHECK(readlink("d/a.txt", target, sizeof target));
    show("d/link", 0);
    show("d/link", 1);
    CHECK(link("d/a.txt", "d/hard"));
    show("d/a.txt", 1);
    CHECK(rename("d/hard", "d/renamed"));
    CHECK(rename("d/nothing", "d/x"));
    CHECK(renameat2(AT_FDCWD, "d/renamed", AT_FDCWD, "d/link", RENAME_NOREPLACE));
    CHECK(mkdir("d/sub", 0700));
    CHECK(mkdir("d/sub/deeper", 0777));
    list("d");
    list("d/sub");
    CHECK(rmdir("d/sub"));
    CHECK(rmdir("d/sub/deeper"));
    CHECK(rmdir("d/sub"));
    CHECK(unlink("d/renamed"));
    CHECK(unlink("d/renamed"));
    CHECK(truncate("d/a.txt", 3));
    show("d/a.txt", 1);
    CHECK(chmod("d/a.txt", 0444));
    show("d/a.txt", 1);
    CHECK(chown("d/a.txt", getuid(), getgid()));
    struct timespec times[2] = {{1000000000, 0}, {1234567890, 500}};
    CHECK(utimensat(AT_FDCWD, "d/a.txt", times, 0));
    CHECK(stat("d/a.txt", &st));
    printf("mtime %lld.%09ld atime %lld\n", (long long) st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
           (long long) st.st_atim.tv_sec);

    int dirfd = open("d", O_RDONLY | O_DIRECTORY);
    CHECK(dirfd);
    CHECK(openat(dirfd, "b.txt", O_CREAT | O_WRONLY, 0640));
    CHECK(fstatat(dirfd, "b.txt", &st, 0));
    printf("fstatat size %lld perm %o\n", (long long) st.st_size, st.st_mode & 0777);
    CHECK(mkdirat(dirfd, "m", 0755));
    CHECK(unlinkat(dirfd, "m", AT_REMOVEDIR));
    CHECK(unlinkat(dirfd, "b.txt", 0));
    CHECK(fchdir(dirfd));
    char cwd[4096];
    printf("cwd ends with /d: %d\n", getcwd(cwd, sizeof cwd) && strlen(cwd) >= 2 && !strcmp(cwd + strlen(cwd) - 2, "/d"));
    CHECK(chdir(".."));

    int fds[2];
    CHECK(pipe(fds));
    CHECK(write(fds[1], "through the pipe", 16));
    memset(buf, 0, sizeof buf);
    CHECK(read(fds[0], buf, sizeof buf));
    printf("pipe: %s\n", buf);
    int d2 = dup(fds[1]);
    CHECK(d2 > fds[1]);
    CHECK(dup2(fds[1], 20));
    CHECK(fcntl(20, F_GETFD));
    CHECK(fcntl(20, F_SETFD, FD_CLOEXEC));
    CHECK(fcntl(20, F_GETFD));
    CHECK(fcntl(fds[0], F_GETFL) & O_ACCMODE);
    CHECK(fcntl(fds[0], F_SETFL, O_NONBLOCK));
    CHECK(read(fds[0], buf, 1));
    CHECK(fcntl(fds[0], F_DUPFD, 30));
    CHECK(dup3(fds[0], fds[0], 0));
    CHECK(close(20));
    CHECK(close(30));
    CHECK(close(d2));
    CHECK(close(fds[0]));
    CHECK(close(fds[1]));
    CHECK(close(-1));
    CHECK(dup2(1, -5));

    FILE *f = fopen("d/stdio.txt", "w+");
    for (int i = 0; i < 1000; i++) fprintf(f, "line %d\n", i);
    rewind(f);
    int lines = 0;
    while (fgets(buf, sizeof buf, f)) lines++;
    printf("stdio lines %d size %ld\n", lines, ftell(f));
    fclose(f);
    CHECK(unlink("d/stdio.txt"));
    CHECK(chmod("d/a.txt", 0644));
    CHECK(unlink("d/a.txt"));
    CHECK(unlink("d/link"));
    CHECK(rmdir("d"));
    list(".");
    return 0;
}
