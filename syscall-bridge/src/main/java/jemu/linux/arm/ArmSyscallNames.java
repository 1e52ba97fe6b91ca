package jemu.linux.arm;

import jemu.linux.SyscallNames;

/**
 * Names and argument kinds of the ARM EABI system calls (arch/arm/tools/syscall.tbl, as
 * asm/unistd-eabi.h numbers them), for --strace and for the one-line warning about an
 * unsupported call. See {@link SyscallNames} for the kinds. A 64-bit argument takes an aligned
 * register pair, shown as two {@code x} words (low, high); the ARM-private calls (0x0f0001 and
 * up) are not in this table.
 */
public final class ArmSyscallNames {
    private ArmSyscallNames() {}

    public static final SyscallNames TABLE = new SyscallNames(new String[] {
        "restart_syscall", // 0
        "exit d", // 1
        "fork", // 2
        "read dxu", // 3
        "write dbu", // 4
        "open sod", // 5
        "close d", // 6
        null, // 7
        "creat sm", // 8
        "link ss", // 9
        "unlink s", // 10
        "execve sxx", // 11
        "chdir s", // 12
        null, // 13
        "mknod smx", // 14
        "chmod sm", // 15
        "lchown sdd", // 16
        null, // 17
        null, // 18
        "lseek ddd", // 19
        "getpid", // 20
        "mount ssxxx", // 21
        null, // 22
        "setuid d", // 23
        "getuid", // 24
        null, // 25
        "ptrace dddx", // 26
        null, // 27
        null, // 28
        "pause", // 29
        null, // 30
        null, // 31
        null, // 32
        "access sd", // 33
        "nice d", // 34
        null, // 35
        "sync", // 36
        "kill dd", // 37
        "rename ss", // 38
        "mkdir sm", // 39
        "rmdir s", // 40
        "dup d", // 41
        "pipe x", // 42
        "times x", // 43
        null, // 44
        "brk x", // 45
        "setgid d", // 46
        "getgid", // 47
        null, // 48
        "geteuid", // 49
        "getegid", // 50
        "acct s", // 51
        "umount2 sx", // 52
        null, // 53
        "ioctl dxx", // 54
        "fcntl ddx", // 55
        null, // 56
        "setpgid dd", // 57
        null, // 58
        null, // 59
        "umask m", // 60
        "chroot s", // 61
        "ustat dx", // 62
        "dup2 dd", // 63
        "getppid", // 64
        "getpgrp", // 65
        "setsid", // 66
        "sigaction dxx", // 67
        null, // 68
        null, // 69
        "setreuid dd", // 70
        "setregid dd", // 71
        "sigsuspend ddx", // 72
        "sigpending x", // 73
        "sethostname xu", // 74
        "setrlimit dx", // 75
        null, // 76
        "getrusage dx", // 77
        "gettimeofday xx", // 78
        "settimeofday xx", // 79
        "getgroups dx", // 80
        "setgroups dx", // 81
        null, // 82
        "symlink ss", // 83
        null, // 84
        "readlink sxu", // 85
        "uselib s", // 86
        "swapon sx", // 87
        "reboot xxxx", // 88
        null, // 89
        null, // 90
        "munmap xu", // 91
        "truncate su", // 92
        "ftruncate du", // 93
        "fchmod dm", // 94
        "fchown ddd", // 95
        "getpriority dd", // 96
        "setpriority ddd", // 97
        null, // 98
        "statfs sx", // 99
        "fstatfs dx", // 100
        null, // 101
        null, // 102
        "syslog dxd", // 103
        "setitimer dxx", // 104
        "getitimer dx", // 105
        "stat sx", // 106
        "lstat sx", // 107
        "fstat dx", // 108
        null, // 109
        null, // 110
        "vhangup", // 111
        null, // 112
        null, // 113
        "wait4 dxdx", // 114
        "swapoff s", // 115
        "sysinfo x", // 116
        null, // 117
        "fsync d", // 118
        "sigreturn", // 119
        "clone xxxxx", // 120
        "setdomainname xu", // 121
        "uname x", // 122
        null, // 123
        "adjtimex x", // 124
        "mprotect xux", // 125
        "sigprocmask dxx", // 126
        null, // 127
        "init_module", // 128
        "delete_module", // 129
        null, // 130
        "quotactl", // 131
        "getpgid d", // 132
        "fchdir d", // 133
        "bdflush", // 134
        "sysfs", // 135
        "personality x", // 136
        null, // 137
        "setfsuid d", // 138
        "setfsgid d", // 139
        "_llseek dxxxd", // 140
        "getdents dxu", // 141
        "_newselect dxxxx", // 142
        "flock dd", // 143
        "msync xux", // 144
        "readv dxd", // 145
        "writev dxd", // 146
        "getsid d", // 147
        "fdatasync d", // 148
        "_sysctl", // 149
        "mlock xu", // 150
        "munlock xu", // 151
        "mlockall x", // 152
        "munlockall", // 153
        "sched_setparam dx", // 154
        "sched_getparam dx", // 155
        "sched_setscheduler ddx", // 156
        "sched_getscheduler d", // 157
        "sched_yield", // 158
        "sched_get_priority_max d", // 159
        "sched_get_priority_min d", // 160
        "sched_rr_get_interval dx", // 161
        "nanosleep xx", // 162
        "mremap xuuxx", // 163
        "setresuid ddd", // 164
        "getresuid xxx", // 165
        null, // 166
        null, // 167
        "poll xud", // 168
        "nfsservctl", // 169
        "setresgid ddd", // 170
        "getresgid xxx", // 171
        "prctl dxxxx", // 172
        "rt_sigreturn", // 173
        "rt_sigaction dxxu", // 174
        "rt_sigprocmask dxxu", // 175
        "rt_sigpending xu", // 176
        "rt_sigtimedwait xxxu", // 177
        "rt_sigqueueinfo ddx", // 178
        "rt_sigsuspend xu", // 179
        "pread64 dxuxxx", // 180
        "pwrite64 dxuxxx", // 181
        "chown sdd", // 182
        "getcwd xu", // 183
        "capget xx", // 184
        "capset xx", // 185
        "sigaltstack xx", // 186
        "sendfile ddxu", // 187
        null, // 188
        null, // 189
        "vfork", // 190
        "ugetrlimit dx", // 191
        "mmap2 xuxxdx", // 192
        "truncate64 sxxx", // 193
        "ftruncate64 dxxx", // 194
        "stat64 sx", // 195
        "lstat64 sx", // 196
        "fstat64 dx", // 197
        "lchown32 sdd", // 198
        "getuid32", // 199
        "getgid32", // 200
        "geteuid32", // 201
        "getegid32", // 202
        "setreuid32 dd", // 203
        "setregid32 dd", // 204
        "getgroups32 dx", // 205
        "setgroups32 dx", // 206
        "fchown32 ddd", // 207
        "setresuid32 ddd", // 208
        "getresuid32 xxx", // 209
        "setresgid32 ddd", // 210
        "getresgid32 xxx", // 211
        "chown32 sdd", // 212
        "setuid32 d", // 213
        "setgid32 d", // 214
        "setfsuid32 d", // 215
        "setfsgid32 d", // 216
        "getdents64 dxu", // 217
        "pivot_root ss", // 218
        "mincore xux", // 219
        "madvise xud", // 220
        "fcntl64 ddx", // 221
        null, // 222
        null, // 223
        "gettid", // 224
        "readahead dxxxu", // 225
        "setxattr sxxud", // 226
        "lsetxattr sxxud", // 227
        "fsetxattr dxxud", // 228
        "getxattr sxxu", // 229
        "lgetxattr sxxu", // 230
        "fgetxattr dxxu", // 231
        "listxattr sxu", // 232
        "llistxattr sxu", // 233
        "flistxattr dxu", // 234
        "removexattr sx", // 235
        "lremovexattr sx", // 236
        "fremovexattr dx", // 237
        "tkill dd", // 238
        "sendfile64 ddxu", // 239
        "futex xdxxxd", // 240
        "sched_setaffinity dux", // 241
        "sched_getaffinity dux", // 242
        "io_setup", // 243
        "io_destroy", // 244
        "io_getevents", // 245
        "io_submit", // 246
        "io_cancel", // 247
        "exit_group d", // 248
        "lookup_dcookie", // 249
        "epoll_create d", // 250
        "epoll_ctl dddx", // 251
        "epoll_wait dxdd", // 252
        "remap_file_pages", // 253
        null, // 254
        null, // 255
        "set_tid_address x", // 256
        "timer_create dxx", // 257
        "timer_settime ddxx", // 258
        "timer_gettime dx", // 259
        "timer_getoverrun d", // 260
        "timer_delete d", // 261
        "clock_settime dx", // 262
        "clock_gettime dx", // 263
        "clock_getres dx", // 264
        "clock_nanosleep ddxx", // 265
        "statfs64 sux", // 266
        "fstatfs64 dux", // 267
        "tgkill ddd", // 268
        "utimes sx", // 269
        "arm_fadvise64_64 ddxxxx", // 270
        "pciconfig_iobase", // 271
        "pciconfig_read", // 272
        "pciconfig_write", // 273
        "mq_open", // 274
        "mq_unlink", // 275
        "mq_timedsend", // 276
        "mq_timedreceive", // 277
        "mq_notify", // 278
        "mq_getsetattr", // 279
        "waitid ddxdx", // 280
        "socket ddd", // 281
        "bind dxu", // 282
        "connect dxu", // 283
        "listen dd", // 284
        "accept dxx", // 285
        "getsockname dxx", // 286
        "getpeername dxx", // 287
        "socketpair dddx", // 288
        "send dbd", // 289
        "sendto dbuxxu", // 290
        "recv dbd", // 291
        "recvfrom dxuxxx", // 292
        "shutdown dd", // 293
        "setsockopt dddxu", // 294
        "getsockopt dddxx", // 295
        "sendmsg dxx", // 296
        "recvmsg dxx", // 297
        "semop", // 298
        "semget", // 299
        "semctl", // 300
        "msgsnd", // 301
        "msgrcv", // 302
        "msgget", // 303
        "msgctl", // 304
        "shmat", // 305
        "shmdt", // 306
        "shmget", // 307
        "shmctl", // 308
        "add_key", // 309
        "request_key", // 310
        "keyctl", // 311
        "semtimedop", // 312
        "vserver", // 313
        "ioprio_set ddd", // 314
        "ioprio_get dd", // 315
        "inotify_init", // 316
        "inotify_add_watch dsx", // 317
        "inotify_rm_watch dd", // 318
        "mbind", // 319
        "get_mempolicy", // 320
        "set_mempolicy", // 321
        "openat asom", // 322
        "mkdirat asm", // 323
        "mknodat asmx", // 324
        "fchownat asddx", // 325
        "futimesat asx", // 326
        "fstatat64 asxx", // 327
        "unlinkat asx", // 328
        "renameat asas", // 329
        "linkat asasx", // 330
        "symlinkat sas", // 331
        "readlinkat asxu", // 332
        "fchmodat asm", // 333
        "faccessat asdx", // 334
        "pselect6 dxxxxx", // 335
        "ppoll xdxxu", // 336
        "unshare x", // 337
        "set_robust_list xu", // 338
        "get_robust_list dxx", // 339
        "splice dxdxux", // 340
        "arm_sync_file_range dxxxxx", // 341
        "tee ddux", // 342
        "vmsplice", // 343
        "move_pages", // 344
        "getcpu xxx", // 345
        "epoll_pwait dxddxu", // 346
        "kexec_load", // 347
        "utimensat asxx", // 348
        "signalfd dxu", // 349
        "timerfd_create dx", // 350
        "eventfd u", // 351
        "fallocate ddxxxx", // 352
        "timerfd_settime dxxx", // 353
        "timerfd_gettime dx", // 354
        "signalfd4 dxux", // 355
        "eventfd2 dx", // 356
        "epoll_create1 x", // 357
        "dup3 ddo", // 358
        "pipe2 xo", // 359
        "inotify_init1 x", // 360
        "preadv dxdd", // 361
        "pwritev dxdd", // 362
        "rt_tgsigqueueinfo dddx", // 363
        "perf_event_open", // 364
        "recvmmsg dxuxx", // 365
        "accept4 dxxx", // 366
        "fanotify_init", // 367
        "fanotify_mark", // 368
        "prlimit64 ddxx", // 369
        "name_to_handle_at", // 370
        "open_by_handle_at", // 371
        "clock_adjtime", // 372
        "syncfs d", // 373
        "sendmmsg dxux", // 374
        "setns dd", // 375
        "process_vm_readv", // 376
        "process_vm_writev", // 377
        "kcmp", // 378
        "finit_module", // 379
        "sched_setattr", // 380
        "sched_getattr", // 381
        "renameat2 asasx", // 382
        "seccomp", // 383
        "getrandom xux", // 384
        "memfd_create sx", // 385
        "bpf", // 386
        "execveat asxxx", // 387
        "userfaultfd", // 388
        "membarrier dxd", // 389
        "mlock2 xux", // 390
        "copy_file_range dxdxux", // 391
        "preadv2 dxddx", // 392
        "pwritev2 dxddx", // 393
        "pkey_mprotect", // 394
        "pkey_alloc", // 395
        "pkey_free", // 396
        "statx asxxx", // 397
        "rseq xuxx", // 398
        "io_pgetevents", // 399
        "migrate_pages", // 400
        "kexec_file_load", // 401
        null, // 402
        "clock_gettime64 dx", // 403
        "clock_settime64 dx", // 404
        "clock_adjtime64 dx", // 405
        "clock_getres_time64 dx", // 406
        "clock_nanosleep_time64 ddxx", // 407
        "timer_gettime64 dx", // 408
        "timer_settime64 ddxx", // 409
        "timerfd_gettime64 dx", // 410
        "timerfd_settime64 ddxx", // 411
        "utimensat_time64 asxx", // 412
        "pselect6_time64 dxxxxx", // 413
        "ppoll_time64 xuxxu", // 414
        null, // 415
        "io_pgetevents_time64", // 416
        "recvmmsg_time64 dxddx", // 417
        "mq_timedsend_time64", // 418
        "mq_timedreceive_time64", // 419
        "semtimedop_time64", // 420
        "rt_sigtimedwait_time64 xxxu", // 421
        "futex_time64 xddxxd", // 422
        "sched_rr_get_interval_time64 dx", // 423
        "pidfd_send_signal", // 424
        "io_uring_setup", // 425
        "io_uring_enter", // 426
        "io_uring_register", // 427
        "open_tree", // 428
        "move_mount", // 429
        "fsopen", // 430
        "fsconfig", // 431
        "fsmount", // 432
        "fspick", // 433
        "pidfd_open dx", // 434
        "clone3 xu", // 435
        "close_range ddx", // 436
        "openat2 asxu", // 437
        "pidfd_getfd ddx", // 438
        "faccessat2 asdx", // 439
        "process_madvise", // 440
        "epoll_pwait2", // 441
        "mount_setattr", // 442
        "quotactl_fd", // 443
        "landlock_create_ruleset", // 444
        "landlock_add_rule", // 445
        "landlock_restrict_self", // 446
        null, // 447
        "process_mrelease", // 448
        "futex_waitv", // 449
        "set_mempolicy_home_node", // 450
    }, 0x0f0000, new String[] {
        // arch/arm/include/uapi/asm/unistd.h: the ARM-private calls (__ARM_NR_BASE + n)
        null,
        "breakpoint",
        "cacheflush xxx",
        "usr26",
        "usr32",
        "set_tls x",
        "get_tls",
    });
}
