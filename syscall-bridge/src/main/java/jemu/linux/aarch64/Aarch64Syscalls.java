package jemu.linux.aarch64;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.HostSyscall;

/**
 * The AArch64 system call table: asm-generic numbers (include/uapi/asm-generic/unistd.h) to
 * handlers. Arguments arrive as the six 64-bit registers; each case narrows them as the
 * kernel's prototype does.
 */
final class Aarch64Syscalls {
    private Aarch64Syscalls() {}

    static long dispatch(GuestThread t, int nr, long a0, long a1, long a2, long a3, long a4, long a5) {
        var f = t.files;
        return switch (nr) {
            case 5 -> t.xattrs.setxattr(a0, a1, a2, a3, (int) a4, true);
            case 6 -> t.xattrs.setxattr(a0, a1, a2, a3, (int) a4, false);
            case 7 -> t.xattrs.fsetxattr((int) a0, a1, a2, a3, (int) a4);
            case 8 -> t.xattrs.getxattr(a0, a1, a2, a3, true);
            case 9 -> t.xattrs.getxattr(a0, a1, a2, a3, false);
            case 10 -> t.xattrs.fgetxattr((int) a0, a1, a2, a3);
            case 11 -> t.xattrs.listxattr(a0, a1, a2, true);
            case 12 -> t.xattrs.listxattr(a0, a1, a2, false);
            case 13 -> t.xattrs.flistxattr((int) a0, a1, a2);
            case 14 -> t.xattrs.removexattr(a0, a1, true);
            case 15 -> t.xattrs.removexattr(a0, a1, false);
            case 16 -> t.xattrs.fremovexattr((int) a0, a1);
            case 17 -> f.getcwd(a0, a1);
            case 19 -> t.events.eventfd2((int) a0, (int) a1);
            case 20 -> t.events.epollCreate1((int) a0);
            case 21 -> t.events.epollCtl((int) a0, (int) a1, (int) a2, a3);
            case 22 -> t.events.epollPwait((int) a0, a1, (int) a2, (int) a3, a4, a5);
            case 23 -> f.dup((int) a0);
            case 24 -> f.dup3((int) a0, (int) a1, (int) a2);
            case 25 -> f.fcntl((int) a0, (int) a1, a2);
            case 26 -> t.events.inotifyInit1((int) a0);
            case 27 -> t.events.inotifyAddWatch((int) a0, a1, (int) a2);
            case 28 -> t.events.inotifyRmWatch((int) a0, (int) a1);
            case 29 -> f.ioctl((int) a0, (int) a1, a2);
            case 32 -> f.flock((int) a0, (int) a1);
            case 33 -> f.mknodat((int) a0, a1, (int) a2, a3);
            case 34 -> f.mkdirat((int) a0, a1, (int) a2);
            case 35 -> f.unlinkat((int) a0, a1, (int) a2);
            case 36 -> f.symlinkat(a0, (int) a1, a2);
            case 37 -> f.linkat((int) a0, a1, (int) a2, a3, (int) a4);
            case 38 -> f.renameat2((int) a0, a1, (int) a2, a3, 0);
            case 43 -> f.statfs(a0, a1);
            case 44 -> f.fstatfs((int) a0, a1);
            case 45 -> f.truncate(a0, a1);
            case 46 -> f.ftruncate((int) a0, a1);
            case 47 -> f.fallocate((int) a0, (int) a1, a2, a3);
            case 48 -> f.faccessat((int) a0, a1, (int) a2, 0);
            case 49 -> f.chdir(a0);
            case 50 -> f.fchdir((int) a0);
            case 52 -> f.fchmod((int) a0, (int) a1);
            case 53 -> f.fchmodat((int) a0, a1, (int) a2);
            case 54 -> f.fchownat((int) a0, a1, (int) a2, (int) a3, (int) a4);
            case 55 -> f.fchown((int) a0, (int) a1, (int) a2);
            case 56 -> f.openat((int) a0, a1, (int) a2, (int) a3);
            case 57 -> f.close((int) a0);
            case 59 -> f.pipe2(a0, (int) a1);
            case 61 -> f.getdents64((int) a0, a1, a2);
            case 62 -> f.lseek((int) a0, a1, (int) a2);
            case 63 -> f.read((int) a0, a1, a2);
            case 64 -> f.write((int) a0, a1, a2);
            case 65 -> f.readv((int) a0, a1, (int) a2);
            case 66 -> f.writev((int) a0, a1, (int) a2);
            case 67 -> f.pread64((int) a0, a1, a2, a3);
            case 68 -> f.pwrite64((int) a0, a1, a2, a3);
            case 69 -> f.preadv((int) a0, a1, (int) a2, a3);
            case 70 -> f.pwritev((int) a0, a1, (int) a2, a3);
            case 71 -> f.sendfile((int) a0, (int) a1, a2, a3);
            case 72 -> f.pselect6((int) a0, a1, a2, a3, a4, a5);
            case 73 -> f.ppoll(a0, a1, a2, a3, a4);
            case 75 -> t.io.vmsplice((int) a0, a1, a2, (int) a3);
            case 76 -> t.io.splice((int) a0, a1, (int) a2, a3, a4, (int) a5);
            case 77 -> t.io.tee((int) a0, (int) a1, a2, (int) a3);
            case 78 -> f.readlinkat((int) a0, a1, a2, a3);
            case 79 -> f.newfstatat((int) a0, a1, a2, (int) a3);
            case 80 -> f.fstat((int) a0, a1);
            case 81 -> f.sync();
            case 82 -> f.fsync((int) a0);
            case 83 -> f.fdatasync((int) a0);
            case 84 -> t.io.syncFileRange((int) a0, a1, a2, (int) a3);
            case 85 -> t.events.timerfdCreate((int) a0, (int) a1);
            case 86 -> t.events.timerfdSettime((int) a0, (int) a1, a2, a3);
            case 87 -> t.events.timerfdGettime((int) a0, a1);
            case 88 -> f.utimensat((int) a0, a1, a2, (int) a3);
            case 92 -> t.processes.personality(a0);
            case 93 -> t.processes.exit((int) a0);
            case 94 -> t.processes.exitGroup((int) a0);
            case 95 -> t.processes.waitid((int) a0, (int) a1, a2, (int) a3, a4);
            case 96 -> t.processes.setTidAddress(a0);
            case 98 -> t.futex.futex(a0, (int) a1, (int) a2, a3, a4, (int) a5);
            case 99 -> t.processes.setRobustList(a0, a1);
            case 100 -> t.futex.getRobustList((int) a0, a1, a2);
            case 101 -> t.time.nanosleep(a0, a1);
            case 102 -> t.signals.getitimer((int) a0, a1);
            case 103 -> t.signals.setitimer((int) a0, a1, a2);
            case 113 -> t.time.clockGettime((int) a0, a1);
            case 114 -> t.time.clockGetres((int) a0, a1);
            case 115 -> t.time.clockNanosleep((int) a0, (int) a1, a2, a3);
            case 123 -> t.processes.schedGetaffinity((int) a0, a1, a2);
            case 124 -> t.processes.schedYield();
            case 129 -> t.signals.kill((int) a0, (int) a1);
            case 130 -> t.signals.tkill((int) a0, (int) a1);
            case 131 -> t.signals.tgkill((int) a0, (int) a1, (int) a2);
            case 132 -> t.signals.sigaltstack(a0, a1);
            case 134 -> t.signals.rtSigaction((int) a0, a1, a2, a3);
            case 133 -> t.signals.rtSigsuspend(a0, a1);
            case 135 -> t.signals.rtSigprocmask((int) a0, a1, a2, a3);
            case 136 -> t.signals.rtSigpending(a0, a1);
            case 137 -> t.signals.rtSigtimedwait(a0, a1, a2, a3);
            case 138 -> t.signals.rtSigqueueinfo((int) a0, (int) a1, a2);
            case 139 -> ((Aarch64Thread) t).rtSigreturn();
            case 140 -> t.processes.passThrough(HostSyscall.SETPRIORITY, a0, a1, a2);
            case 141 -> t.processes.passThrough(HostSyscall.GETPRIORITY, a0, a1, a2);
            case 143 -> t.processes.passThrough(HostSyscall.SETREGID, a0, a1, a2);
            case 144 -> t.processes.passThrough(HostSyscall.SETGID, a0, a1, a2);
            case 145 -> t.processes.passThrough(HostSyscall.SETREUID, a0, a1, a2);
            case 146 -> t.processes.passThrough(HostSyscall.SETUID, a0, a1, a2);
            case 147 -> t.processes.passThrough(HostSyscall.SETRESUID, a0, a1, a2);
            case 148 -> t.processes.getresid(HostSyscall.GETRESUID, a0, a1, a2);
            case 149 -> t.processes.passThrough(HostSyscall.SETRESGID, a0, a1, a2);
            case 150 -> t.processes.getresid(HostSyscall.GETRESGID, a0, a1, a2);
            case 151 -> t.processes.passThrough(HostSyscall.SETFSUID, a0, a1, a2);
            case 152 -> t.processes.passThrough(HostSyscall.SETFSGID, a0, a1, a2);
            case 153 -> t.time.times(a0);
            case 154 -> t.processes.setpgid((int) a0, (int) a1);
            case 155 -> t.processes.passThrough(HostSyscall.GETPGID, a0, a1, a2);
            case 156 -> t.processes.passThrough(HostSyscall.GETSID, a0, a1, a2);
            case 157 -> t.processes.passThrough(HostSyscall.SETSID, a0, a1, a2);
            case 158 -> t.processes.getgroups((int) a0, a1);
            case 160 -> t.info.uname(a0);
            case 163 -> t.processes.prlimit64(0, (int) a0, 0, a1);
            case 164 -> t.processes.prlimit64(0, (int) a0, a1, 0);
            case 165 -> t.processes.getrusage((int) a0, a1);
            case 166 -> t.info.umask((int) a0);
            case 167 -> t.processes.prctl((int) a0, a1, a2, a3, a4);
            case 168 -> t.processes.getcpu(a0, a1, a2);
            case 169 -> t.time.gettimeofday(a0, a1);
            case 172 -> t.processes.getpid();
            case 173 -> t.processes.passThrough(HostSyscall.GETPPID, 0, 0, 0);
            case 174 -> t.processes.passThrough(HostSyscall.GETUID, 0, 0, 0);
            case 175 -> t.processes.passThrough(HostSyscall.GETEUID, 0, 0, 0);
            case 176 -> t.processes.passThrough(HostSyscall.GETGID, 0, 0, 0);
            case 177 -> t.processes.passThrough(HostSyscall.GETEGID, 0, 0, 0);
            case 178 -> t.processes.gettid();
            case 179 -> t.info.sysinfo(a0);
            case 198 -> t.sockets.socket((int) a0, (int) a1, (int) a2);
            case 199 -> t.sockets.socketpair((int) a0, (int) a1, (int) a2, a3);
            case 200 -> t.sockets.bind((int) a0, a1, (int) a2);
            case 201 -> t.sockets.listen((int) a0, (int) a1);
            case 202 -> t.sockets.accept4((int) a0, a1, a2, 0);
            case 203 -> t.sockets.connect((int) a0, a1, (int) a2);
            case 204 -> t.sockets.getsockname((int) a0, a1, a2);
            case 205 -> t.sockets.getpeername((int) a0, a1, a2);
            case 206 -> t.sockets.sendto((int) a0, a1, a2, (int) a3, a4, (int) a5);
            case 207 -> t.sockets.recvfrom((int) a0, a1, a2, (int) a3, a4, a5);
            case 208 -> t.sockets.setsockopt((int) a0, (int) a1, (int) a2, a3, (int) a4);
            case 209 -> t.sockets.getsockopt((int) a0, (int) a1, (int) a2, a3, a4);
            case 210 -> t.sockets.shutdown((int) a0, (int) a1);
            case 211 -> t.sockets.sendmsg((int) a0, a1, (int) a2);
            case 212 -> t.sockets.recvmsg((int) a0, a1, (int) a2);
            case 213 -> t.io.readahead((int) a0, a1, a2);
            case 214 -> t.memory.brk(a0);
            case 220 -> Aarch64Clone.clone((Aarch64Thread) t, a0, a1, a2, a3, a4);
            case 221 -> t.exec.execve(a0, a1, a2);
            case 215 -> t.memory.munmap(a0, a1);
            case 216 -> t.memory.mremap(a0, a1, a2, (int) a3, a4);
            case 222 -> t.memory.mmap(a0, a1, (int) a2, (int) a3, (int) a4, a5);
            case 223 -> f.fadvise64((int) a0, a1, a2, (int) a3);
            case 226 -> t.memory.mprotect(a0, a1, (int) a2);
            case 227 -> t.memory.msync(a0, a1, (int) a2);
            case 228, 229 -> t.memory.mlock(a0, a1);
            case 230, 231 -> 0;
            case 233 -> t.memory.madvise(a0, a1, (int) a2);
            case 240 -> t.signals.rtTgsigqueueinfo((int) a0, (int) a1, (int) a2, a3);
            case 242 -> t.sockets.accept4((int) a0, a1, a2, (int) a3);
            case 243 -> t.sockets.recvmmsg((int) a0, a1, (int) a2, (int) a3, a4);
            case 260 -> t.processes.wait4((int) a0, a1, (int) a2, a3);
            case 261 -> t.processes.prlimit64((int) a0, (int) a1, a2, a3);
            case 267 -> f.syncfs((int) a0);
            case 269 -> t.sockets.sendmmsg((int) a0, a1, (int) a2, (int) a3);
            case 276 -> f.renameat2((int) a0, a1, (int) a2, a3, (int) a4);
            case 278 -> t.info.getrandom(a0, a1, (int) a2);
            case 279 -> t.io.memfdCreate(a0, (int) a1);
            case 281 -> t.exec.execveat((int) a0, a1, a2, a3, (int) a4);
            case 283 -> t.futex.membarrier((int) a0, (int) a1, (int) a2);
            case 285 -> f.copyFileRange((int) a0, a1, (int) a2, a3, a4, (int) a5);
            case 286 -> t.io.preadv2((int) a0, a1, (int) a2, a3, (int) a5);
            case 287 -> t.io.pwritev2((int) a0, a1, (int) a2, a3, (int) a5);
            case 291 -> f.statx((int) a0, a1, (int) a2, (int) a3, a4);
            // rseq: optional for glibc, which carries on without it; not worth a warning.
            case 293 -> -Errno.ENOSYS;
            case 424 -> t.events.pidfdSendSignal((int) a0, (int) a1, a2, (int) a3);
            case 434 -> t.events.pidfdOpen((int) a0, (int) a1);
            // clone3: glibc falls back to clone on ENOSYS, so it is no reason for a warning.
            case 435 -> -Errno.ENOSYS;
            case 436 -> f.closeRange((int) a0, (int) a1, (int) a2);
            case 439 -> f.faccessat((int) a0, a1, (int) a2, (int) a3);
            case 441 -> t.events.epollPwait2((int) a0, a1, (int) a2, a3, a4, a5);
            default -> unsupported(t, nr);
        };
    }

    private static long unsupported(GuestThread t, int nr) {
        t.process.warnUnsupported(nr, Aarch64SyscallNames.TABLE.name(nr));
        return -Errno.ENOSYS;
    }

    static jemu.linux.SyscallNames names() {
        return Aarch64SyscallNames.TABLE;
    }
}
