/*
 * The launcher of a jemu bundle (`jemu bundle --output DIR`): a static x86-64 program, so that
 * the kernel can run it inside a foreign-architecture root file system with no x86-64 file
 * outside the bundle (there, /bin/sh is itself an ARM program and a script launcher cannot work).
 *
 * It starts the bundle's Java runtime through the bundle's own x86-64 dynamic loader:
 *
 *     HOME/lib/ld-linux-x86-64.so.2 --inhibit-cache --library-path HOME/lib \
 *         HOME/runtime/bin/java.real [JVM flags -jar HOME/lib/jemu.jar] ARGS...
 *
 * The JDK's java launcher finds its home from where libjli.so was loaded (dladdr), and HotSpot
 * finds java.home from libjvm.so, so running java.real through an explicit loader keeps
 * java.home = HOME/runtime. --library-path (not LD_LIBRARY_PATH) keeps the host libraries out of
 * the environment that jemu hands to the guest; --inhibit-cache keeps the loader off the foreign
 * /etc/ld.so.cache. (Both are old loader options; --argv0 would need glibc 2.33 and is not used.)
 *
 * One source, one binary per role, chosen at compile time (-DJEMU_ROLE=...):
 *   ROLE_JEMU   HOME/bin/jemu: jemu itself, with jemu's JVM flags.
 *   ROLE_JAVA   HOME/runtime/bin/java: a plain `java`, so that jemu's forked children (started as
 *               java.home/bin/java, see Fork.javaCommand) also run through the bundled loader.
 *   ROLE_SH     HOME/bin/sh-shim: what cross-build-start puts at /bin/sh: `jemu -0 ARGV0 /bin/sh.real ARGS...`.
 *   ROLE_XSTART HOME/bin/cross-build-start: /bin/sh -> /bin/sh.real, the shim at /bin/sh.
 *   ROLE_XEND   HOME/bin/cross-build-end: undoes it.
 *   ROLE_BINFMT HOME/bin/jemu-binfmt: jemu as the kernel's binfmt_misc interpreter, for any flags
 *               (POCF): the kernel runs it as `jemu-binfmt PATH [ARGV0] ARGS...`; whether ARGV0 is
 *               there (P) and the descriptor of an open binary (O, C) are in this process's
 *               auxiliary vector only (AT_FLAGS, AT_EXECFD), so they are passed on to jemu as
 *               `--binfmt-exec AT_FLAGS AT_EXECFD`. Registered with F, the kernel opens this file
 *               when registering, and it then runs in containers that have only the bundle.
 *
 * HOME is found from /proc/self/exe when /proc is mounted and that path holds the bundle's loader,
 * else it is JEMU_PREFIX (the bundle's --prefix, where it was meant to be placed), so a bare
 * chroot without /proc works too.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#define ROLE_JEMU 0
#define ROLE_JAVA 1
#define ROLE_SH 2
#define ROLE_XSTART 3
#define ROLE_XEND 4
#define ROLE_BINFMT 5

#ifndef JEMU_ROLE
#define JEMU_ROLE ROLE_JEMU
#endif
#ifndef JEMU_PREFIX
#define JEMU_PREFIX "/jemu"
#endif

#define SH "/bin/sh"
#define SH_REAL "/bin/sh.real"

static char home[PATH_MAX];

/* HOME: /proc/self/exe less `depth` trailing components, or JEMU_PREFIX. */
static void find_home(int depth) {
    ssize_t n = readlink("/proc/self/exe", home, sizeof home - 1);
    if (n > 0 && home[0] == '/') {
        home[n] = 0;
        int ok = 1;
        for (int i = 0; i < depth && ok; i++) {
            char *slash = strrchr(home, '/');
            if (slash == NULL || slash == home) {
                ok = 0;
            } else {
                *slash = 0;
            }
        }
        /* The kernel names the file as the opener saw it: under a binfmt_misc F registration
           made outside a container, that path may not exist in here. */
        char loader[PATH_MAX + 32];
        snprintf(loader, sizeof loader, "%s/lib/ld-linux-x86-64.so.2", home);
        if (ok && access(loader, X_OK) == 0) {
            return;
        }
    }
    snprintf(home, sizeof home, "%s", JEMU_PREFIX);
}

/* a followed by b, in new memory. */
static char *concat(const char *a, const char *b) {
    size_t len = strlen(a) + strlen(b) + 1;
    char *p = malloc(len);
    if (p == NULL) {
        fputs("jemu: out of memory\n", stderr);
        exit(125);
    }
    snprintf(p, len, "%s%s", a, b);
    return p;
}

static char *path(const char *rest) {
    return concat(home, rest);
}

static int run_java(int argc, char **argv, int role) {
    /* loader + 4 loader words + 10 JVM/jar words + 3 shim or binfmt words + argv + NULL */
    char **args = calloc((size_t) argc + 24, sizeof *args);
    if (args == NULL) {
        fputs("jemu: out of memory\n", stderr);
        return 125;
    }
    int n = 0;
    char *loader = path("/lib/ld-linux-x86-64.so.2");
    args[n++] = loader;
    args[n++] = "--inhibit-cache";
    args[n++] = "--library-path";
    args[n++] = path("/lib");
    args[n++] = path("/runtime/bin/java.real");
    if (role != ROLE_JAVA) {
        /* bin/jemu's flags, and the forked child's (JvmFlags.CHILD): serial GC, no perf-data file,
           signals left to the guest. */
        args[n++] = "-XX:+UseSerialGC";
        args[n++] = "-XX:-UsePerfData";
        args[n++] = "-Xshare:auto";
        args[n++] = "-Xrs";
        /* A guest exec of /bin/sh while it is the shim runs /bin/sh.real in-process (BundleShim). */
        args[n++] = concat("-Djemu.shim=", path("/bin/sh-shim"));
        args[n++] = "-Djemu.shim.target=" SH_REAL;
        args[n++] = "-jar";
        args[n++] = path("/lib/jemu.jar");
        /* The JVM suspends threads with SIGUSR2 unless told otherwise; guests need SIGUSR2
           (jemu hides this variable from them). */
        setenv("_JAVA_SR_SIGNUM", "62", 1);
    }
    if (role == ROLE_SH) {
        args[n++] = "-0";
        args[n++] = argv[0];
        args[n++] = SH_REAL;
    }
    if (role == ROLE_BINFMT) {
        /* getauxval gives 0 for an absent entry: AT_EXECFD is absent without O or C. */
        static char flags[24], fd[24];
        errno = 0;
        unsigned long execfd = getauxval(AT_EXECFD);
        int have_fd = errno == 0;
        snprintf(flags, sizeof flags, "%lu", getauxval(AT_FLAGS));
        snprintf(fd, sizeof fd, "%ld", have_fd ? (long) execfd : -1L);
        args[n++] = "--binfmt-exec";
        args[n++] = flags;
        args[n++] = fd;
    }
    for (int i = 1; i < argc; i++) {
        args[n++] = argv[i];
    }
    args[n] = NULL;
    execv(loader, args);
    fprintf(stderr, "jemu: %s: %s\n", loader, strerror(errno));
    return errno == ENOENT ? 127 : 126;
}

static int cross_build_start(void) {
    if (access(SH_REAL, F_OK) == 0) {
        fputs("cross-build-start: " SH_REAL " exists: already started\n", stderr);
        return 0;
    }
    char *shim = path("/bin/sh-shim");
    if (access(shim, X_OK) != 0) {
        fprintf(stderr, "cross-build-start: %s: %s\n", shim, strerror(errno));
        return 1;
    }
    if (rename(SH, SH_REAL) != 0) {
        fprintf(stderr, "cross-build-start: %s -> %s: %s\n", SH, SH_REAL, strerror(errno));
        return 1;
    }
    if (symlink(shim, SH) != 0) {
        int e = errno;
        rename(SH_REAL, SH);
        fprintf(stderr, "cross-build-start: %s: %s\n", SH, strerror(e));
        return 1;
    }
    return 0;
}

static int cross_build_end(void) {
    if (access(SH_REAL, F_OK) != 0) {
        fputs("cross-build-end: no " SH_REAL ": not started\n", stderr);
        return 1;
    }
    if (rename(SH_REAL, SH) != 0) {
        fprintf(stderr, "cross-build-end: %s -> %s: %s\n", SH_REAL, SH, strerror(errno));
        return 1;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 1) {
        fputs("jemu: no argv[0]\n", stderr);
        return 125;
    }
    find_home(JEMU_ROLE == ROLE_JAVA ? 3 : 2);
    switch (JEMU_ROLE) {
    case ROLE_XSTART:
        return cross_build_start();
    case ROLE_XEND:
        return cross_build_end();
    default:
        return run_java(argc, argv, JEMU_ROLE);
    }
}
