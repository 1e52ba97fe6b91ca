package jemu.linux.aarch64;

import jemu.linux.SyscallNames;

/**
 * Names and argument kinds of the AArch64 (asm-generic) system calls, for --strace and for
 * the one-line warning about an unsupported call. See {@link SyscallNames} for the kinds.
 */
final class Aarch64SyscallNames {
    private Aarch64SyscallNames() {}

    static final SyscallNames TABLE = new SyscallNames(new String[] {
        "io_setup", // 0
        "io_destroy", // 1
        "io_submit", // 2
        "io_cancel", // 3
        "io_getevents", // 4
        "setxattr sxxud", // 5
        "lsetxattr sxxud", // 6
        "fsetxattr dxxud", // 7
        "getxattr sxxu", // 8
        "lgetxattr sxxu", // 9
        "fgetxattr dxxu", // 10
        "listxattr sxu", // 11
        "llistxattr sxu", // 12
        "flistxattr dxu", // 13
        "removexattr sx", // 14
        "lremovexattr sx", // 15
        "fremovexattr dx", // 16
        "getcwd xu", // 17
        "lookup_dcookie", // 18
        "eventfd2 dx", // 19
        "epoll_create1 x", // 20
        "epoll_ctl dddx", // 21
        "epoll_pwait dxddxu", // 22
        "dup d", // 23
        "dup3 ddo", // 24
        "fcntl ddx", // 25
        "inotify_init1 x", // 26
        "inotify_add_watch dsx", // 27
        "inotify_rm_watch dd", // 28
        "ioctl dxx", // 29
        "ioprio_set ddd", // 30
        "ioprio_get dd", // 31
        "flock dd", // 32
        "mknodat asmx", // 33
        "mkdirat asm", // 34
        "unlinkat asx", // 35
        "symlinkat sas", // 36
        "linkat asasx", // 37
        "renameat asas", // 38
        "umount2 sx", // 39
        "mount ssxxx", // 40
        "pivot_root ss", // 41
        "nfsservctl", // 42
        "statfs sx", // 43
        "fstatfs dx", // 44
        "truncate su", // 45
        "ftruncate du", // 46
        "fallocate ddud", // 47
        "faccessat asdx", // 48
        "chdir s", // 49
        "fchdir d", // 50
        "chroot s", // 51
        "fchmod dm", // 52
        "fchmodat asm", // 53
        "fchownat asddx", // 54
        "fchown ddd", // 55
        "openat asom", // 56
        "close d", // 57
        "vhangup", // 58
        "pipe2 xo", // 59
        "quotactl", // 60
        "getdents64 dxu", // 61
        "lseek ddd", // 62
        "read dxu", // 63
        "write dbu", // 64
        "readv dxd", // 65
        "writev dxd", // 66
        "pread64 dxud", // 67
        "pwrite64 dbud", // 68
        "preadv dxdd", // 69
        "pwritev dxdd", // 70
        "sendfile ddxu", // 71
        "pselect6 dxxxxx", // 72
        "ppoll xdxxu", // 73
        "signalfd4 dxux", // 74
        "vmsplice", // 75
        "splice dxdxux", // 76
        "tee ddux", // 77
        "readlinkat asxu", // 78
        "newfstatat asxx", // 79
        "fstat dx", // 80
        "sync", // 81
        "fsync d", // 82
        "fdatasync d", // 83
        "sync_file_range dddx", // 84
        "timerfd_create dx", // 85
        "timerfd_settime dxxx", // 86
        "timerfd_gettime dx", // 87
        "utimensat asxx", // 88
        "acct s", // 89
        "capget xx", // 90
        "capset xx", // 91
        "personality x", // 92
        "exit d", // 93
        "exit_group d", // 94
        "waitid ddxdx", // 95
        "set_tid_address x", // 96
        "unshare x", // 97
        "futex xdxxxd", // 98
        "set_robust_list xu", // 99
        "get_robust_list dxx", // 100
        "nanosleep xx", // 101
        "getitimer dx", // 102
        "setitimer dxx", // 103
        "kexec_load", // 104
        "init_module", // 105
        "delete_module", // 106
        "timer_create dxx", // 107
        "timer_gettime dx", // 108
        "timer_getoverrun d", // 109
        "timer_settime ddxx", // 110
        "timer_delete d", // 111
        "clock_settime dx", // 112
        "clock_gettime dx", // 113
        "clock_getres dx", // 114
        "clock_nanosleep ddxx", // 115
        "syslog dxd", // 116
        "ptrace dddx", // 117
        "sched_setparam dx", // 118
        "sched_setscheduler ddx", // 119
        "sched_getscheduler d", // 120
        "sched_getparam dx", // 121
        "sched_setaffinity dux", // 122
        "sched_getaffinity dux", // 123
        "sched_yield", // 124
        "sched_get_priority_max d", // 125
        "sched_get_priority_min d", // 126
        "sched_rr_get_interval dx", // 127
        "restart_syscall", // 128
        "kill dd", // 129
        "tkill dd", // 130
        "tgkill ddd", // 131
        "sigaltstack xx", // 132
        "rt_sigsuspend xu", // 133
        "rt_sigaction dxxu", // 134
        "rt_sigprocmask dxxu", // 135
        "rt_sigpending xu", // 136
        "rt_sigtimedwait xxxu", // 137
        "rt_sigqueueinfo ddx", // 138
        "rt_sigreturn", // 139
        "setpriority ddd", // 140
        "getpriority dd", // 141
        "reboot", // 142
        "setregid dd", // 143
        "setgid d", // 144
        "setreuid dd", // 145
        "setuid d", // 146
        "setresuid ddd", // 147
        "getresuid xxx", // 148
        "setresgid ddd", // 149
        "getresgid xxx", // 150
        "setfsuid d", // 151
        "setfsgid d", // 152
        "times x", // 153
        "setpgid dd", // 154
        "getpgid d", // 155
        "getsid d", // 156
        "setsid", // 157
        "getgroups dx", // 158
        "setgroups dx", // 159
        "uname x", // 160
        "sethostname xu", // 161
        "setdomainname xu", // 162
        "getrlimit dx", // 163
        "setrlimit dx", // 164
        "getrusage dx", // 165
        "umask m", // 166
        "prctl dxxxx", // 167
        "getcpu xxx", // 168
        "gettimeofday xx", // 169
        "settimeofday xx", // 170
        "adjtimex x", // 171
        "getpid", // 172
        "getppid", // 173
        "getuid", // 174
        "geteuid", // 175
        "getgid", // 176
        "getegid", // 177
        "gettid", // 178
        "sysinfo x", // 179
        "mq_open", // 180
        "mq_unlink", // 181
        "mq_timedsend", // 182
        "mq_timedreceive", // 183
        "mq_notify", // 184
        "mq_getsetattr", // 185
        "msgget", // 186
        "msgctl", // 187
        "msgrcv", // 188
        "msgsnd", // 189
        "semget", // 190
        "semctl", // 191
        "semtimedop", // 192
        "semop", // 193
        "shmget", // 194
        "shmctl", // 195
        "shmat", // 196
        "shmdt", // 197
        "socket ddd", // 198
        "socketpair dddx", // 199
        "bind dxu", // 200
        "listen dd", // 201
        "accept dxx", // 202
        "connect dxu", // 203
        "getsockname dxx", // 204
        "getpeername dxx", // 205
        "sendto dbuxxu", // 206
        "recvfrom dxuxxx", // 207
        "setsockopt dddxu", // 208
        "getsockopt dddxx", // 209
        "shutdown dd", // 210
        "sendmsg dxx", // 211
        "recvmsg dxx", // 212
        "readahead ddu", // 213
        "brk x", // 214
        "munmap xu", // 215
        "mremap xuuxx", // 216
        "add_key", // 217
        "request_key", // 218
        "keyctl", // 219
        "clone xxxxx", // 220
        "execve sxx", // 221
        "mmap xuxxdx", // 222
        "fadvise64 dddd", // 223
        "swapon", // 224
        "swapoff", // 225
        "mprotect xux", // 226
        "msync xux", // 227
        "mlock xu", // 228
        "munlock xu", // 229
        "mlockall x", // 230
        "munlockall", // 231
        "mincore xux", // 232
        "madvise xud", // 233
        "remap_file_pages", // 234
        "mbind", // 235
        "get_mempolicy", // 236
        "set_mempolicy", // 237
        "migrate_pages", // 238
        "move_pages", // 239
        "rt_tgsigqueueinfo dddx", // 240
        "perf_event_open", // 241
        "accept4 dxxx", // 242
        "recvmmsg dxuxx", // 243
        null, // 244
        null, // 245
        null, // 246
        null, // 247
        null, // 248
        null, // 249
        null, // 250
        null, // 251
        null, // 252
        null, // 253
        null, // 254
        null, // 255
        null, // 256
        null, // 257
        null, // 258
        null, // 259
        "wait4 dxxx", // 260
        "prlimit64 ddxx", // 261
        "fanotify_init", // 262
        "fanotify_mark", // 263
        "name_to_handle_at", // 264
        "open_by_handle_at", // 265
        "clock_adjtime", // 266
        "syncfs d", // 267
        "setns dd", // 268
        "sendmmsg dxux", // 269
        "process_vm_readv", // 270
        "process_vm_writev", // 271
        "kcmp", // 272
        "finit_module", // 273
        "sched_setattr", // 274
        "sched_getattr", // 275
        "renameat2 asasx", // 276
        "seccomp", // 277
        "getrandom xux", // 278
        "memfd_create sx", // 279
        "bpf", // 280
        "execveat asxxx", // 281
        "userfaultfd", // 282
        "membarrier dxd", // 283
        "mlock2 xux", // 284
        "copy_file_range dxdxux", // 285
        "preadv2 dxddx", // 286
        "pwritev2 dxddx", // 287
        "pkey_mprotect", // 288
        "pkey_alloc", // 289
        "pkey_free", // 290
        "statx asxxx", // 291
        "io_pgetevents", // 292
        "rseq xuxx", // 293
        "kexec_file_load", // 294
        null, // 295
        null, // 296
        null, // 297
        null, // 298
        null, // 299
        null, // 300
        null, // 301
        null, // 302
        null, // 303
        null, // 304
        null, // 305
        null, // 306
        null, // 307
        null, // 308
        null, // 309
        null, // 310
        null, // 311
        null, // 312
        null, // 313
        null, // 314
        null, // 315
        null, // 316
        null, // 317
        null, // 318
        null, // 319
        null, // 320
        null, // 321
        null, // 322
        null, // 323
        null, // 324
        null, // 325
        null, // 326
        null, // 327
        null, // 328
        null, // 329
        null, // 330
        null, // 331
        null, // 332
        null, // 333
        null, // 334
        null, // 335
        null, // 336
        null, // 337
        null, // 338
        null, // 339
        null, // 340
        null, // 341
        null, // 342
        null, // 343
        null, // 344
        null, // 345
        null, // 346
        null, // 347
        null, // 348
        null, // 349
        null, // 350
        null, // 351
        null, // 352
        null, // 353
        null, // 354
        null, // 355
        null, // 356
        null, // 357
        null, // 358
        null, // 359
        null, // 360
        null, // 361
        null, // 362
        null, // 363
        null, // 364
        null, // 365
        null, // 366
        null, // 367
        null, // 368
        null, // 369
        null, // 370
        null, // 371
        null, // 372
        null, // 373
        null, // 374
        null, // 375
        null, // 376
        null, // 377
        null, // 378
        null, // 379
        null, // 380
        null, // 381
        null, // 382
        null, // 383
        null, // 384
        null, // 385
        null, // 386
        null, // 387
        null, // 388
        null, // 389
        null, // 390
        null, // 391
        null, // 392
        null, // 393
        null, // 394
        null, // 395
        null, // 396
        null, // 397
        null, // 398
        null, // 399
        null, // 400
        null, // 401
        null, // 402
        null, // 403
        null, // 404
        null, // 405
        null, // 406
        null, // 407
        null, // 408
        null, // 409
        null, // 410
        null, // 411
        null, // 412
        null, // 413
        null, // 414
        null, // 415
        null, // 416
        null, // 417
        null, // 418
        null, // 419
        null, // 420
        null, // 421
        null, // 422
        null, // 423
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
        "memfd_secret", // 447
        "process_mrelease", // 448
        "futex_waitv", // 449
        "set_mempolicy_home_node", // 450
        "cachestat", // 451
        "fchmodat2 asmx" // 452
    });
}
