package jemu.linux.arm;

import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.host.HostSyscall;

/**
 * The ARM EABI system call table (arch/arm/tools/syscall.tbl): numbers to handlers. Arguments
 * arrive as the 32-bit registers r0-r6; each case widens them as the kernel's prototype does
 * (pointers and sizes zero-extended, signed values sign-extended, 64-bit values from an aligned
 * register pair). sigreturn, rt_sigreturn, clone, fork, vfork and the ARM-private calls
 * (0x0f0000 and up) need the CPU and are handled by the thread before this table.
 */
public final class ArmSyscalls {
    private ArmSyscalls() {}

    public static long dispatch(GuestThread t, int nr, int r0, int r1, int r2, int r3, int r4, int r5, int r6) {
        var f = t.files;
        var pr = t.processes;
        return switch (nr) {
            case 1 -> pr.exit(r0);
            case 3 -> f.read(r0, u(r1), u(r2));
            case 4 -> f.write(r0, u(r1), u(r2));
            case 5 -> f.openat(AT_FDCWD, u(r0), r1, r2);
            case 6 -> f.close(r0);
            case 8 -> f.openat(AT_FDCWD, u(r0), O_CREAT | O_WRONLY | O_TRUNC, r1);
            case 9 -> f.linkat(AT_FDCWD, u(r0), AT_FDCWD, u(r1), 0);
            case 10 -> f.unlinkat(AT_FDCWD, u(r0), 0);
            case 11 -> t.exec.execve(u(r0), u(r1), u(r2));
            case 12 -> f.chdir(u(r0));
            case 14 -> f.mknodat(AT_FDCWD, u(r0), r1, u(r2));
            case 15 -> f.fchmodat(AT_FDCWD, u(r0), r1);
            case 16 -> f.fchownat(AT_FDCWD, u(r0), id16(r1), id16(r2), AT_SYMLINK_NOFOLLOW);
            case 19 -> lseek32(t, r0, r1, r2);
            case 20 -> pr.getpid();
            case 23 -> pr.passThrough(HostSyscall.SETUID, id16(r0), 0, 0);
            case 24 -> low16(pr.passThrough(HostSyscall.GETUID, 0, 0, 0));
            case 29 -> f.poll(0, 0, -1); // pause: until a signal
            case 33 -> f.faccessat(AT_FDCWD, u(r0), r1, 0);
            case 36 -> f.sync();
            case 37 -> t.signals.kill(r0, r1);
            case 38 -> f.renameat2(AT_FDCWD, u(r0), AT_FDCWD, u(r1), 0);
            case 39 -> f.mkdirat(AT_FDCWD, u(r0), r1);
            case 40 -> f.unlinkat(AT_FDCWD, u(r0), AT_REMOVEDIR);
            case 41 -> f.dup(r0);
            case 42 -> f.pipe2(u(r0), 0);
            case 43 -> t.time.times(u(r0));
            case 45 -> t.memory.brk(u(r0));
            case 46 -> pr.passThrough(HostSyscall.SETGID, id16(r0), 0, 0);
            case 47 -> low16(pr.passThrough(HostSyscall.GETGID, 0, 0, 0));
            case 49 -> low16(pr.passThrough(HostSyscall.GETEUID, 0, 0, 0));
            case 50 -> low16(pr.passThrough(HostSyscall.GETEGID, 0, 0, 0));
            case 54 -> f.ioctl(r0, r1, u(r2));
            case 55 -> f.fcntl32(r0, r1, u(r2), false);
            case 57 -> pr.setpgid(r0, r1);
            case 60 -> t.info.umask(r0);
            case 61 -> t.system.chroot(u(r0));
            case 63 -> dup2(t, r0, r1);
            case 64 -> pr.passThrough(HostSyscall.GETPPID, 0, 0, 0);
            case 65 -> pr.passThrough(HostSyscall.GETPGID, 0, 0, 0);
            case 66 -> pr.passThrough(HostSyscall.SETSID, 0, 0, 0);
            case 67 -> t.signals.sigaction(r0, u(r1), u(r2));
            case 70 -> pr.passThrough(HostSyscall.SETREUID, id16(r0), id16(r1), 0);
            case 71 -> pr.passThrough(HostSyscall.SETREGID, id16(r0), id16(r1), 0);
            case 72 -> t.signals.sigsuspend(r2);
            case 73 -> t.signals.rtSigpending(u(r0), 4);
            case 74 -> t.system.sethostname(u(r0), r1);
            case 75 -> pr.setrlimit32(r0, u(r1));
            case 77 -> pr.getrusage(r0, u(r1));
            case 78 -> t.time.gettimeofday(u(r0), u(r1), true);
            case 79 -> t.system.settimeofday(u(r0), u(r1), true);
            case 83 -> f.symlinkat(u(r0), AT_FDCWD, u(r1));
            case 85 -> f.readlinkat(AT_FDCWD, u(r0), u(r1), u(r2));
            case 91 -> t.memory.munmap(u(r0), u(r1));
            case 92 -> f.truncate(u(r0), r1);
            case 93 -> f.ftruncate(r0, r1);
            case 94 -> f.fchmod(r0, r1);
            case 95 -> f.fchown(r0, id16(r1), id16(r2));
            case 96 -> pr.passThrough(HostSyscall.GETPRIORITY, r0, r1, 0);
            case 97 -> pr.passThrough(HostSyscall.SETPRIORITY, r0, r1, r2);
            case 99 -> f.statfs32(u(r0), 0, 0, u(r1), true);
            case 100 -> f.statfs32(0, r0, 0, u(r1), true);
            case 104 -> t.signals.setitimer(r0, u(r1), u(r2));
            case 105 -> t.signals.getitimer(r0, u(r1));
            case 106 -> f.newfstatat(AT_FDCWD, u(r0), u(r1), 0, ArmStat.OLD);
            case 107 -> f.newfstatat(AT_FDCWD, u(r0), u(r1), AT_SYMLINK_NOFOLLOW, ArmStat.OLD);
            case 108 -> f.fstat(r0, u(r1), ArmStat.OLD);
            case 114 -> pr.wait4(r0, u(r1), r2, u(r3));
            case 116 -> t.info.sysinfo(u(r0));
            case 118 -> f.fsync(r0);
            case 121 -> t.system.setdomainname(u(r0), r1);
            case 122 -> t.info.uname(u(r0));
            case 125 -> t.memory.mprotect(u(r0), u(r1), r2);
            case 126 -> t.signals.sigprocmask(r0, u(r1), u(r2));
            case 132 -> pr.passThrough(HostSyscall.GETPGID, r0, 0, 0);
            case 133 -> f.fchdir(r0);
            case 136 -> pr.personality(u(r0));
            case 138 -> pr.passThrough(HostSyscall.SETFSUID, id16(r0), 0, 0);
            case 139 -> pr.passThrough(HostSyscall.SETFSGID, id16(r0), 0, 0);
            case 140 -> llseek(t, r0, r1, r2, u(r3), r4);
            case 142 -> f.select(r0, u(r1), u(r2), u(r3), u(r4));
            case 143 -> f.flock(r0, r1);
            case 144 -> t.memory.msync(u(r0), u(r1), r2);
            case 145 -> f.readv(r0, u(r1), r2);
            case 146 -> f.writev(r0, u(r1), r2);
            case 147 -> pr.passThrough(HostSyscall.GETSID, r0, 0, 0);
            case 148 -> f.fdatasync(r0);
            case 150, 151 -> t.memory.mlock(u(r0), u(r1));
            case 152, 153 -> 0;
            case 154 -> t.sched.setparam(r0, u(r1));
            case 155 -> t.sched.getparam(r0, u(r1));
            case 156 -> t.sched.setscheduler(r0, r1, u(r2));
            case 157 -> t.sched.getscheduler(r0);
            case 158 -> pr.schedYield();
            case 159 -> t.sched.getPriorityMax(r0);
            case 160 -> t.sched.getPriorityMin(r0);
            case 161 -> t.sched.rrGetInterval(r0, u(r1), true);
            case 162 -> t.time.nanosleep(u(r0), u(r1), true);
            case 163 -> t.memory.mremap(u(r0), u(r1), u(r2), r3, u(r4));
            case 164 -> pr.passThrough(HostSyscall.SETRESUID, id16(r0), id16(r1), id16(r2));
            case 168 -> f.poll(u(r0), u(r1), r2);
            case 170 -> pr.passThrough(HostSyscall.SETRESGID, id16(r0), id16(r1), id16(r2));
            case 172 -> pr.prctl(r0, u(r1), u(r2), u(r3), u(r4));
            case 174 -> t.signals.rtSigaction(r0, u(r1), u(r2), u(r3));
            case 175 -> t.signals.rtSigprocmask(r0, u(r1), u(r2), u(r3));
            case 176 -> t.signals.rtSigpending(u(r0), u(r1));
            case 177 -> t.signals.rtSigtimedwait(u(r0), u(r1), u(r2), u(r3), true);
            case 178 -> t.signals.rtSigqueueinfo(r0, r1, u(r2));
            case 179 -> t.signals.rtSigsuspend(u(r0), u(r1));
            // 64-bit arguments: an aligned register pair, low word first
            case 180 -> f.pread64(r0, u(r1), u(r2), pair(r4, r5));
            case 181 -> f.pwrite64(r0, u(r1), u(r2), pair(r4, r5));
            case 182 -> f.fchownat(AT_FDCWD, u(r0), id16(r1), id16(r2), 0);
            case 183 -> f.getcwd(u(r0), u(r1));
            case 184 -> t.system.capget(u(r0), u(r1));
            case 185 -> t.system.capset(u(r0), u(r1));
            case 186 -> t.signals.sigaltstack(u(r0), u(r1));
            case 187 -> f.sendfile32(r0, r1, u(r2), u(r3));
            case 191 -> pr.getrlimit32(r0, u(r1));
            // mmap2: the offset in 4096-byte units, whatever the page size
            case 192 -> t.memory.mmap(u(r0), u(r1), r2, r3, r4, u(r5) << 12);
            case 193 -> f.truncate(u(r0), pair(r2, r3));
            case 194 -> f.ftruncate(r0, pair(r2, r3));
            case 195 -> f.newfstatat(AT_FDCWD, u(r0), u(r1), 0, ArmStat.STAT64);
            case 196 -> f.newfstatat(AT_FDCWD, u(r0), u(r1), AT_SYMLINK_NOFOLLOW, ArmStat.STAT64);
            case 197 -> f.fstat(r0, u(r1), ArmStat.STAT64);
            case 198 -> f.fchownat(AT_FDCWD, u(r0), r1, r2, AT_SYMLINK_NOFOLLOW);
            case 199 -> pr.passThrough(HostSyscall.GETUID, 0, 0, 0);
            case 200 -> pr.passThrough(HostSyscall.GETGID, 0, 0, 0);
            case 201 -> pr.passThrough(HostSyscall.GETEUID, 0, 0, 0);
            case 202 -> pr.passThrough(HostSyscall.GETEGID, 0, 0, 0);
            case 203 -> pr.passThrough(HostSyscall.SETREUID, r0, r1, 0);
            case 204 -> pr.passThrough(HostSyscall.SETREGID, r0, r1, 0);
            case 205 -> pr.getgroups(r0, u(r1));
            case 206 -> t.system.setgroups(r0, u(r1));
            case 207 -> f.fchown(r0, r1, r2);
            case 208 -> pr.passThrough(HostSyscall.SETRESUID, r0, r1, r2);
            case 209 -> pr.getresid(HostSyscall.GETRESUID, u(r0), u(r1), u(r2));
            case 210 -> pr.passThrough(HostSyscall.SETRESGID, r0, r1, r2);
            case 211 -> pr.getresid(HostSyscall.GETRESGID, u(r0), u(r1), u(r2));
            case 212 -> f.fchownat(AT_FDCWD, u(r0), r1, r2, 0);
            case 213 -> pr.passThrough(HostSyscall.SETUID, r0, 0, 0);
            case 214 -> pr.passThrough(HostSyscall.SETGID, r0, 0, 0);
            case 215 -> pr.passThrough(HostSyscall.SETFSUID, r0, 0, 0);
            case 216 -> pr.passThrough(HostSyscall.SETFSGID, r0, 0, 0);
            case 217 -> f.getdents64(r0, u(r1), u(r2));
            case 219 -> t.memory.mincore(u(r0), u(r1), u(r2));
            case 220 -> t.memory.madvise(u(r0), u(r1), r2);
            case 221 -> f.fcntl32(r0, r1, u(r2), true);
            case 224 -> pr.gettid();
            case 225 -> t.io.readahead(r0, pair(r2, r3), u(r4));
            case 226 -> t.xattrs.setxattr(u(r0), u(r1), u(r2), u(r3), r4, true);
            case 227 -> t.xattrs.setxattr(u(r0), u(r1), u(r2), u(r3), r4, false);
            case 228 -> t.xattrs.fsetxattr(r0, u(r1), u(r2), u(r3), r4);
            case 229 -> t.xattrs.getxattr(u(r0), u(r1), u(r2), u(r3), true);
            case 230 -> t.xattrs.getxattr(u(r0), u(r1), u(r2), u(r3), false);
            case 231 -> t.xattrs.fgetxattr(r0, u(r1), u(r2), u(r3));
            case 232 -> t.xattrs.listxattr(u(r0), u(r1), u(r2), true);
            case 233 -> t.xattrs.listxattr(u(r0), u(r1), u(r2), false);
            case 234 -> t.xattrs.flistxattr(r0, u(r1), u(r2));
            case 235 -> t.xattrs.removexattr(u(r0), u(r1), true);
            case 236 -> t.xattrs.removexattr(u(r0), u(r1), false);
            case 237 -> t.xattrs.fremovexattr(r0, u(r1));
            case 238 -> t.signals.tkill(r0, r1);
            case 239 -> f.sendfile(r0, r1, u(r2), u(r3));
            case 240 -> t.futex.futex(u(r0), r1, r2, u(r3), u(r4), r5, true);
            case 241 -> t.sched.setaffinity(r0, u(r1), u(r2));
            case 242 -> pr.schedGetaffinity(r0, u(r1), u(r2));
            case 248 -> pr.exitGroup(r0);
            case 250 -> r0 <= 0 ? -Errno.EINVAL : t.events.epollCreate1(0);
            case 251 -> t.events.epollCtl(r0, r1, r2, u(r3));
            case 252 -> t.events.epollPwait(r0, u(r1), r2, r3, 0, 8);
            case 256 -> pr.setTidAddress(u(r0));
            case 257 -> t.signals.timerCreate(r0, u(r1), u(r2));
            case 258 -> t.signals.timerSettime(r0, r1, u(r2), u(r3), true);
            case 259 -> t.signals.timerGettime(r0, u(r1), true);
            case 260 -> t.signals.timerGetoverrun(r0);
            case 261 -> t.signals.timerDelete(r0);
            case 262 -> t.system.clockSettime(r0, u(r1), true);
            case 263 -> t.time.clockGettime(r0, u(r1), true);
            case 264 -> t.time.clockGetres(r0, u(r1), true);
            case 265 -> t.time.clockNanosleep(r0, r1, u(r2), u(r3), true);
            case 266 -> f.statfs32(u(r0), 0, u(r1), u(r2), false);
            case 267 -> f.statfs32(0, r0, u(r1), u(r2), false);
            case 268 -> t.signals.tgkill(r0, r1, r2);
            case 269 -> f.utimes(AT_FDCWD, u(r0), u(r1));
            // arm_fadvise64_64(fd, advice, offset, len): reordered so that the pairs are aligned
            case 270 -> f.fadvise64(r0, pair(r2, r3), pair(r4, r5), r1);
            case 280 -> pr.waitid(r0, r1, u(r2), r3, u(r4));
            case 281 -> t.sockets.socket(r0, r1, r2);
            case 282 -> t.sockets.bind(r0, u(r1), r2);
            case 283 -> t.sockets.connect(r0, u(r1), r2);
            case 284 -> t.sockets.listen(r0, r1);
            case 285 -> t.sockets.accept4(r0, u(r1), u(r2), 0);
            case 286 -> t.sockets.getsockname(r0, u(r1), u(r2));
            case 287 -> t.sockets.getpeername(r0, u(r1), u(r2));
            case 288 -> t.sockets.socketpair(r0, r1, r2, u(r3));
            case 289 -> t.sockets.sendto(r0, u(r1), u(r2), r3, 0, 0);
            case 290 -> t.sockets.sendto(r0, u(r1), u(r2), r3, u(r4), r5);
            case 291 -> t.sockets.recvfrom(r0, u(r1), u(r2), r3, 0, 0);
            case 292 -> t.sockets.recvfrom(r0, u(r1), u(r2), r3, u(r4), u(r5));
            case 293 -> t.sockets.shutdown(r0, r1);
            case 294 -> t.sockets.setsockopt(r0, r1, r2, u(r3), r4);
            case 295 -> t.sockets.getsockopt(r0, r1, r2, u(r3), u(r4));
            case 296 -> t.sockets.sendmsg(r0, u(r1), r2);
            case 297 -> t.sockets.recvmsg(r0, u(r1), r2);
            case 314 -> t.sched.ioprioSet(r0, r1, r2);
            case 315 -> t.sched.ioprioGet(r0, r1);
            case 316 -> t.events.inotifyInit1(0);
            case 317 -> t.events.inotifyAddWatch(r0, u(r1), r2);
            case 318 -> t.events.inotifyRmWatch(r0, r1);
            case 322 -> f.openat(r0, u(r1), r2, r3);
            case 323 -> f.mkdirat(r0, u(r1), r2);
            case 324 -> f.mknodat(r0, u(r1), r2, u(r3));
            case 325 -> f.fchownat(r0, u(r1), r2, r3, r4);
            case 326 -> f.utimes(r0, u(r1), u(r2));
            case 327 -> f.newfstatat(r0, u(r1), u(r2), r3, ArmStat.STAT64);
            case 328 -> f.unlinkat(r0, u(r1), r2);
            case 329 -> f.renameat2(r0, u(r1), r2, u(r3), 0);
            case 330 -> f.linkat(r0, u(r1), r2, u(r3), r4);
            case 331 -> f.symlinkat(u(r0), r1, u(r2));
            case 332 -> f.readlinkat(r0, u(r1), u(r2), u(r3));
            case 333 -> f.fchmodat(r0, u(r1), r2);
            case 334 -> f.faccessat(r0, u(r1), r2, 0);
            case 335 -> f.pselect6(r0, u(r1), u(r2), u(r3), u(r4), u(r5), true);
            case 336 -> f.ppoll(u(r0), u(r1), u(r2), u(r3), u(r4), true);
            case 338 -> pr.setRobustList(u(r0), u(r1));
            case 339 -> t.futex.getRobustList(r0, u(r1), u(r2));
            case 340 -> t.io.splice(r0, u(r1), r2, u(r3), u(r4), r5);
            // sync_file_range2(fd, flags, offset, nbytes): flags first, so that the pairs are aligned
            case 341 -> t.io.syncFileRange(r0, pair(r2, r3), pair(r4, r5), r1);
            case 342 -> t.io.tee(r0, r1, u(r2), r3);
            case 343 -> t.io.vmsplice(r0, u(r1), u(r2), r3);
            case 345 -> pr.getcpu(u(r0), u(r1), u(r2));
            case 346 -> t.events.epollPwait(r0, u(r1), r2, r3, u(r4), u(r5));
            case 348 -> f.utimensat(r0, u(r1), u(r2), r3, true);
            case 349 -> t.signals.signalfd(r0, u(r1), u(r2));
            case 350 -> t.events.timerfdCreate(r0, r1);
            case 351 -> t.events.eventfd2(r0, 0);
            case 352 -> f.fallocate(r0, r1, pair(r2, r3), pair(r4, r5));
            case 353 -> t.events.timerfdSettime(r0, r1, u(r2), u(r3), true);
            case 354 -> t.events.timerfdGettime(r0, u(r1), true);
            case 355 -> t.signals.signalfd4(r0, u(r1), u(r2), r3);
            case 356 -> t.events.eventfd2(r0, r1);
            case 357 -> t.events.epollCreate1(r0);
            case 358 -> f.dup3(r0, r1, r2);
            case 359 -> f.pipe2(u(r0), r1);
            case 360 -> t.events.inotifyInit1(r0);
            // preadv/pwritev(fd, iov, count, pos_l, pos_h): the halves in any registers
            case 361 -> f.preadv(r0, u(r1), r2, pair(r3, r4));
            case 362 -> f.pwritev(r0, u(r1), r2, pair(r3, r4));
            case 363 -> t.signals.rtTgsigqueueinfo(r0, r1, r2, u(r3));
            case 365 -> t.sockets.recvmmsg(r0, u(r1), r2, r3, u(r4), true);
            case 366 -> t.sockets.accept4(r0, u(r1), u(r2), r3);
            case 369 -> pr.prlimit64(r0, r1, u(r2), u(r3));
            case 373 -> f.syncfs(r0);
            case 374 -> t.sockets.sendmmsg(r0, u(r1), r2, r3);
            case 380 -> t.sched.setattr(r0, u(r1), r2);
            case 381 -> t.sched.getattr(r0, u(r1), r2, r3);
            case 382 -> f.renameat2(r0, u(r1), r2, u(r3), r4);
            case 384 -> t.info.getrandom(u(r0), u(r1), r2);
            case 385 -> t.io.memfdCreate(u(r0), r1);
            case 387 -> t.exec.execveat(r0, u(r1), u(r2), u(r3), r4);
            case 389 -> t.futex.membarrier(r0, r1, r2);
            case 390 -> t.memory.mlock2(u(r0), u(r1), r2);
            case 391 -> f.copyFileRange(r0, u(r1), r2, u(r3), u(r4), r5);
            case 392 -> t.io.preadv2(r0, u(r1), r2, pair(r3, r4), r5);
            case 393 -> t.io.pwritev2(r0, u(r1), r2, pair(r3, r4), r5);
            case 397 -> f.statx(r0, u(r1), r2, r3, u(r4));
            // rseq: optional for glibc, which carries on without it; not worth a warning.
            case 398 -> -Errno.ENOSYS;
            // the *_time64 calls: 64-bit struct timespec, as the generic handlers have it
            case 403 -> t.time.clockGettime(r0, u(r1));
            case 404 -> t.system.clockSettime(r0, u(r1));
            case 405 -> t.system.clockAdjtime(r0, u(r1));
            case 406 -> t.time.clockGetres(r0, u(r1));
            case 407 -> t.time.clockNanosleep(r0, r1, u(r2), u(r3));
            case 408 -> t.signals.timerGettime(r0, u(r1));
            case 409 -> t.signals.timerSettime(r0, r1, u(r2), u(r3));
            case 410 -> t.events.timerfdGettime(r0, u(r1));
            case 411 -> t.events.timerfdSettime(r0, r1, u(r2), u(r3));
            case 412 -> f.utimensat(r0, u(r1), u(r2), r3);
            case 413 -> f.pselect6(r0, u(r1), u(r2), u(r3), u(r4), u(r5));
            case 414 -> f.ppoll(u(r0), u(r1), u(r2), u(r3), u(r4));
            case 417 -> t.sockets.recvmmsg(r0, u(r1), r2, r3, u(r4));
            case 421 -> t.signals.rtSigtimedwait(u(r0), u(r1), u(r2), u(r3));
            case 422 -> t.futex.futex(u(r0), r1, r2, u(r3), u(r4), r5);
            case 423 -> t.sched.rrGetInterval(r0, u(r1));
            case 424 -> t.events.pidfdSendSignal(r0, r1, u(r2), r3);
            case 434 -> t.events.pidfdOpen(r0, r1);
            // clone3: glibc falls back to clone on ENOSYS, so it is no reason for a warning.
            case 435 -> -Errno.ENOSYS;
            case 436 -> f.closeRange(r0, r1, r2);
            case 439 -> f.faccessat(r0, u(r1), r2, r3);
            case 441 -> t.events.epollPwait2(r0, u(r1), r2, u(r3), u(r4), u(r5));
            default -> unsupported(t, nr);
        };
    }

    private static final int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200;
    private static final int O_WRONLY = 1, O_CREAT = 0100, O_TRUNC = 01000;

    /** A 16-bit uid or gid argument (the calls without "32"): -1 stays -1 (low2highuid). */
    static int id16(int r) {
        int id = r & 0xffff;
        return id == 0xffff ? -1 : id;
    }

    /** A uid or gid answer of the 16-bit calls: one that does not fit is the overflow id (high2lowuid). */
    static long low16(long id) {
        return id < 0 ? id : (id & ~0xffffL) != 0 ? 65534 : id;
    }

    /** lseek with a 32-bit off_t: EOVERFLOW where the new position does not fit. */
    private static long lseek32(GuestThread t, int fd, int offset, int whence) {
        long r = t.files.lseek(fd, offset, whence);
        return r > Integer.MAX_VALUE ? -Errno.EOVERFLOW : r;
    }

    /** _llseek(fd, offset_high, offset_low, loff_t *result, whence). */
    private static long llseek(GuestThread t, int fd, int high, int low, long result, int whence) {
        long r = t.files.lseek(fd, pair(low, high), whence);
        if (r < 0) {
            return r;
        }
        t.mem.write64(result, r);
        return 0;
    }

    /** dup2: dup3 without flags, except that dup2(fd, fd) is fd itself when fd is open. */
    private static long dup2(GuestThread t, int fd, int newFd) {
        if (fd == newFd) {
            return t.process.fds.host(fd) < 0 ? -Errno.EBADF : fd;
        }
        return t.files.dup3(fd, newFd, 0);
    }

    /** A pointer or size argument: zero-extended. */
    static long u(int r) {
        return r & 0xffff_ffffL;
    }

    /** A 64-bit argument from an aligned register pair, low word first (little-endian EABI). */
    static long pair(int lo, int hi) {
        return (long) hi << 32 | u(lo);
    }

    private static long unsupported(GuestThread t, int nr) {
        t.process.warnUnsupported(nr, ArmSyscallNames.TABLE.name(nr));
        return -Errno.ENOSYS;
    }
}
