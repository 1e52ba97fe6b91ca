/*
 * Extended attributes on files in a scratch directory (argv[1]): user.* attributes set, read,
 * listed and removed through the path, the l* (no-follow) and f* (descriptor) calls, and the
 * errors of each. A file system without user xattrs answers ENOTSUP, which is printed as such.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>
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

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The names of a list (NUL-separated), sorted: the file system's order is its own. */
static void show_list(const char *what, const char *list, long n) {
    char *names[32];
    int k = 0;
    for (long i = 0; i < n && k < 32; i += strlen(list + i) + 1) {
        names[k++] = (char *) list + i;
    }
    qsort(names, k, sizeof names[0], by_name);
    printf("%s: %ld bytes,", what, n);
    for (int i = 0; i < k; i++) {
        printf(" %s", names[i]);
    }
    printf("\n");
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc < 2) {
        fprintf(stderr, "usage: xattrs DIR\n");
        return 2;
    }
    char file[4096], link[4096], dir[4096];
    snprintf(file, sizeof file, "%s/file", argv[1]);
    snprintf(link, sizeof link, "%s/link", argv[1]);
    snprintf(dir, sizeof dir, "%s/dir", argv[1]);
    int fd = open(file, O_CREAT | O_RDWR, 0644);
    if (fd < 0 || symlink("file", link) != 0 || mkdir(dir, 0755) != 0) {
        perror("setup");
        return 1;
    }
    if (setxattr(file, "user.first", "one", 3, 0) != 0) {
        printf("setxattr: %s\n", strerror(errno));
        return errno == ENOTSUP ? 0 : 1;
    }
    char buf[256];
    CHECK(getxattr(file, "user.first", NULL, 0));
    memset(buf, 0, sizeof buf);
    CHECK(getxattr(file, "user.first", buf, sizeof buf));
    printf("value '%s'\n", buf);
    CHECK(getxattr(file, "user.first", buf, 2));
    CHECK(getxattr(file, "user.missing", buf, sizeof buf));
    CHECK(setxattr(file, "user.first", "uno", 3, XATTR_CREATE));
    CHECK(setxattr(file, "user.second", "2", 1, XATTR_REPLACE));
    CHECK(setxattr(file, "user.second", "two", 3, XATTR_CREATE));
    CHECK(setxattr(file, "user.empty", "", 0, 0));
    CHECK(getxattr(file, "user.empty", buf, sizeof buf));
    CHECK(setxattr(file, "user.first", "ONE!", 4, XATTR_REPLACE));
    memset(buf, 0, sizeof buf);
    CHECK(getxattr(file, "user.first", buf, sizeof buf));
    printf("value '%s'\n", buf);
    CHECK(setxattr(file, "nonamespace", "x", 1, 0));
    CHECK(setxattr(file, "", "x", 1, 0));
    char longname[300];
    memset(longname, 'n', sizeof longname);
    memcpy(longname, "user.", 5);
    longname[sizeof longname - 1] = 0;
    CHECK(setxattr(file, longname, "x", 1, 0));
    void *bad = (void *) (long) (argc * 8); /* 16: in the unmapped first page */
    CHECK(setxattr(file, "user.bad", bad, 8, 0));
    CHECK(setxattr(file, "user.flags", "x", 1, 4));
    CHECK(setxattr("/nonexistent/file", "user.x", "x", 1, 0));

    long n = CHECK(listxattr(file, NULL, 0));
    char list[1024];
    n = CHECK(listxattr(file, list, sizeof list));
    show_list("listxattr", list, n);
    CHECK(listxattr(file, list, 3));

    /* Through the link: the path calls follow it, the l* calls do not. */
    memset(buf, 0, sizeof buf);
    CHECK(getxattr(link, "user.second", buf, sizeof buf));
    printf("through the link '%s'\n", buf);
    CHECK(lgetxattr(link, "user.second", buf, sizeof buf));
    CHECK(lsetxattr(link, "user.onlink", "x", 1, 0));
    n = CHECK(llistxattr(link, list, sizeof list));
    CHECK(lremovexattr(link, "user.second"));
    CHECK(setxattr(link, "user.vialink", "via", 3, 0));
    memset(buf, 0, sizeof buf);
    CHECK(lgetxattr(file, "user.vialink", buf, sizeof buf));
    printf("set through the link, read without following '%s'\n", buf);

    /* Through the descriptor. */
    memset(buf, 0, sizeof buf);
    CHECK(fgetxattr(fd, "user.first", buf, sizeof buf));
    printf("fgetxattr '%s'\n", buf);
    CHECK(fsetxattr(fd, "user.third", "3", 1, 0));
    n = CHECK(flistxattr(fd, list, sizeof list));
    show_list("flistxattr", list, n);
    CHECK(fremovexattr(fd, "user.third"));
    CHECK(fremovexattr(fd, "user.third"));
    CHECK(fgetxattr(999, "user.first", buf, sizeof buf));
    CHECK(fsetxattr(999, "user.first", "x", 1, 0));
    CHECK(flistxattr(999, list, sizeof list));
    CHECK(fremovexattr(999, "user.first"));

    /* A directory has attributes too. */
    CHECK(setxattr(dir, "user.dir", "d", 1, 0));
    n = CHECK(listxattr(dir, list, sizeof list));
    show_list("directory", list, n);

    CHECK(removexattr(file, "user.first"));
    CHECK(removexattr(file, "user.first"));
    CHECK(removexattr(link, "user.second"));
    CHECK(removexattr(file, "user.empty"));
    CHECK(lremovexattr(file, "user.vialink"));
    n = CHECK(listxattr(file, list, sizeof list));
    show_list("at the end", list, n);
    return 0;
}
