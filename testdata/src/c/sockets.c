/*
 * Sockets as a program uses them through libc: socketpair with SCM_RIGHTS passing pipe ends
 * both ways, an AF_UNIX stream server on a path (argv[2], a scratch directory) with a forked
 * client, TCP and UDP on 127.0.0.1 (ephemeral ports, never printed), sendmsg/recvmsg with
 * several iovecs, sendmmsg/recvmmsg, socket options, receive timeouts, SIGPIPE, and signals
 * interrupting a blocked receive. Prints only facts that do not depend on the machine: no port
 * numbers, no descriptor numbers, no pids.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
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

static void die(const char *what) {
    printf("FAILED: %s: %s\n", what, strerror(errno));
    exit(1);
}

/* Sends one descriptor (and a byte of data) over a unix socket. */
static int send_fd(int sock, int fd) {
    char byte = 'F';
    struct iovec iov = {&byte, 1};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(sizeof(int))];
    } u;
    memset(&u, 0, sizeof u);
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof u.buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof fd);
    return sendmsg(sock, &m, 0);
}

/* Receives one descriptor; prints what the control message looked like. */
static int recv_fd(int sock, int flags) {
    char byte = 0;
    struct iovec iov = {&byte, 1};
    union {
        struct cmsghdr h;
        char buf[CMSG_SPACE(sizeof(int)) + 64];
    } u;
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = u.buf;
    m.msg_controllen = sizeof u.buf;
    long n = recvmsg(sock, &m, flags);
    if (n < 0) {
        die("recvmsg");
    }
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    printf("recvmsg: %ld byte '%c', controllen %zu, flags %#x, cmsg level %d type %d len %zu\n", n, byte,
            (size_t) m.msg_controllen, m.msg_flags, c ? c->cmsg_level : -1, c ? c->cmsg_type : -1,
            c ? (size_t) c->cmsg_len : 0);
    int fd = -1;
    if (c && c->cmsg_type == SCM_RIGHTS) {
        memcpy(&fd, CMSG_DATA(c), sizeof fd);
    }
    return fd;
}

static void cloexec_of(const char *what, int fd) {
    int f = fcntl(fd, F_GETFD);
    printf("%s: FD_CLOEXEC %s\n", what, f < 0 ? strerror(errno) : (f & FD_CLOEXEC) ? "set" : "clear");
}

static void through(const char *what, int w, int r) {
    char buf[32] = {0};
    if (write(w, what, strlen(what)) < 0) {
        die("write");
    }
    long n = read(r, buf, sizeof buf - 1);
    printf("through %s: %ld '%s'\n", what, n, n > 0 ? buf : "");
}

/* socketpair + SCM_RIGHTS: the read end of a pipe goes one way, the write end the other. */
static int pair_rights(void) {
    int sv[2], p[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    CHECK(pipe(p));
    CHECK(send_fd(sv[0], p[0]));
    int r = recv_fd(sv[1], 0);
    printf("received a new descriptor: %s\n", r >= 0 && r != p[0] && r != p[1] ? "yes" : "no");
    cloexec_of("without MSG_CMSG_CLOEXEC", r);
    through("pipe->received", p[1], r);

    CHECK(send_fd(sv[1], p[1]));
    int w = recv_fd(sv[0], MSG_CMSG_CLOEXEC);
    cloexec_of("with MSG_CMSG_CLOEXEC", w);
    through("received->pipe", w, p[0]);
    close(p[1]);
    close(w);
    CHECK(send_fd(sv[0], p[1])); /* closed */
    CHECK(send_fd(sv[0], 12345));
    /* A descriptor survives its sender closing it: only the message holds it. */
    int q[2];
    CHECK(pipe(q));
    CHECK(send_fd(sv[0], q[1]));
    close(q[1]);
    int qw = recv_fd(sv[1], 0);
    through("after the sender closed it", qw, q[0]);
    /* A datagram pair, several descriptors in one message. */
    int dv[2];
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, dv));
    cloexec_of("SOCK_CLOEXEC socketpair", dv[0]);
    int three[3] = {q[0], qw, r};
    char buf[CMSG_SPACE(3 * sizeof(int))];
    memset(buf, 0, sizeof buf);
    struct iovec iov = {"three", 5};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = buf;
    m.msg_controllen = sizeof buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof three);
    memcpy(CMSG_DATA(c), three, sizeof three);
    CHECK(sendmsg(dv[0], &m, 0));
    char data[16] = {0};
    char cbuf[CMSG_SPACE(3 * sizeof(int))];
    struct iovec riov = {data, sizeof data};
    struct msghdr rm = {0};
    rm.msg_iov = &riov;
    rm.msg_iovlen = 1;
    rm.msg_control = cbuf;
    rm.msg_controllen = sizeof cbuf;
    CHECK(recvmsg(dv[1], &rm, 0));
    c = CMSG_FIRSTHDR(&rm);
    int got[3] = {-1, -1, -1};
    if (c) {
        memcpy(got, CMSG_DATA(c), sizeof got);
    }
    printf("three descriptors: '%s', cmsg len %zu, distinct %s\n", data, (size_t) c->cmsg_len,
            got[0] != got[1] && got[1] != got[2] && got[0] != got[2] ? "yes" : "no");
    through("third one, a copy of qw", got[1], q[0]);
    /* SCM_CREDENTIALS pass through: the kernel checks them against the sender. */
    int on = 1;
    CHECK(setsockopt(dv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof on));
    struct ucred cred = {getpid(), getuid(), getgid()};
    char credbuf[CMSG_SPACE(sizeof cred)];
    memset(credbuf, 0, sizeof credbuf);
    m.msg_control = credbuf;
    m.msg_controllen = sizeof credbuf;
    c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_CREDENTIALS;
    c->cmsg_len = CMSG_LEN(sizeof cred);
    memcpy(CMSG_DATA(c), &cred, sizeof cred);
    CHECK(sendmsg(dv[0], &m, 0));
    char rcred[CMSG_SPACE(sizeof cred)];
    rm.msg_control = rcred;
    rm.msg_controllen = sizeof rcred;
    CHECK(recvmsg(dv[1], &rm, 0));
    c = CMSG_FIRSTHDR(&rm);
    struct ucred back;
    memcpy(&back, CMSG_DATA(c), sizeof back);
    printf("credentials: type %d, pid is mine %s, uid same %s\n", c->cmsg_type, back.pid == getpid() ? "yes" : "no",
            back.uid == getuid() ? "yes" : "no");
    cred.pid = 1;
    memcpy(CMSG_DATA(CMSG_FIRSTHDR(&m)), &cred, sizeof cred);
    printf("someone else's pid: %s\n", sendmsg(dv[0], &m, 0) < 0 && getuid() != 0 ? strerror(errno) : "(root or error)");
    return 0;
}

/*
 * Where qemu-user 7.2 is not Linux (checked against the same program built for x86-64):
 * it receives control messages into a buffer twice the guest's, so descriptors that do not fit
 * are neither dropped nor reported (MSG_CTRUNC); it drops unknown flag bits of a socket type
 * where Linux answers EINVAL; and it ignores recvmmsg's timeout, so never finds it invalid.
 */
static int not_qemu(void) {
    int dv[2], p[2];
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, dv));
    CHECK(pipe(p));
    int three[3] = {p[0], p[1], p[0]};
    char buf[CMSG_SPACE(3 * sizeof(int))];
    memset(buf, 0, sizeof buf);
    struct iovec iov = {"three", 5};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = buf;
    m.msg_controllen = sizeof buf;
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof three);
    memcpy(CMSG_DATA(c), three, sizeof three);
    CHECK(sendmsg(dv[0], &m, 0));
    /* Control space for two descriptors: the third is dropped, MSG_CTRUNC. */
    char data[16] = {0};
    char small[CMSG_SPACE(sizeof(int))];
    struct iovec riov = {data, sizeof data};
    struct msghdr rm = {0};
    rm.msg_iov = &riov;
    rm.msg_iovlen = 1;
    rm.msg_control = small;
    rm.msg_controllen = sizeof small;
    CHECK(recvmsg(dv[1], &rm, 0));
    c = CMSG_FIRSTHDR(&rm);
    printf("truncated: flags %#x, controllen %zu, cmsg len %zu\n", rm.msg_flags, (size_t) rm.msg_controllen,
            c ? (size_t) c->cmsg_len : 0);
    /* No control space at all: every descriptor is dropped. */
    CHECK(sendmsg(dv[0], &m, 0));
    rm.msg_control = NULL;
    rm.msg_controllen = 0;
    CHECK(recvmsg(dv[1], &rm, 0));
    printf("no room: flags %#x, controllen %zu\n", rm.msg_flags, (size_t) rm.msg_controllen);
    CHECK(socket(AF_INET, 99, 0));
    CHECK(socket(AF_INET, SOCK_STREAM | 0x100, 0));
    struct mmsghdr mm[1];
    memset(mm, 0, sizeof mm);
    mm[0].msg_hdr.msg_iov = &riov;
    mm[0].msg_hdr.msg_iovlen = 1;
    struct timespec ts = {0, 2000000000};
    CHECK(recvmmsg(dv[1], mm, 1, MSG_DONTWAIT, &ts));
    return 0;
}

static const char *relative(const char *path, const char *dir) {
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 ? path + n : path;
}

static void show_unix(const char *what, struct sockaddr_un *a, socklen_t len, const char *dir) {
    if (len <= offsetof(struct sockaddr_un, sun_path)) {
        printf("%s: family %d, unnamed (len %u)\n", what, a->sun_family, (unsigned) len);
    } else {
        printf("%s: family %d, DIR%s (length less DIR's: %ld)\n", what, a->sun_family, relative(a->sun_path, dir),
                (long) len - (long) strlen(dir));
    }
}

/* An AF_UNIX stream server at DIR/server.sock and a forked client. */
static int unix_stream(const char *dir) {
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(a.sun_path, sizeof a.sun_path, "%s/server.sock", dir);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(s >= 0);
    CHECK(bind(s, (struct sockaddr *) &a, sizeof a));
    CHECK(bind(s, (struct sockaddr *) &a, sizeof a));
    int s2 = socket(AF_UNIX, SOCK_STREAM, 0);
    CHECK(bind(s2, (struct sockaddr *) &a, sizeof a));
    CHECK(listen(s, 4));
    struct sockaddr_un got;
    socklen_t len = sizeof got;
    CHECK(getsockname(s, (struct sockaddr *) &got, &len));
    show_unix("getsockname", &got, len, dir);
    len = 4;
    CHECK(getsockname(s, (struct sockaddr *) &got, &len));
    printf("getsockname into 4 bytes: the whole length is more than 4: %s\n", len > 4 ? "yes" : "no");
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        int c = socket(AF_UNIX, SOCK_STREAM, 0);
        if (connect(c, (struct sockaddr *) &a, sizeof a) != 0) {
            die("connect");
        }
        struct sockaddr_un peer;
        socklen_t pl = sizeof peer;
        getpeername(c, (struct sockaddr *) &peer, &pl);
        show_unix("child getpeername", &peer, pl, dir);
        pl = sizeof peer;
        getsockname(c, (struct sockaddr *) &peer, &pl);
        show_unix("child getsockname", &peer, pl, dir);
        const char *hello = "hello from the child";
        if (write(c, hello, strlen(hello)) < 0) {
            die("write");
        }
        char buf[64] = {0};
        long n = read(c, buf, sizeof buf - 1);
        printf("child read %ld: '%s'\n", n, buf);
        fflush(stdout);
        _exit(0);
    }
    struct sockaddr_un peer;
    socklen_t pl = sizeof peer;
    int c = accept(s, (struct sockaddr *) &peer, &pl);
    char buf[64] = {0};
    long n = read(c, buf, sizeof buf - 1);
    long w = write(c, "and back", 8);
    int status;
    waitpid(child, &status, 0); /* the child has printed its lines: the server's follow */
    printf("accept: %s\n", c >= 0 ? "ok" : strerror(errno));
    show_unix("accept's peer", &peer, pl, dir);
    printf("server read %ld: '%s', wrote %ld\n", n, buf, w);
    printf("child status %#x\n", status);
    /* The same path through a relative name, from inside the directory. */
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) {
        die("chdir");
    }
    struct sockaddr_un rel = {.sun_family = AF_UNIX};
    strcpy(rel.sun_path, "server.sock");
    int r = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
    CHECK(connect(r, (struct sockaddr *) &rel, sizeof rel));
    strcpy(rel.sun_path, "missing.sock");
    CHECK(connect(r, (struct sockaddr *) &rel, sizeof rel));
    strcpy(rel.sun_path, "dgram.sock");
    int d = socket(AF_UNIX, SOCK_DGRAM, 0);
    CHECK(bind(d, (struct sockaddr *) &rel, offsetof(struct sockaddr_un, sun_path) + strlen(rel.sun_path)));
    len = sizeof got;
    CHECK(getsockname(d, (struct sockaddr *) &got, &len));
    printf("relative bind: getsockname '%s' len %u\n", got.sun_path, (unsigned) len);
    int e = socket(AF_UNIX, SOCK_DGRAM, 0);
    CHECK(sendto(e, "dgram", 5, 0, (struct sockaddr *) &rel, sizeof rel));
    CHECK(recv(d, buf, sizeof buf, 0));
    if (chdir(cwd) != 0) {
        die("chdir back");
    }
    /* An abstract name (starts with a NUL) is no file. */
    struct sockaddr_un ab = {.sun_family = AF_UNIX};
    memcpy(ab.sun_path, "\0jemu-abstract-test", 19);
    int abs = socket(AF_UNIX, SOCK_DGRAM, 0);
    long ar = bind(abs, (struct sockaddr *) &ab, offsetof(struct sockaddr_un, sun_path) + 19);
    printf("abstract bind: %s\n", ar == 0 ? "ok" : strerror(errno));
    len = sizeof got;
    CHECK(getsockname(abs, (struct sockaddr *) &got, &len));
    printf("abstract name back: len %u, '%.*s' after the NUL\n", (unsigned) len,
            (int) (len - offsetof(struct sockaddr_un, sun_path) - 1), got.sun_path + 1);
    /* The socket file exists as a socket. */
    printf("unlink the socket: %s\n", unlink(a.sun_path) == 0 ? "ok" : strerror(errno));
    return 0;
}

static void show_in(const char *what, struct sockaddr_in *a, socklen_t len) {
    char ip[32];
    inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip);
    printf("%s: len %u family %d addr %s port %s\n", what, (unsigned) len, a->sin_family, ip,
            a->sin_port ? "set" : "zero");
}

/* TCP on 127.0.0.1, ephemeral port; client and server in one process (non-blocking connect). */
static int tcp(void) {
    int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    CHECK(s >= 0);
    int on = 1, v = -1;
    socklen_t vl = sizeof v;
    CHECK(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &vl));
    printf("SO_REUSEADDR before: %d (len %u)\n", v, (unsigned) vl);
    CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on));
    vl = sizeof v;
    CHECK(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, &vl));
    printf("SO_REUSEADDR after: %d\n", v);
    vl = sizeof v;
    CHECK(getsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, &vl));
    printf("SO_RCVBUF positive: %s\n", v > 0 ? "yes" : "no");
    vl = sizeof v;
    CHECK(getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &vl));
    printf("SO_TYPE %d\n", v);
    vl = sizeof v;
    CHECK(getsockopt(s, SOL_SOCKET, SO_DOMAIN, &v, &vl));
    printf("SO_DOMAIN %d\n", v);
    vl = sizeof v;
    CHECK(getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &vl));
    printf("TCP_NODELAY %d\n", v);
    CHECK(setsockopt(s, SOL_SOCKET, 9999, &on, sizeof on));
    CHECK(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, 1));
    struct linger lg = {1, 5};
    CHECK(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
    memset(&lg, 0, sizeof lg);
    vl = sizeof lg;
    CHECK(getsockopt(s, SOL_SOCKET, SO_LINGER, &lg, &vl));
    printf("SO_LINGER %d %d\n", lg.l_onoff, lg.l_linger);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    CHECK(bind(s, (struct sockaddr *) &a, sizeof a));
    socklen_t len = sizeof a;
    CHECK(getsockname(s, (struct sockaddr *) &a, &len));
    show_in("getsockname", &a, len);
    CHECK(listen(s, 8));
    int c = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in none;
    len = sizeof none;
    CHECK(getpeername(c, (struct sockaddr *) &none, &len));
    CHECK(connect(c, (struct sockaddr *) &a, sizeof a));
    struct sockaddr_in peer;
    len = sizeof peer;
    int x = accept4(s, (struct sockaddr *) &peer, &len, SOCK_CLOEXEC);
    CHECK(x >= 0);
    show_in("accept4's peer", &peer, len);
    cloexec_of("accept4 SOCK_CLOEXEC", x);
    len = sizeof peer;
    CHECK(getpeername(c, (struct sockaddr *) &peer, &len));
    show_in("client getpeername", &peer, len);
    CHECK(send(c, "ping", 4, 0));
    char buf[64] = {0};
    CHECK(recv(x, buf, sizeof buf, 0));
    printf("server got '%s'\n", buf);
    CHECK(send(x, "pong!", 5, MSG_NOSIGNAL));
    memset(buf, 0, sizeof buf);
    CHECK(recv(c, buf, 2, MSG_PEEK));
    CHECK(recv(c, buf, sizeof buf, MSG_WAITALL | MSG_DONTWAIT));
    printf("client got '%s'\n", buf);
    CHECK(shutdown(c, SHUT_WR));
    CHECK(recv(x, buf, sizeof buf, 0));
    CHECK(send(c, "late", 4, MSG_NOSIGNAL));
    CHECK(shutdown(c, 7));
    CHECK(recv(c, buf, sizeof buf, MSG_DONTWAIT));
    /* Connection refused on a port nobody listens on (the listener's, once closed). */
    close(x);
    close(c);
    close(s);
    int r = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(connect(r, (struct sockaddr *) &a, sizeof a));
    vl = sizeof v;
    CHECK(getsockopt(r, SOL_SOCKET, SO_ERROR, &v, &vl));
    printf("SO_ERROR %d\n", v);
    /* (A type with unknown flag bits is EINVAL on Linux; qemu-user drops the bits: see not_qemu.) */
    CHECK(socket(AF_INET, 12, 0));
    CHECK(socket(12345, SOCK_STREAM, 0));
    CHECK(listen(1000, 1));
    CHECK(listen(1, 1));
    return 0;
}

/* UDP: sendto/recvfrom with addresses, recvfrom with a small address buffer. */
static int udp(void) {
    int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in aa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)}, ba = aa;
    CHECK(bind(a, (struct sockaddr *) &aa, sizeof aa));
    CHECK(bind(b, (struct sockaddr *) &ba, sizeof ba));
    socklen_t len = sizeof aa;
    getsockname(a, (struct sockaddr *) &aa, &len);
    len = sizeof ba;
    getsockname(b, (struct sockaddr *) &ba, &len);
    CHECK(sendto(a, "datagram one", 12, 0, (struct sockaddr *) &ba, sizeof ba));
    CHECK(sendto(a, "two", 3, 0, (struct sockaddr *) &ba, sizeof ba));
    char buf[64] = {0};
    struct sockaddr_in from;
    len = sizeof from;
    CHECK(recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *) &from, &len));
    show_in("recvfrom", &from, len);
    printf("from the sender's port: %s, '%s'\n", from.sin_port == aa.sin_port ? "yes" : "no", buf);
    memset(buf, 0, sizeof buf);
    len = 6;
    memset(&from, 0, sizeof from);
    CHECK(recvfrom(b, buf, 2, MSG_TRUNC, (struct sockaddr *) &from, &len));
    printf("truncated: '%s', address len %u, family %d, port copied %s\n", buf, (unsigned) len, from.sin_family,
            from.sin_port ? "yes" : "no");
    CHECK(recvfrom(b, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL));
    CHECK(sendto(a, "x", 1, 0, (struct sockaddr *) &ba, 3));
    CHECK(sendto(a, "x", 1, 0, (struct sockaddr *) &ba, 200));
    CHECK(sendto(a, "x", 1, 0, (struct sockaddr *) 16, sizeof ba));
    CHECK(connect(a, (struct sockaddr *) &ba, sizeof ba));
    CHECK(send(a, "connected", 9, 0));
    len = 0;
    CHECK(recvfrom(b, buf, sizeof buf, 0, (struct sockaddr *) &from, &len));
    printf("zero address room: len back %u\n", (unsigned) len);
    return 0;
}

/* sendmsg/recvmsg with several iovecs, MSG_TRUNC, names; sendmmsg/recvmmsg. */
static int messages(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv));
    char p1[] = "alpha-", p2[] = "beta-", p3[] = "gamma";
    struct iovec out[3] = {{p1, 6}, {p2, 5}, {p3, 5}};
    struct msghdr m = {0};
    m.msg_iov = out;
    m.msg_iovlen = 3;
    CHECK(sendmsg(sv[0], &m, 0));
    char r1[4] = {0}, r2[8] = {0}, r3[32] = {0};
    struct iovec in[3] = {{r1, 3}, {r2, 7}, {r3, 31}};
    struct msghdr rm = {0};
    struct sockaddr_un name;
    rm.msg_name = &name;
    rm.msg_namelen = sizeof name;
    rm.msg_iov = in;
    rm.msg_iovlen = 3;
    CHECK(recvmsg(sv[1], &rm, 0));
    printf("scattered: '%s' '%s' '%s', namelen %u, flags %#x\n", r1, r2, r3, (unsigned) rm.msg_namelen, rm.msg_flags);
    CHECK(sendmsg(sv[0], &m, 0));
    memset(r1, 0, sizeof r1);
    memset(r2, 0, sizeof r2);
    rm.msg_iovlen = 2;
    rm.msg_namelen = sizeof name;
    CHECK(recvmsg(sv[1], &rm, 0));
    printf("short: '%s' '%s', flags %#x (MSG_TRUNC %#x)\n", r1, r2, rm.msg_flags, MSG_TRUNC);
    rm.msg_iovlen = 2000;
    CHECK(recvmsg(sv[1], &rm, MSG_DONTWAIT));
    rm.msg_iovlen = 1;
    CHECK(recvmsg(sv[1], &rm, MSG_DONTWAIT));
    CHECK(sendmsg(sv[0], (struct msghdr *) 8, 0));

    struct mmsghdr mm[3];
    char *texts[3] = {"first", "second!", "3"};
    struct iovec iv[3];
    memset(mm, 0, sizeof mm);
    for (int i = 0; i < 3; i++) {
        iv[i].iov_base = texts[i];
        iv[i].iov_len = strlen(texts[i]);
        mm[i].msg_hdr.msg_iov = &iv[i];
        mm[i].msg_hdr.msg_iovlen = 1;
    }
    CHECK(sendmmsg(sv[0], mm, 3, 0));
    printf("sent lengths %u %u %u\n", mm[0].msg_len, mm[1].msg_len, mm[2].msg_len);
    struct mmsghdr rmm[5];
    char bufs[5][16];
    struct iovec riv[5];
    memset(rmm, 0, sizeof rmm);
    memset(bufs, 0, sizeof bufs);
    for (int i = 0; i < 5; i++) {
        riv[i].iov_base = bufs[i];
        riv[i].iov_len = sizeof bufs[i] - 1;
        rmm[i].msg_hdr.msg_iov = &riv[i];
        rmm[i].msg_hdr.msg_iovlen = 1;
    }
    CHECK(recvmmsg(sv[1], rmm, 5, MSG_DONTWAIT, NULL));
    for (int i = 0; i < 3; i++) {
        printf("received %d: %u '%s'\n", i, rmm[i].msg_len, bufs[i]);
    }
    CHECK(sendmmsg(sv[0], mm, 2, 0));
    struct timespec ts = {1, 0};
    CHECK(recvmmsg(sv[1], rmm, 5, MSG_WAITFORONE, &ts));
    printf("timeout left at most 1s: %s\n", ts.tv_sec <= 1 ? "yes" : "no");
    /* (An invalid timeout is EINVAL on Linux; qemu-user ignores the timeout: see not_qemu.) */
    CHECK(recvmmsg(sv[1], rmm, 5, MSG_DONTWAIT, NULL));
    return 0;
}

static volatile int signals_seen;
static void on_signal(int sig) {
    signals_seen++;
    (void) sig;
}

static void handle(int sig, int flags) {
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

static void alarm_in_ms(int ms) {
    struct itimerval it = {{0, 0}, {0, ms * 1000}};
    setitimer(ITIMER_REAL, &it, NULL);
}

/* Timeouts, SIGPIPE, and a signal during a blocked receive. */
static int timeouts(void) {
    int sv[2];
    char buf[16];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    struct timeval tv = {0, 100 * 1000};
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    struct timeval back = {0};
    socklen_t bl = sizeof back;
    CHECK(getsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &back, &bl));
    printf("SO_RCVTIMEO back: %ld.%06ld\n", (long) back.tv_sec, (long) back.tv_usec);
    CHECK(recv(sv[0], buf, sizeof buf, 0));

    /* SA_RESTART, but a receive timeout is set: Linux reports EINTR (sock_intr_errno). */
    handle(SIGALRM, SA_RESTART);
    tv.tv_sec = 5;
    tv.tv_usec = 0;
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    alarm_in_ms(50);
    CHECK(recv(sv[0], buf, sizeof buf, 0));
    printf("signals seen: %d\n", signals_seen);

    /* SA_RESTART and no timeout: the receive goes on until the data comes. */
    tv.tv_sec = 0;
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        struct timespec d = {0, 300 * 1000 * 1000};
        nanosleep(&d, NULL);
        if (write(sv[1], "late data", 9) < 0) {
            _exit(1);
        }
        _exit(0);
    }
    alarm_in_ms(50);
    memset(buf, 0, sizeof buf);
    CHECK(recv(sv[0], buf, sizeof buf - 1, 0));
    printf("restarted receive got '%s', signals seen: %d\n", buf, signals_seen);
    waitpid(child, NULL, 0);

    /* Without SA_RESTART: EINTR. */
    handle(SIGALRM, 0);
    alarm_in_ms(50);
    CHECK(recv(sv[0], buf, sizeof buf, 0));
    CHECK(accept(sv[0], NULL, NULL));
    printf("signals seen: %d\n", signals_seen);

    /* SIGPIPE: a send to a closed peer. */
    handle(SIGPIPE, 0);
    close(sv[1]);
    CHECK(send(sv[0], "x", 1, MSG_NOSIGNAL));
    printf("after MSG_NOSIGNAL, signals seen: %d\n", signals_seen);
    CHECK(send(sv[0], "x", 1, 0));
    printf("after a plain send, signals seen: %d\n", signals_seen);
    struct iovec iov = {"y", 1};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    CHECK(sendmsg(sv[0], &m, 0));
    printf("after sendmsg, signals seen: %d\n", signals_seen);
    signal(SIGPIPE, SIG_DFL);
    fflush(stdout);
    CHECK(write(sv[0], "z", 1));
    printf("not reached\n");
    return 0;
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    const char *cmd = argc > 1 ? argv[1] : "";
    if (strcmp(cmd, "pair-rights") == 0) {
        return pair_rights();
    } else if (strcmp(cmd, "unix-stream") == 0 && argc > 2) {
        return unix_stream(argv[2]);
    } else if (strcmp(cmd, "tcp") == 0) {
        return tcp();
    } else if (strcmp(cmd, "udp") == 0) {
        return udp();
    } else if (strcmp(cmd, "messages") == 0) {
        return messages();
    } else if (strcmp(cmd, "timeouts") == 0) {
        return timeouts();
    } else if (strcmp(cmd, "not-qemu") == 0) {
        return not_qemu();
    }
    fprintf(stderr, "usage: sockets pair-rights|unix-stream DIR|tcp|udp|messages|timeouts|not-qemu\n");
    return 2;
}
