package jemu.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /**
     * signalfd4 refuses a sizemask other than sizeof(sigset_t) (qemu passes its host's size
     * instead), and a record that cannot be stored is EFAULT after the signal was taken (qemu
     * checks the buffer first and leaves the signal pending). Both architectures.
     */
    @ParameterizedTest
    @ValueSource(strings = {"aarch64", "armhf"})
    void signalfdAsLinuxHasIt(String arch) {
        Outcome o = Guest.jemu(List.of(programs(arch).resolve("signalfd").toString(), "not-qemu"), dir, null,
                ProgramsIT.ENV);
        assertEquals("""
                sizemask 4: -1 Invalid argument
                sizemask 16: -1 Invalid argument
                read into a bad buffer: -1 Bad address
                the signal is gone: 1
                """, o.out(), o.err());
        assertEquals(0, o.status());
    }

    /**
     * A signalfd outlives execve (it is not close-on-exec) with the mask and the pending signal
     * (qemu-user cannot exec an ARM program without binfmt_misc).
     */
    @ParameterizedTest
    @ValueSource(strings = {"aarch64", "armhf"})
    void signalfdAcrossExecve(String arch) {
        Outcome o = Guest.jemu(List.of(programs(arch).resolve("signalfd").toString(), "exec"), dir, null,
                ProgramsIT.ENV);
        assertEquals("""
                after execve: anon_inode:[signalfd]
                pending across execve: signo 10 errno 0 code 0 pid-is-mine yes uid-is-mine yes int 0 ptr 0 \
                status 0 fd 0 band 0 overrun 0 addr 0 pad 0
                then nothing: -1 Resource temporarily unavailable
                """, o.out(), o.err());
        assertEquals(0, o.status());
    }

    /**
     * What rt_sigqueueinfo forges for its own process, read back through a signalfd with each
     * code's union member (qemu-aarch64 7.2 aborts on these with a tcg assertion).
     */
    @Test
    void signalfdRecordsOfForgedSiginfos() {
        Outcome o = jemu("signalfd", "forged");
        assertEquals("""
                forged 7/2: utime 0 stime 0 syscall 0 call_addr 0 arch 0 addr_lsb 0
                forged 7/2: signo 7 errno 0 code 2 pid 0 uid 0 int 0 ptr 0 status 0 fd 0 band 0 overrun 0 addr 0x8877665544332211 pad 0
                forged 29/1: utime 0 stime 0 syscall 0 call_addr 0 arch 0 addr_lsb 0
                forged 29/1: signo 29 errno 0 code 1 pid 0 uid 0 int 0 ptr 0 status 0 fd -860116327 band 1144201745 overrun 0 addr 0 pad 0
                forged 31/1: utime 0 stime 0 syscall -860116327 call_addr 0x8877665544332211 arch 0x11ffeedd addr_lsb 0
                forged 31/1: signo 31 errno 0 code 1 pid 0 uid 0 int 0 ptr 0 status 0 fd 0 band 0 overrun 0 addr 0 pad 0
                forged 17/1: utime 0x9988776655443322 stime 0x2211ffeeddccbbaa syscall 0 call_addr 0 arch 0 addr_lsb 0
                forged 17/1: signo 17 errno 0 code 1 pid 0x44332211 uid 0x88776655 int 0 ptr 0 status -860116327 fd 0 band 0 overrun 0 addr 0 pad 0
                forged 10/3: utime 0 stime 0 syscall 0 call_addr 0 arch 0 addr_lsb 0
                forged 10/3: signo 10 errno 0 code 3 pid 0 uid 0 int 0 ptr 0 status 0 fd -860116327 band 1144201745 overrun 0 addr 0 pad 0
                forged 10/7: utime 0 stime 0 syscall 0 call_addr 0 arch 0 addr_lsb 0
                forged 10/7: signo 10 errno 0 code 7 pid 0x44332211 uid 0x88776655 int 0 ptr 0 status 0 fd 0 band 0 overrun 0 addr 0 pad 0
                """, o.out(), o.err());
        assertEquals(0, o.status());
    }

    private static Path programs(String arch) {
        return arch.equals("armhf") ? Guest.armhfPrograms() : Guest.aarch64Programs();
    }
}
