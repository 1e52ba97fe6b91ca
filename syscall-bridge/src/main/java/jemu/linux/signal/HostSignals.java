package jemu.linux.signal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import jemu.core.host.HostMemory;
import jemu.core.host.Native;
import jemu.core.host.Syscall;
import jemu.linux.InternalError;
import jemu.linux.Signals;
import jemu.linux.host.HostSyscall;

/**
 * The host side of guest signals, for the one host process this JVM is.
 *
 * <p><b>Catching.</b> A host signal meant for the guest is caught by a handler of our own, a few
 * bytes of x86-64 code that writes the kernel's siginfo (128 bytes, the same layout as the
 * guest's) into a non-blocking pipe; a JVM thread reads the pipe and hands each siginfo to the
 * current guest process. No Java code runs in signal context. Signals the JVM needs are never
 * touched: SIGSEGV, SIGBUS, SIGFPE, SIGILL (implicit checks), SIGPIPE and SIGXFSZ (the JVM
 * ignores them so writes fail with EPIPE/EFBIG, which the bridge turns into guest signals), the
 * JVM's suspend/resume signal (SIGUSR2, or {@code _JAVA_SR_SIGNUM}), glibc's private 32 and 33,
 * and {@link #WAKE}. SIGINT, SIGTERM, SIGHUP and SIGQUIT are taken from the JVM (its shutdown
 * and thread-dump handlers would otherwise answer them).
 *
 * <p><b>Waking.</b> A guest thread blocked in a host call is woken by {@link #WAKE}, sent with
 * tgkill to its host thread. The blocking call goes through {@link #interruptible}, a stub that
 * first reads the thread's wake word and does not enter the kernel once it is set; the WAKE
 * handler moves an interrupted thread that is between that check and the {@code syscall}
 * instruction to the stub's "return -EINTR" exit (musl's cancellation scheme). The sender sets
 * the wake word before it sends, so a wake-up can never fall between check and call.
 */
public final class HostSignals {
    private HostSignals() {}

    /** The host signal that interrupts a blocked guest thread: SIGRTMAX-1, used by neither glibc nor the JVM. */
    public static final int WAKE = 63;

    /*
     * The code page (assembled with GNU as, Intel syntax; offsets in hex), followed by a data page:
     *
     *  00 stub:    mov rax,rdi; shr rdi,16; mov edi,[rdi]; test edi,edi; jnz abort  ; *wake set: do not start
     *              movzx eax,ax                                   ; nr: the low 16 bits
     *              mov rdi,rsi; mov rsi,rdx; mov rdx,rcx; mov r10,r8; mov r8,r9; mov r9,[rsp+8]
     *  24 sys:     syscall
     *  26          ret
     *  27 abort:   mov rax,-4 (EINTR); ret
     *  30 wake:    mov rax,[rdx+168]                              ; uc_mcontext.gregs[REG_RIP]
     *              lea rcx,[stub]; cmp rax,rcx; jb out
     *              lea rcx,[sys];  cmp rax,rcx; ja out
     *              lea rcx,[abort]; mov [rdx+168],rcx             ; not yet in the kernel: abort
     *      out:    ret
     *  60 catch:   mov eax,1; mov edi,[pipefd]; mov edx,128; syscall; ret   ; write(pipefd, info, 128)
     *  80 restorer: mov eax,15; syscall                           ; rt_sigreturn
     *  a0 chain:   cmp dword [rsi+8],0; jg 1f; jmp catch         ; si_code <= 0: sent by a process, the guest's
     *          1:  mov eax,edi; lea rcx,[jvm]; jmp [rcx+rax*8]    ; a fault: the JVM's own handler
     * 1000 pipefd: .long (data page)
     * 1008 jvm:    .quad 0 x 64                                   ; the JVM's handlers, by signal
     *
     * The stub is called like glibc's syscall(nr, a0..a5), with the thread's wake word address in
     * bits 63..16 of nr, so that its downcall handle has the very shape of Syscall's and the FFM
     * linker reuses that one (a new shape costs ~10 ms of start-up).
     */
    private static final byte[] CODE = {
        0x48, (byte) 0x89, (byte) 0xf8, 0x48, (byte) 0xc1, (byte) 0xef, 0x10, (byte) 0x8b, 0x3f, (byte) 0x85,
        (byte) 0xff, 0x75, 0x1a, 0x0f, (byte) 0xb7, (byte) 0xc0, 0x48, (byte) 0x89, (byte) 0xf7, 0x48, (byte) 0x89,
        (byte) 0xd6, 0x48, (byte) 0x89, (byte) 0xca, 0x4d, (byte) 0x89, (byte) 0xc2, 0x4d, (byte) 0x89, (byte) 0xc8,
        0x4c, (byte) 0x8b, 0x4c, 0x24, 0x08, 0x0f, 0x05, (byte) 0xc3, 0x48, (byte) 0xc7, (byte) 0xc0, (byte) 0xfc,
        (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xc3, (byte) 0x90,
        0x48, (byte) 0x8b, (byte) 0x82, (byte) 0xa8, 0x00, 0x00, 0x00, 0x48, (byte) 0x8d, 0x0d, (byte) 0xc2,
        (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x48, 0x39, (byte) 0xc8, 0x72, 0x1a, 0x48, (byte) 0x8d, 0x0d,
        (byte) 0xda, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x48, 0x39, (byte) 0xc8, 0x77, 0x0e, 0x48, (byte) 0x8d,
        0x0d, (byte) 0xd1, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x48, (byte) 0x89, (byte) 0x8a, (byte) 0xa8, 0x00,
        0x00, 0x00, (byte) 0xc3, 0x66, (byte) 0x90,
        (byte) 0xb8, 0x01, 0x00, 0x00, 0x00, (byte) 0x8b, 0x3d, (byte) 0x95, 0x0f, 0x00, 0x00, (byte) 0xba,
        (byte) 0x80, 0x00, 0x00, 0x00, 0x0f, 0x05, (byte) 0xc3, 0x66, 0x66, 0x2e, 0x0f, 0x1f, (byte) 0x84, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x66, (byte) 0x90,
        (byte) 0xb8, 0x0f, 0x00, 0x00, 0x00, 0x0f, 0x05,
        (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90,
        (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90,
        (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90,
        (byte) 0x90,
        (byte) 0x83, 0x7e, 0x08, 0x00, 0x7f, 0x02, (byte) 0xeb, (byte) 0xb8, (byte) 0x89, (byte) 0xf8, 0x48,
        (byte) 0x8d, 0x0d, 0x57, 0x0f, 0x00, 0x00, (byte) 0xff, 0x24, (byte) 0xc1};
    private static final int STUB = 0x00, WAKE_HANDLER = 0x30, CATCH_HANDLER = 0x60, RESTORER = 0x80, CHAIN = 0xa0,
            PIPE_FD = 0x1000, JVM_HANDLERS = 0x1008;
    /** The signals the JVM handles for its own faults; one sent by another process is the guest's. */
    private static final int[] JVM_FAULT_SIGNALS = {Signals.SIGSEGV, Signals.SIGBUS, Signals.SIGILL, Signals.SIGFPE};
    private static boolean chained;

    // x86-64 struct kernel_sigaction flags
    private static final long SA_NOCLDSTOP = 1, SA_SIGINFO = 4, SA_RESTART = 0x10000000L, SA_RESTORER = 0x04000000L;
    private static final long SIG_DFL = 0, SIG_IGN = 1;

    /** Where each guest signal may be caught on the host; false for the JVM's and glibc's own. */
    private static final boolean[] CATCHABLE = new boolean[Signals.NSIG + 1];

    static {
        int sr = Signals.SIGUSR2;
        try {
            String env = System.getenv("_JAVA_SR_SIGNUM");
            if (env != null) {
                sr = Integer.parseInt(env.trim());
            }
        } catch (NumberFormatException e) {
            // the JVM falls back to SIGUSR2 as well
        }
        for (int s = 1; s <= Signals.NSIG; s++) {
            CATCHABLE[s] = switch (s) {
                case Signals.SIGSEGV, Signals.SIGBUS, Signals.SIGFPE, Signals.SIGILL, Signals.SIGPIPE, Signals.SIGXFSZ,
                        Signals.SIGKILL, Signals.SIGSTOP, 32, 33, WAKE -> false;
                default -> s != sr;
            };
        }
    }

    private static volatile MemorySegment page;
    private static MethodHandle stub;
    /** Host state of each signal: 0 untouched, 1 caught, 2 ignored, 3 default. */
    private static final byte[] state = new byte[Signals.NSIG + 1];
    /** Whether SIGCHLD is caught with SA_NOCLDSTOP (guarded by {@code state}). */
    private static boolean caughtNoCldStop;
    private static final MemorySegment act = Arena.global().allocate(32, 8);
    private static volatile ProcessSignals target;

    /** Whether host signal {@code sig} can be caught for the guest (see the class comment). */
    public static boolean catchable(int sig) {
        return sig >= 1 && sig <= Signals.NSIG && CATCHABLE[sig];
    }

    /** Signals caught before any process was routed (a forked child still taking in its image). */
    private static java.util.List<SigInfo> early = new java.util.ArrayList<>();

    /** The process that host signals go to from now on (a new image after execve). */
    static void route(ProcessSignals p) {
        synchronized (HostSignals.class) {
            target = p;
        }
    }

    /**
     * A forked child is ready to run its guest (its stdio is the guest's, for the message a
     * fatal signal prints): the signals caught before it had a process go to it now.
     */
    public static void deliverEarly() {
        java.util.List<SigInfo> waiting;
        ProcessSignals p;
        synchronized (HostSignals.class) {
            p = target;
            waiting = early;
            early = new java.util.ArrayList<>();
        }
        for (SigInfo info : waiting) {
            p.fromHost(info);
        }
    }

    private static MemorySegment page() {
        MemorySegment p = page;
        if (p == null) {
            synchronized (HostSignals.class) {
                p = page;
                if (p == null) {
                    p = setUp();
                    page = p;
                }
            }
        }
        return p;
    }

    private static MemorySegment setUp() {
        long a = HostMemory.mmap(0, 8192, HostMemory.PROT_READ | HostMemory.PROT_WRITE,
                HostMemory.MAP_PRIVATE | HostMemory.MAP_ANONYMOUS, -1, 0);
        if (a < 0) {
            throw new IllegalStateException("mmap of the signal code page failed: " + a);
        }
        MemorySegment p = MemorySegment.ofAddress(a).reinterpret(8192);
        MemorySegment.copy(CODE, 0, p, JAVA_BYTE, 0, CODE.length);
        p.set(JAVA_INT, PIPE_FD, -1);
        HostMemory.mprotect(a, 4096, HostMemory.PROT_READ | 4 /* PROT_EXEC */);
        stub = Native.LINKER.downcallHandle(p.asSlice(STUB),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG,
                        JAVA_LONG),
                Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(1));
        // WAKE: no SA_RESTART, so that a blocked call returns EINTR.
        install(WAKE, a + WAKE_HANDLER, SA_SIGINFO | SA_RESTORER, a + RESTORER);
        return p;
    }

    /** The pipe the catch handler writes siginfos into, and its reader thread: set up with the first caught signal. */
    private static void startReader(MemorySegment p) {
        if (p.get(JAVA_INT, PIPE_FD) >= 0) {
            return;
        }
        MemorySegment fds = Arena.global().allocate(8, 4);
        long r = Syscall.call(HostSyscall.PIPE2, fds.address(), 02000000 /* O_CLOEXEC */, 0, 0, 0, 0);
        if (r < 0) {
            throw new IllegalStateException("pipe2 failed: " + r);
        }
        int readFd = fds.get(JAVA_INT, 0), writeFd = fds.get(JAVA_INT, 4);
        Syscall.call(HostSyscall.FCNTL, writeFd, 4 /* F_SETFL */, 04000 /* O_NONBLOCK */, 0, 0, 0);
        p.set(JAVA_INT, PIPE_FD, writeFd);
        Thread reader = new Thread(() -> readLoop(readFd), "jemu host signals");
        reader.setDaemon(true);
        reader.start();
    }

    private static void install(int sig, long handler, long flags, long restorer) {
        synchronized (act) {
            act.set(JAVA_LONG, 0, handler);
            act.set(JAVA_LONG, 8, flags);
            act.set(JAVA_LONG, 16, restorer);
            act.set(JAVA_LONG, 24, 0L);
            Syscall.call(HostSyscall.RT_SIGACTION, sig, act.address(), 0, 8, 0, 0);
        }
    }

    /** The guest now handles (or blocks, or must decide about) {@code sig}: catch it on the host. */
    static void catchSignal(int sig) {
        catchSignal(sig, false);
    }

    /**
     * Catches {@code sig} on the host; {@code noCldStop} (SIGCHLD only): with SA_NOCLDSTOP, as
     * the guest asked. SIGCHLD is a standard signal on the host too: a child's CLD_CONTINUED
     * still pending there would swallow its CLD_EXITED right after, and the guest, which
     * discards the CLD_CONTINUED under SA_NOCLDSTOP, would then never hear of the exit. With
     * the host's own SA_NOCLDSTOP the kernel sends neither stop nor continue.
     */
    static void catchSignal(int sig, boolean noCldStop) {
        if (!catchable(sig)) {
            return;
        }
        noCldStop &= sig == Signals.SIGCHLD;
        synchronized (state) {
            if (state[sig] == 1 && caughtNoCldStop == noCldStop) {
                return;
            }
            MemorySegment p = page();
            startReader(p);
            long a = p.address();
            install(sig, a + CATCH_HANDLER, SA_SIGINFO | SA_RESTART | SA_RESTORER | (noCldStop ? SA_NOCLDSTOP : 0),
                    a + RESTORER);
            state[sig] = 1;
            if (sig == Signals.SIGCHLD) {
                caughtNoCldStop = noCldStop;
            }
        }
    }

    /**
     * SIGSEGV, SIGBUS, SIGILL and SIGFPE stay the JVM's for its own faults (si_code &gt; 0, which
     * HotSpot turns into null checks and the like), but one that a process sends (kill, tgkill,
     * sigqueue: si_code &lt;= 0) is caught for the guest like any other: the chain handler sits
     * in front of the JVM's, with its flags, mask and alternate-stack use. Without it such a
     * signal reached HotSpot, which took it for a crash of its own (hs_err file, SIGABRT).
     * Once per JVM; a forked child calls it before it has a guest process, and what is caught
     * meanwhile waits for {@link #deliverEarly}.
     */
    public static void chainFaultSignals() {
        synchronized (state) {
            if (chained) {
                return;
            }
            chained = true;
            MemorySegment p = page();
            startReader(p);
            for (int sig : JVM_FAULT_SIGNALS) {
                synchronized (act) {
                    if (Syscall.call(HostSyscall.RT_SIGACTION, sig, 0, act.address(), 8, 0, 0) < 0) {
                        continue;
                    }
                    long jvm = act.get(JAVA_LONG, 0);
                    if (jvm == SIG_DFL || jvm == SIG_IGN || (act.get(JAVA_LONG, 8) & SA_SIGINFO) == 0) {
                        continue; // not a handler the chain can pass a fault on to
                    }
                    p.set(JAVA_LONG, JVM_HANDLERS + 8L * sig, jvm);
                    act.set(JAVA_LONG, 0, p.address() + CHAIN);
                    Syscall.call(HostSyscall.RT_SIGACTION, sig, act.address(), 0, 8, 0, 0);
                }
            }
        }
    }

    /**
     * A forked child before it has its guest process: every signal that can be caught is, and
     * waits for the guest ({@link #deliverEarly}), which then takes it with its own
     * dispositions. {@link ProcessSignals#activate} puts each signal as the guest wants it.
     */
    public static void catchAllUntilActivated() {
        for (int sig = 1; sig <= Signals.NSIG; sig++) {
            catchSignal(sig);
        }
    }

    /** The guest ignores {@code sig}: so does the host (the kernel then never queues it, and children inherit it). */
    static void ignore(int sig) {
        if (!catchable(sig)) {
            return;
        }
        synchronized (state) {
            if (state[sig] != 2) {
                install(sig, SIG_IGN, 0, 0);
                state[sig] = 2;
            }
        }
    }

    /** Back to the host's default action for {@code sig} (a stop, before the process stops itself). */
    static void setDefault(int sig) {
        if (!catchable(sig)) {
            return;
        }
        synchronized (state) {
            install(sig, SIG_DFL, 0, 0);
            state[sig] = 3;
        }
    }

    /** Whether {@code sig} is caught on the host now. */
    static boolean isCaught(int sig) {
        synchronized (state) {
            return state[sig] == 1;
        }
    }

    /** Whether the host ignores {@code sig} now (inherited from the parent, or set for the guest). */
    static boolean hostIgnores(int sig) {
        synchronized (act) {
            if (Syscall.call(HostSyscall.RT_SIGACTION, sig, 0, act.address(), 8, 0, 0) < 0) {
                return false;
            }
            return act.get(JAVA_LONG, 0) == SIG_IGN;
        }
    }

    /** Sends WAKE to host thread {@code tid} of this process. */
    public static void wake(int tid) {
        page();
        Syscall.call(HostSyscall.TGKILL, ProcessHandle.current().pid(), tid, WAKE, 0, 0, 0);
    }

    /**
     * A raw host system call that returns -EINTR without entering the kernel when the int at
     * {@code wakeWord} is non-zero, and is interrupted by {@link #WAKE}.
     */
    public static long interruptible(MemorySegment capture, long wakeWord, long nr, long a0, long a1, long a2, long a3,
            long a4, long a5) {
        page();
        try {
            return (long) stub.invokeExact(capture, wakeWord << 16 | nr, a0, a1, a2, a3, a4, a5);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private static void readLoop(int fd) {
        try {
            MemorySegment buf = Arena.global().allocate(SigInfo.SIZE, 8);
            MemorySegment capture = Native.newCaptureSegment();
            while (true) {
                long n = Syscall.call(capture, HostSyscall.READ, fd, buf.address(), SigInfo.SIZE, 0, 0, 0);
                if (n == SigInfo.SIZE) {
                    SigInfo info = SigInfo.fromHost(buf);
                    ProcessSignals p;
                    synchronized (HostSignals.class) {
                        p = target;
                        if (p == null) {
                            early.add(info);
                        }
                    }
                    if (p != null) {
                        p.fromHost(info);
                    }
                } else if (n != -4 /* EINTR */) {
                    return;
                }
            }
        } catch (Throwable e) {
            InternalError.report(e);
        }
    }
}
