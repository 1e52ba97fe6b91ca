package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * System calls where qemu-user 7.2 is not Linux, so it cannot be the oracle: the expected text
 * is what the same C program prints when built for x86-64 and run natively (Linux 6.x), the
 * third oracle of the design notes. Each program's comment says where qemu differs.
 */
class NotQemuIT {
    @TempDir
    Path dir;

    private Outcome jemu(String... args) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        a.set(0, Guest.aarch64Programs().resolve(args[0]).toString());
        return Guest.jemu(a, dir, null, ProgramsIT.ENV);
    }

    /**
     * Descriptors that do not fit the control buffer are dropped and reported with MSG_CTRUNC
     * (qemu receives into a buffer twice the guest's); a socket type with unknown flag bits is
     * EINVAL (qemu drops the bits); recvmmsg checks its timeout (qemu ignores it).
     */
    @Test
    void socketsAsLinuxHasThem() {
        Outcome o = jemu("sockets", "not-qemu");
        assertEquals("""
                socketpair(AF_UNIX, SOCK_DGRAM, 0, dv)                           = 0
                pipe(p)                                                          = 0
                sendmsg(dv[0], &m, 0)                                            = 5
                recvmsg(dv[1], &rm, 0)                                           = 5
                truncated: flags 0x8, controllen 24, cmsg len 24
                sendmsg(dv[0], &m, 0)                                            = 5
                recvmsg(dv[1], &rm, 0)                                           = 5
                no room: flags 0x8, controllen 0
                socket(AF_INET, 99, 0)                                           = -1 Invalid argument
                socket(AF_INET, SOCK_STREAM | 0x100, 0)                          = -1 Invalid argument
                recvmmsg(dv[1], mm, 1, MSG_DONTWAIT, &ts)                        = -1 Invalid argument
                """, o.out(), o.err());
        assertEquals("", o.err());
    }

    /** epoll_pwait2 (qemu 7.2 has none), and a NULL event array when nothing is ready (qemu: EFAULT). */
    @Test
    void epollAsLinuxHasIt() {
        Outcome o = jemu("events", "not-qemu");
        assertEquals("""
                pipe(p)                                                          = 0
                epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev)                          = 0
                syscall(SYS_epoll_pwait2, ep, out, 2, &ts, NULL, 8)              = 0
                write(p[1], "x", 1)                                              = 1
                syscall(SYS_epoll_pwait2, ep, out, 2, NULL, NULL, 8)             = 1
                event 0x1 data 0x123456789abcdef
                syscall(SYS_epoll_pwait2, ep, out, 2, &ts, NULL, 8)              = -1 Invalid argument
                syscall(SYS_epoll_pwait2, ep, out, 2, NULL, &none, 4)            = -1 Invalid argument
                syscall(SYS_epoll_pwait, empty, NULL, 2, 0, NULL, 8)             = 0
                """, o.out(), o.err());
        assertEquals("", o.err());
    }

    /** pwritev2's RWF_APPEND and mlock2's MLOCK_ONFAULT (qemu refuses both), settimeofday(NULL, NULL) (qemu aborts). */
    @Test
    void smallCallsAsLinuxHasThem() {
        Outcome o = jemu("syscalls_misc", "not-qemu", dir.toString());
        assertEquals("""
                write(f, "start", 5)                                             = 5
                pwritev2(f, wv, 1, 0, RWF_APPEND)                                = 4
                pread(f, buf, sizeof buf - 1, 0)                                 = 9
                file now 'start-END'
                mlock2(m, page, MLOCK_ONFAULT)                                   = 0
                syscall(SYS_settimeofday, NULL, NULL)                            = 0
                """, o.out(), o.err());
        assertEquals("", o.err());
    }
}
