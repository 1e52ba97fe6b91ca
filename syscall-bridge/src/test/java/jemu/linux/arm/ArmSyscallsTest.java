package jemu.linux.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jemu.linux.Errno;

/**
 * The EABI table with 32-bit layouts: arguments widened from registers (pointers
 * zero-extended, 64-bit values from aligned pairs), and the structs an armhf program hands the
 * kernel laid out as arm-linux-gnueabihf-gcc lays them out (offsets printed by a program built
 * with it and run under qemu-arm).
 */
class ArmSyscallsTest {
    private static final int O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0100;
    private static final long AT_FDCWD = -100;

    @Test
    void fstat64FillsArmsStructStat64(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        Files.write(file, new byte[12345]);
        long ino = (long) Files.getAttribute(file, "unix:ino");
        int mode = (int) Files.getAttribute(file, "unix:mode");
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            int fd = (int) g.call(322, AT_FDCWD, g.string(buf, file.toString()), O_RDONLY, 0);
            assertTrue(fd >= 0, "openat " + fd);
            long st = buf + 1024;
            for (int i = 0; i < 128; i++) {
                g.mem.write8(st + i, 0xaa);
            }
            assertEquals(0, g.call(197, fd, st));
            assertEquals(12345, g.mem.read64(st + 48), "st_size at 48");
            assertEquals(ino, g.mem.read64(st + 96), "st_ino at 96");
            assertEquals((int) ino, g.mem.read32(st + 12), "__st_ino at 12");
            assertEquals(mode, g.mem.read32(st + 16), "st_mode at 16");
            assertEquals(1, g.mem.read32(st + 20), "st_nlink at 20");
            assertTrue(g.mem.read32(st + 56) > 0, "st_blksize at 56");
            assertEquals(0xaaaaaaaa, g.mem.read32(st + 104), "104 bytes, no more");
            // stat64 by path, and the old struct stat (64 bytes, 16-bit mode at 8, size at 20)
            assertEquals(0, g.call(195, buf, st));
            assertEquals(12345, g.mem.read64(st + 48));
            assertEquals(0, g.call(106, buf, st + 200));
            assertEquals(mode, g.mem.read16(st + 208) & 0xffff);
            assertEquals(12345, g.mem.read32(st + 220));
            assertEquals((int) ino, g.mem.read32(st + 204));
            // fstatat64 with AT_EMPTY_PATH
            g.mem.write8(buf + 2000, 0);
            assertEquals(0, g.call(327, fd, buf + 2000, st, 0x1000));
            assertEquals(ino, g.mem.read64(st + 96));
        }
    }

    @Test
    void statLayoutsMatchTheCompilers() {
        // offsetof() from arm-linux-gnueabihf-gcc, asm/stat.h, run under qemu-arm
        assertEquals(104, ArmStat.STAT64_LAYOUT.byteSize());
        assertEquals(12, off(ArmStat.STAT64_LAYOUT, "__st_ino"));
        assertEquals(32, off(ArmStat.STAT64_LAYOUT, "st_rdev"));
        assertEquals(48, off(ArmStat.STAT64_LAYOUT, "st_size"));
        assertEquals(56, off(ArmStat.STAT64_LAYOUT, "st_blksize"));
        assertEquals(64, off(ArmStat.STAT64_LAYOUT, "st_blocks"));
        assertEquals(72, off(ArmStat.STAT64_LAYOUT, "st_atime"));
        assertEquals(92, off(ArmStat.STAT64_LAYOUT, "st_ctime_nsec"));
        assertEquals(96, off(ArmStat.STAT64_LAYOUT, "st_ino"));
        assertEquals(64, ArmStat.OLD_LAYOUT.byteSize());
        assertEquals(8, off(ArmStat.OLD_LAYOUT, "st_mode"));
        assertEquals(16, off(ArmStat.OLD_LAYOUT, "st_rdev"));
        assertEquals(20, off(ArmStat.OLD_LAYOUT, "st_size"));
        assertEquals(32, off(ArmStat.OLD_LAYOUT, "st_atime"));
        assertEquals(52, off(ArmStat.OLD_LAYOUT, "st_ctime_nsec"));
    }

    private static long off(java.lang.foreign.StructLayout l, String field) {
        return l.byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement(field));
    }

    @Test
    void writevTakesEightByteIovecsAndPread64AnAlignedPair(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            int fd = (int) g.call(322, AT_FDCWD, g.string(buf, file.toString()), O_RDWR | O_CREAT, 0644);
            assertTrue(fd >= 0);
            long iov = buf + 512;
            g.string(buf + 256, "hello, ");
            g.string(buf + 300, "world");
            g.mem.write32(iov, (int) (buf + 256));
            g.mem.write32(iov + 4, 7);
            g.mem.write32(iov + 8, (int) (buf + 300));
            g.mem.write32(iov + 12, 5);
            assertEquals(12, g.call(146, fd, iov, 2));
            assertEquals("hello, world", Files.readString(file));
            // pread64(fd, buf, count, pad, offset_lo, offset_hi)
            assertEquals(5, g.call(180, fd, buf + 1024, 5, 0xdead, 7, 0));
            assertEquals("world", new String(g.mem.readBytes(buf + 1024, 5)));
            // _llseek(fd, high, low, &result, SEEK_SET)
            assertEquals(0, g.call(140, fd, 0, 3, buf + 2048, 0));
            assertEquals(3, g.mem.read64(buf + 2048));
            // readv back through 8-byte iovecs
            g.mem.write32(iov, (int) (buf + 3000));
            g.mem.write32(iov + 4, 4);
            assertEquals(4, g.call(145, fd, iov, 1));
            assertEquals("lo, ", new String(g.mem.readBytes(buf + 3000, 4)));
            // ftruncate64(fd, pad, lo, hi)
            assertEquals(0, g.call(194, fd, 0, 5, 0));
            assertEquals("hello", Files.readString(file));
        }
    }

    @Test
    void mmap2CountsItsOffsetInPages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        byte[] data = new byte[8192];
        data[4096] = 42;
        Files.write(file, data);
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            int fd = (int) g.call(322, AT_FDCWD, g.string(buf, file.toString()), O_RDONLY, 0);
            long a = g.call(192, 0, 4096, 1, 2, fd, 1);
            assertTrue(a > 0 && a < 1L << 32, "mmap2 " + a);
            assertEquals(42, g.mem.read8(a));
        }
    }

    @Test
    void rtSigactionAndSigaltstackUseThirtyTwoBitStructs() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            long act = buf, old = buf + 64;
            g.mem.write32(act, 0x12345);
            g.mem.write32(act + 4, 0x04000000 | 0x10000000); // SA_RESTORER | SA_RESTART
            g.mem.write32(act + 8, 0x23456);
            g.mem.write64(act + 12, 1L << 9);
            assertEquals(0, g.call(174, 10, act, 0, 8));
            for (int i = 0; i < 32; i++) {
                g.mem.write8(old + i, 0xaa);
            }
            assertEquals(0, g.call(174, 10, 0, old, 8));
            assertEquals(0x12345, g.mem.read32(old));
            assertEquals(0x14000000, g.mem.read32(old + 4));
            assertEquals(0x23456, g.mem.read32(old + 8));
            assertEquals(1L << 9, g.mem.read64(old + 12));
            assertEquals(0xaaaaaaaa, g.mem.read32(old + 20), "20 bytes, no more");

            long ss = buf + 128;
            g.mem.write32(ss, (int) (buf + 0x400));
            g.mem.write32(ss + 4, 0);
            g.mem.write32(ss + 8, 4096);
            assertEquals(0, g.call(186, ss, 0));
            assertEquals(0, g.call(186, 0, ss + 16));
            assertEquals(buf + 0x400, g.mem.read32(ss + 16) & 0xffffffffL);
            assertEquals(4096, g.mem.read32(ss + 24));
            g.mem.write32(ss + 8, 2047);
            assertEquals(-Errno.ENOMEM, g.call(186, ss, 0), "below arm's MINSIGSTKSZ (2048)");
        }
    }

    @Test
    void theOldSignalCallsTakeThirtyTwoBitSets() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            // rt_sigprocmask blocks SIGUSR1 (10) and SIGRTMIN+1 (35)
            g.mem.write64(buf, 1L << 9 | 1L << 34);
            assertEquals(0, g.call(175, 0, buf, 0, 8));
            // sigprocmask(SIG_SETMASK, {SIGUSR2}, &old): the old set is signals 1-32; 35 stays blocked
            g.mem.write32(buf + 16, 1 << 11);
            assertEquals(0, g.call(126, 2, buf + 16, buf + 20));
            assertEquals(1 << 9, g.mem.read32(buf + 20));
            assertEquals(0, g.call(175, 0, 0, buf + 32, 8));
            assertEquals(1L << 11 | 1L << 34, g.mem.read64(buf + 32));
            // sigaction: {handler, mask, flags, restorer}, 16 bytes
            g.mem.write32(buf + 64, 0x1001);
            g.mem.write32(buf + 68, 1 << 2);
            g.mem.write32(buf + 72, 0x10000000);
            g.mem.write32(buf + 76, 0x2002);
            assertEquals(0, g.call(67, 12, buf + 64, 0));
            assertEquals(0, g.call(174, 12, 0, buf + 128, 8));
            assertEquals(0x1001, g.mem.read32(buf + 128));
            assertEquals(0x10000000, g.mem.read32(buf + 132));
            assertEquals(0x2002, g.mem.read32(buf + 136));
            assertEquals(1L << 2, g.mem.read64(buf + 140));
            assertEquals(0, g.call(67, 12, 0, buf + 192));
            assertEquals(1 << 2, g.mem.read32(buf + 196), "sa_mask at 4");
            assertEquals(0x10000000, g.mem.read32(buf + 200), "sa_flags at 8");
        }
    }

    @Test
    void clockGettimeOldAndTime64() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            for (int i = 0; i < 32; i++) {
                g.mem.write8(buf + i, 0xaa);
            }
            assertEquals(0, g.call(263, 0, buf));
            long now = System.currentTimeMillis() / 1000;
            assertTrue(Math.abs(g.mem.read32(buf) - now) < 5);
            assertTrue(g.mem.read32(buf + 4) >= 0 && g.mem.read32(buf + 4) < 1_000_000_000);
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 8), "8 bytes, no more");
            assertEquals(0, g.call(403, 0, buf + 16));
            assertTrue(Math.abs(g.mem.read64(buf + 16) - now) < 5);
            assertTrue(g.mem.read64(buf + 24) >= 0 && g.mem.read64(buf + 24) < 1_000_000_000);
            // nanosleep with a 32-bit timespec
            g.mem.write32(buf + 64, 0);
            g.mem.write32(buf + 68, 1000);
            assertEquals(0, g.call(162, buf + 64, 0));
            // gettimeofday: a timeval of two 32-bit longs
            assertEquals(0, g.call(78, buf + 128, 0));
            assertTrue(Math.abs(g.mem.read32(buf + 128) - now) < 5);
            assertTrue(g.mem.read32(buf + 132) < 1_000_000);
        }
    }

    @Test
    void time64CallsIgnoreTheUpperHalfOfTvNsec() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            // glibc's struct __timespec64 on arm: s64 tv_sec, s32 tv_nsec, s32 padding (left as it is)
            g.mem.write64(buf, 0);
            g.mem.write32(buf + 8, 1000);
            g.mem.write32(buf + 12, 0x55aa55aa);
            assertEquals(0, g.call(407, 1, 0, buf, 0), "clock_nanosleep_time64");
            g.mem.write32(buf + 64, 0);
            assertEquals(-Errno.ETIMEDOUT, g.call(422, buf + 64, 128 /* FUTEX_WAIT_PRIVATE */, 0, buf, 0, 0),
                    "futex_time64 waits out its timeout");
            g.mem.write32(buf + 8, 1_000_000_000);
            assertEquals(-Errno.EINVAL, g.call(407, 1, 0, buf, 0), "the low half still counts");
            // the old futex: a 32-bit timespec
            g.mem.write32(buf + 128, 0);
            g.mem.write32(buf + 132, 1000);
            assertEquals(-Errno.ETIMEDOUT, g.call(240, buf + 64, 128, 0, buf + 128, 0, 0));
        }
    }

    @Test
    void limitsSysinfoRusageAndTimesAreThirtyTwoBit() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            // ugetrlimit(RLIMIT_NOFILE): the guest table's limit, two 32-bit words
            assertEquals(0, g.call(191, 7, buf));
            assertEquals(g.fds.limit(), g.mem.read32(buf));
            // prlimit64 has the same in 64-bit words
            assertEquals(0, g.call(369, 0, 7, 0, buf + 16));
            assertEquals(g.fds.limit(), g.mem.read64(buf + 16));
            // RLIMIT_AS is unlimited on the host: RLIM_INFINITY as 0xffffffff
            assertEquals(0, g.call(191, 9, buf + 32));
            long soft = g.call(369, 0, 9, 0, buf + 48) == 0 ? g.mem.read64(buf + 48) : 0;
            if (soft == -1) {
                assertEquals(-1, g.mem.read32(buf + 32));
            }
            assertEquals(-Errno.EINVAL, g.call(338, buf, 24), "robust_list_head is 12 bytes");
            assertEquals(0, g.call(338, buf, 12));

            for (int i = 0; i < 128; i++) {
                g.mem.write8(buf + 256 + i, 0xaa);
            }
            assertEquals(0, g.call(116, buf + 256));
            int unit = g.mem.read32(buf + 256 + 52);
            assertTrue(unit >= 1, "mem_unit at 52: " + unit);
            long totalram = (g.mem.read32(buf + 256 + 16) & 0xffffffffL) * unit;
            assertTrue(totalram > 1 << 26, "totalram " + totalram);
            assertTrue((g.mem.read16(buf + 256 + 40) & 0xffff) > 0, "procs at 40");
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 256 + 64), "64 bytes, no more");

            for (int i = 0; i < 128; i++) {
                g.mem.write8(buf + 512 + i, 0xaa);
            }
            assertEquals(0, g.call(77, 0, buf + 512));
            assertTrue(g.mem.read32(buf + 512 + 4) < 1_000_000, "ru_utime.tv_usec");
            assertTrue(g.mem.read32(buf + 512 + 16 + 4 * 6) != 0xaaaaaaaa);
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 512 + 72), "72 bytes, no more");

            for (int i = 0; i < 32; i++) {
                g.mem.write8(buf + 768 + i, 0xaa);
            }
            g.call(43, buf + 768);
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 768 + 16), "struct tms: 16 bytes");
        }
    }

    @Test
    void statfs64IsEightyFourBytes() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            g.string(buf, "/");
            assertEquals(-Errno.EINVAL, g.call(266, buf, 88, buf + 256));
            for (int i = 0; i < 128; i++) {
                g.mem.write8(buf + 256 + i, 0xaa);
            }
            assertEquals(0, g.call(266, buf, 84, buf + 256));
            assertTrue(g.mem.read32(buf + 256 + 4) > 0, "f_bsize");
            assertTrue(g.mem.read64(buf + 256 + 8) > 0, "f_blocks at 8");
            assertTrue(g.mem.read32(buf + 256 + 56) > 0, "f_namelen at 56");
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 256 + 84));
        }
    }

    @Test
    void socketMessagesPassDescriptorsInThirtyTwoBitControlMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        Files.writeString(file, "x");
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(8192);
            int fd = (int) g.call(322, AT_FDCWD, g.string(buf, file.toString()), O_RDONLY, 0);
            assertEquals(0, g.call(288, 1, 1, 0, buf + 64)); // socketpair(AF_UNIX, SOCK_STREAM)
            int a = g.mem.read32(buf + 64), b = g.mem.read32(buf + 68);
            // sendmsg: one iovec "hi", one SCM_RIGHTS message {len 16, SOL_SOCKET, SCM_RIGHTS, fd}
            long msg = buf + 256, iov = buf + 320, data = buf + 352, control = buf + 384;
            g.string(data, "hi");
            g.mem.write32(iov, (int) data);
            g.mem.write32(iov + 4, 2);
            g.mem.write32(control, 16);
            g.mem.write32(control + 4, 1);
            g.mem.write32(control + 8, 1);
            g.mem.write32(control + 12, fd);
            int[] hdr = {0, 0, (int) iov, 1, (int) control, 16, 0};
            for (int i = 0; i < 7; i++) {
                g.mem.write32(msg + 4L * i, hdr[i]);
            }
            assertEquals(2, g.call(296, a, msg, 0));
            // recvmsg into fresh buffers
            long rmsg = buf + 1024, riov = buf + 1088, rdata = buf + 1120, rcontrol = buf + 1152;
            g.mem.write32(riov, (int) rdata);
            g.mem.write32(riov + 4, 16);
            int[] rhdr = {0, 0, (int) riov, 1, (int) rcontrol, 64, 0};
            for (int i = 0; i < 7; i++) {
                g.mem.write32(rmsg + 4L * i, rhdr[i]);
            }
            assertEquals(2, g.call(297, b, rmsg, 0));
            assertEquals("hi", new String(g.mem.readBytes(rdata, 2)));
            assertEquals(16, g.mem.read32(rmsg + 20), "msg_controllen: one 16-byte message");
            assertEquals(16, g.mem.read32(rcontrol), "cmsg_len");
            assertEquals(1, g.mem.read32(rcontrol + 4));
            assertEquals(1, g.mem.read32(rcontrol + 8));
            int passed = g.mem.read32(rcontrol + 12);
            assertTrue(passed > fd, "a new guest descriptor " + passed);
            assertEquals(1, g.call(3, passed, buf + 2000, 1));
            assertEquals('x', g.mem.read8(buf + 2000));
            assertEquals(0, g.mem.read32(rmsg + 24), "msg_flags");
        }
    }

    @Test
    void pollSelectAndPauseLikeCalls() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            assertEquals(0, g.call(359, buf, 0)); // pipe2
            int r = g.mem.read32(buf), w = g.mem.read32(buf + 4);
            // poll(fds, 1, 0): nothing to read yet
            g.mem.write32(buf + 64, r);
            g.mem.write32(buf + 68, 1); // POLLIN
            assertEquals(0, g.call(168, buf + 64, 1, 0));
            g.string(buf + 128, "z");
            assertEquals(1, g.call(4, w, buf + 128, 1));
            assertEquals(1, g.call(168, buf + 64, 1, 1000));
            assertEquals(1, g.mem.read16(buf + 70));
            // _newselect with a 32-bit fd_set and timeval
            g.mem.write32(buf + 256, 1 << r);
            g.mem.write32(buf + 260, 0xaaaaaaaa);
            g.mem.write32(buf + 300, 1);
            g.mem.write32(buf + 304, 0);
            assertEquals(1, g.call(142, r + 1, buf + 256, 0, 0, buf + 300));
            assertEquals(1 << r, g.mem.read32(buf + 256));
            assertEquals(0xaaaaaaaa, g.mem.read32(buf + 260), "an fd_set of one 32-bit long");
            assertTrue(g.mem.read32(buf + 304) >= 0 && g.mem.read32(buf + 304) < 1_000_000, "time left: usec");
            // pselect6_time64 with its {sigset pointer, size} pair of 32-bit words (no mask)
            g.mem.write32(buf + 400, 0);
            g.mem.write32(buf + 404, 8);
            g.mem.write64(buf + 416, 0);
            g.mem.write64(buf + 424, 0);
            assertEquals(1, g.call(413, r + 1, buf + 256, 0, 0, buf + 416, buf + 400));
        }
    }

    @Test
    void fcntl64LocksWithFlock64AndFcntlWithTheThirtyTwoBitFlock(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        Files.writeString(file, "0123456789");
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            int fd = (int) g.call(322, AT_FDCWD, g.string(buf, file.toString()), O_RDWR, 0);
            // F_SETLK64 (13) with struct flock64 {short type, whence; pad; s64 start, len; int pid}
            long fl = buf + 256;
            g.mem.write16(fl, 1); // F_WRLCK
            g.mem.write16(fl + 2, 0);
            g.mem.write64(fl + 8, 2);
            g.mem.write64(fl + 16, 3);
            assertEquals(0, g.call(221, fd, 13, fl));
            // F_GETLK (5) with the 32-bit struct flock {short, short, long start, long len, int pid}: our own lock does not conflict
            long fl32 = buf + 512;
            g.mem.write16(fl32, 1);
            g.mem.write16(fl32 + 2, 0);
            g.mem.write32(fl32 + 4, 0);
            g.mem.write32(fl32 + 8, 10);
            g.mem.write32(fl32 + 12, 0);
            assertEquals(0, g.call(55, fd, 5, fl32));
            assertEquals(2, g.mem.read16(fl32), "F_UNLCK");
            assertEquals(-Errno.EINVAL, g.call(55, fd, 13, fl), "F_SETLK64 is fcntl64's");
        }
    }

    @Test
    void siginfoOfAnIlp32GuestHasItsUnionAtTwelve() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            long buf = g.map(4096);
            jemu.linux.signal.SigInfo.fault(11, 1, 0xdeadbeefL).write(g.mem, buf, 4);
            assertEquals(11, g.mem.read32(buf));
            assertEquals(1, g.mem.read32(buf + 8));
            assertEquals(0xdeadbeef, g.mem.read32(buf + 12), "si_addr at 12");
            assertEquals(0, g.mem.read32(buf + 16));
            jemu.linux.signal.SigInfo.user(10, 0, 1234, 1000).write(g.mem, buf + 256, 4);
            assertEquals(1234, g.mem.read32(buf + 256 + 12), "si_pid at 12");
            assertEquals(1000, g.mem.read32(buf + 256 + 16), "si_uid at 16");
            // an ILP32 sigqueue siginfo (SI_QUEUE: pid, uid, sigval at 20) round trips through the 64-bit one kept
            long q = buf + 512;
            int[] words = {34, 0, -1, 777, 1000, 0x5eed};
            for (int i = 0; i < words.length; i++) {
                g.mem.write32(q + 4L * i, words[i]);
            }
            jemu.linux.signal.SigInfo.fromGuest(g.mem, q, 34, 4).write(g.mem, q + 128, 4);
            for (int i = 0; i < words.length; i++) {
                assertEquals(words[i], g.mem.read32(q + 128 + 4L * i), "word " + i);
            }
            assertEquals(34, jemu.linux.signal.SigInfo.fromGuest(g.mem, q, 34, 4).signo());
        }
    }

    /** An ILP32 siginfo of {@code words} (from offset 0) at a fresh page, as the 64-bit one jemu keeps. */
    private static jemu.linux.signal.SigInfo ilp32(Ilp32Guest g, int... words) {
        long at = g.map(4096);
        for (int i = 0; i < words.length; i++) {
            g.mem.write32(at + 4L * i, words[i]);
        }
        return jemu.linux.signal.SigInfo.fromGuest(g.mem, at, words[0], 4);
    }

    @Test
    void anIlp32GuestsSiginfoIsTakenMemberByMember() {
        try (Ilp32Guest g = new Ilp32Guest()) {
            // copy_siginfo_from_user32: pointers zero-extended, longs and clock_t sign-extended, a sigval's int only
            var chld = ilp32(g, 17, 0, 1 /* CLD_EXITED */, 0x11, 0x22, 0x33, -5, 7);
            assertEquals(0x11, chld.getInt(16));
            assertEquals(0x22, chld.getInt(20));
            assertEquals(0x33, chld.getInt(24));
            assertEquals(-5L, chld.getLong(32), "si_utime");
            assertEquals(7L, chld.getLong(40), "si_stime");
            var bus = ilp32(g, 7, 0, 2 /* BUS_ADRERR */, 0x8000_1234);
            assertEquals(0x8000_1234L, bus.getLong(16), "si_addr");
            var poll = ilp32(g, 29, 0, 1 /* POLL_IN */, -1, 9);
            assertEquals(-1L, poll.getLong(16), "si_band");
            assertEquals(9, poll.getInt(24), "si_fd");
            var sys = ilp32(g, 31, 0, 1 /* SYS_SECCOMP */, 0x9000_0000, 7, 0x4000_0028);
            assertEquals(0x9000_0000L, sys.getLong(16), "si_call_addr");
            assertEquals(7, sys.getInt(24), "si_syscall");
            assertEquals(0x4000_0028, sys.getInt(28), "si_arch");
            var rt = ilp32(g, 34, 0, -1 /* SI_QUEUE */, 777, 1000, 0x5eed, 0xdead);
            assertEquals(0x5eedL, rt.getLong(24), "si_value: the int only");
            // and back to the guest's layout, unchanged
            for (var i : java.util.List.of(chld, bus, poll, sys)) {
                long out = g.map(4096);
                i.write(g.mem, out, 4);
                assertEquals(i.signo(), g.mem.read32(out));
            }
            long out = g.map(4096);
            chld.write(g.mem, out, 4);
            assertEquals(-5, g.mem.read32(out + 24));
            assertEquals(7, g.mem.read32(out + 28));
            // signalfd's records of them: fixed-size fields, the same for every ABI
            byte[] r = jemu.linux.signal.SignalFd.record(chld, 4);
            var rb = java.nio.ByteBuffer.wrap(r).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x11, rb.getInt(12), "ssi_pid");
            assertEquals(0x33, rb.getInt(40), "ssi_status");
            assertEquals(-5L, rb.getLong(56), "ssi_utime");
            rb = java.nio.ByteBuffer.wrap(jemu.linux.signal.SignalFd.record(poll, 4)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals(-1, rb.getInt(28), "ssi_band");
            assertEquals(9, rb.getInt(20), "ssi_fd");
            rb = java.nio.ByteBuffer.wrap(jemu.linux.signal.SignalFd.record(rt, 4)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x5eedL, rb.getLong(48), "ssi_ptr");
            assertEquals(0x5eed, rb.getInt(44), "ssi_int");
            assertEquals(777, rb.getInt(12), "ssi_pid");
        }
    }

    @Test
    void namesFollowTheEabiTable() {
        assertEquals("mmap2", ArmSyscallNames.TABLE.name(192));
        assertEquals("fstat64", ArmSyscallNames.TABLE.name(197));
        assertEquals("clock_gettime64", ArmSyscallNames.TABLE.name(403));
        assertEquals("futex_time64", ArmSyscallNames.TABLE.name(422));
        // the ARM-private calls, from 0x0f0000
        assertEquals("cacheflush", ArmSyscallNames.TABLE.name(0x0f0002));
        assertEquals("set_tls", ArmSyscallNames.TABLE.name(0x0f0005));
        assertEquals("get_tls", ArmSyscallNames.TABLE.name(0x0f0006));
        assertEquals(null, ArmSyscallNames.TABLE.name(0x0f0007));
        assertEquals("exit_group", ArmSyscallNames.TABLE.name(248));
        assertEquals("arm_fadvise64_64", ArmSyscallNames.TABLE.name(270));
        assertEquals(null, ArmSyscallNames.TABLE.name(7));
    }

    @Test
    void idsOfTheSixteenBitCalls() {
        assertEquals(-1, ArmSyscalls.id16(0xffff));
        assertEquals(-1, ArmSyscalls.id16(-1));
        assertEquals(1000, ArmSyscalls.id16(1000));
        assertEquals(65534, ArmSyscalls.low16(100000));
        assertEquals(1000, ArmSyscalls.low16(1000));
        assertEquals(0xffff_ffffL, ArmSyscalls.u(-1));
        assertEquals(0x1_0000_0002L, ArmSyscalls.pair(2, 1));
        assertEquals(-1L, ArmSyscalls.pair(-1, -1));
    }
}
