package jemu.linux.signal;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.util.TreeMap;

import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.InternalError;
import jemu.linux.Signals;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;

/**
 * A guest process's POSIX timers (timer_create and friends), kept by jemu rather than the host:
 * their signals are jemu's own ({@link ProcessSignals#send}), so they interrupt blocking calls,
 * run handlers, and are taken by sigwaitinfo and signalfd like any other; glibc's SIGEV_THREAD
 * timers use signal 32, which the host process could not even receive for the guest.
 *
 * <p>As kernel/time/posix-timers.c (Linux 6.13 and later) does it: ids are handed out in order
 * from 0 per process; an expiry queues one siginfo (SI_TIMER); an interval timer whose signal
 * is still pending does not run on, it is re-armed when the signal is dequeued
 * ({@link #deliver}), and the periods missed meanwhile become si_overrun and
 * timer_getoverrun's value; a signal whose timer was deleted or set again before it was
 * dequeued is dropped. One daemon thread per process (started with the first armed timer)
 * sleeps until the next expiry; CPU-time clocks are read with the host's clock_gettime of the
 * process or thread clock and re-checked, as no host event marks their expiry.
 *
 * <p>Not carried over: a forked child is a new JVM and gets none of this; execve deletes them
 * all (exit_itimers), and they end with the process.
 */
public final class PosixTimers {
    public static final int SIGEV_SIGNAL = 0, SIGEV_NONE = 1, SIGEV_THREAD = 2, SIGEV_THREAD_ID = 4;
    public static final int TIMER_ABSTIME = 1;
    private static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
            CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_BOOTTIME = 7, CLOCK_REALTIME_ALARM = 8, CLOCK_BOOTTIME_ALARM = 9,
            CLOCK_TAI = 11;
    /** Per-thread CPU clock bit and the CLOCKFD type of a negative clock id (include/linux/posix-timers.h). */
    private static final int CPUCLOCK_PERTHREAD_MASK = 4, CPUCLOCK_SCHED = 2, CLOCKFD = 3;
    private static final long NSEC_PER_SEC = 1_000_000_000L;

    /** One timer (struct k_itimer). Mutable fields are guarded by the owning {@link PosixTimers}. */
    public final class Timer {
        final int id;
        /** The host clock it runs on, and whether that is a CPU-time clock. */
        final int clock;
        final boolean cpu;
        final int notify, signo, tid;
        final long value;
        /** Absolute expiry in the clock's nanoseconds; kept after a disarm (see {@link #get}). */
        long expiry, interval;
        boolean armed;
        /** Its signal is queued and not yet dequeued. */
        boolean queued;
        /** it_signal_seq: set again or deleted since a signal was queued means that signal is dropped. */
        int seq;
        int overrunLast;
        boolean deleted;

        Timer(int id, int clock, boolean cpu, int notify, int signo, int tid, long value) {
            this.id = id;
            this.clock = clock;
            this.cpu = cpu;
            this.notify = notify;
            this.signo = signo;
            this.tid = tid;
            this.value = value;
        }

        /** Dequeued: returns the siginfo to deliver (with si_overrun), or null to drop it. */
        SigInfo deliver(SigInfo info) {
            synchronized (PosixTimers.this) {
                queued = false;
                if (deleted || seq != info.timerSeq) {
                    return null;
                }
                if (interval != 0 && armed) {
                    long now = now(host(), clock);
                    long periods = now >= expiry ? (now - expiry) / interval + 1 : 1;
                    expiry += periods * interval;
                    overrunLast = (int) Math.min(periods - 1, Integer.MAX_VALUE);
                    info.setOverrun(overrunLast);
                    seq++;
                    PosixTimers.this.notifyAll();
                }
                return info;
            }
        }

        /** Its signal was discarded while pending (the guest now ignores it): the timer is free to fire again. */
        void signalDropped(SigInfo info) {
            synchronized (PosixTimers.this) {
                if (info.timerSeq == seq) {
                    queued = false;
                    PosixTimers.this.notifyAll();
                }
            }
        }
    }

    private final GuestProcess process;
    private final TreeMap<Integer, Timer> timers = new TreeMap<>();
    private int nextId;
    private Thread scheduler;
    private Host schedulerHost;
    private boolean stopped;

    public PosixTimers(GuestProcess process) {
        this.process = process;
    }

    /**
     * The host clock that timers on guest clock {@code clock} run on, for {@code caller}; or
     * -errno as timer_create fails for it (clockid_to_kclock, the clocks' timer_create).
     */
    public static long hostClock(GuestProcess p, GuestThread caller, int clock) {
        if (clock < 0) {
            if ((clock & 3) == CLOCKFD) {
                return -Errno.EOPNOTSUPP; // a dynamic (PTP) clock has no timers
            }
            int pid = ~(clock >> 3);
            boolean thread = (clock & CPUCLOCK_PERTHREAD_MASK) != 0;
            if (thread) {
                GuestThread t = pid == 0 ? caller : p.thread(pid);
                if (t == null) {
                    return -Errno.EINVAL; // pid_for_clock: a thread of this process only
                }
                return (long) (~t.tid << 3) | (clock & 7);
            }
            if (pid == 0 || pid == p.pid) {
                return CLOCK_PROCESS_CPUTIME_ID;
            }
            return caller.host.syscall(HostSyscall.CLOCK_GETTIME, clock, caller.host.scratchAddress(Host.STRUCT)) < 0
                    ? -Errno.EINVAL : clock;
        }
        return switch (clock) {
            case CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, CLOCK_TAI, CLOCK_PROCESS_CPUTIME_ID -> clock;
            case CLOCK_THREAD_CPUTIME_ID -> (long) (~caller.tid << 3) | CPUCLOCK_PERTHREAD_MASK | CPUCLOCK_SCHED;
            case CLOCK_REALTIME_ALARM, CLOCK_BOOTTIME_ALARM -> {
                // alarm_timer_create: EOPNOTSUPP without an RTC, EPERM without CAP_WAKE_ALARM; ask the host.
                long r = probeAlarm(caller.host, clock);
                yield r < 0 ? r : clock == CLOCK_REALTIME_ALARM ? CLOCK_REALTIME : CLOCK_BOOTTIME;
            }
            case 4, 5, 6 -> -Errno.EOPNOTSUPP; // MONOTONIC_RAW and the COARSE clocks have no timers
            default -> -Errno.EINVAL;
        };
    }

    private static long probeAlarm(Host h, int clock) {
        var s = h.scratch();
        s.fill((byte) 0);
        s.set(java.lang.foreign.ValueLayout.JAVA_INT, Host.STRUCT + 12, SIGEV_NONE);
        long r = h.syscall(HostSyscall.TIMER_CREATE, clock, h.scratchAddress(Host.STRUCT),
                h.scratchAddress(Host.STRUCT + 64));
        if (r == 0) {
            h.syscall(HostSyscall.TIMER_DELETE, s.get(java.lang.foreign.ValueLayout.JAVA_INT, Host.STRUCT + 64));
        }
        return r;
    }

    private static boolean isCpu(long hostClock) {
        return hostClock < 0 || hostClock == CLOCK_PROCESS_CPUTIME_ID;
    }

    /** The time on a host clock in nanoseconds, or Long.MIN_VALUE if it cannot be read (a thread that ended). */
    static long now(Host h, int clock) {
        if (h.syscall(HostSyscall.CLOCK_GETTIME, clock, h.scratchAddress(Host.STRUCT)) < 0) {
            return Long.MIN_VALUE;
        }
        return h.scratch().get(JAVA_LONG, Host.STRUCT) * NSEC_PER_SEC + h.scratch().get(JAVA_LONG, Host.STRUCT + 8);
    }

    private Host host() {
        // Called under this object's lock from the dequeueing thread: a host of this class's own.
        if (schedulerHost == null) {
            schedulerHost = new Host();
        }
        return schedulerHost;
    }

    /** timer_create, its arguments checked (good_sigevent, the clock): returns the new id. */
    public synchronized int create(long hostClock, int notify, int signo, int tid, long value, boolean valueIsId) {
        while (timers.containsKey(nextId)) {
            nextId = (nextId + 1) & Integer.MAX_VALUE;
        }
        int id = nextId;
        nextId = (nextId + 1) & Integer.MAX_VALUE;
        timers.put(id, new Timer(id, (int) hostClock, isCpu(hostClock), notify, signo, tid, valueIsId ? id : value));
        return id;
    }

    public synchronized Timer find(int id) {
        return id < 0 ? null : timers.get(id);
    }

    /**
     * timer_gettime's it_value and it_interval (common_timer_get): the time to the next expiry,
     * an interval timer's missed periods skipped. A SIGEV_NONE timer counts down to its last
     * expiry even after a disarm, as Linux's does (its hrtimer keeps the old expiry).
     */
    public synchronized void get(Host h, Timer tm, long[] out) {
        out[1] = tm.interval;
        out[0] = 0;
        boolean none = tm.notify == SIGEV_NONE;
        if (!tm.armed && !none) {
            return;
        }
        long now = now(h, tm.clock);
        long remaining = tm.expiry - now;
        if (remaining <= 0 && tm.interval != 0 && tm.armed) {
            remaining += ((now - tm.expiry) / tm.interval + 1) * tm.interval;
        }
        out[0] = remaining > 0 ? remaining : none ? 0 : 1;
    }

    /** timer_settime with a checked value and interval (ns); the old setting in {@code old}. */
    public synchronized void set(Host h, Timer tm, int flags, long value, long interval, long[] old) {
        get(h, tm, old);
        tm.seq++; // a signal still pending from the old setting is dropped
        tm.overrunLast = 0;
        tm.interval = value == 0 ? 0 : interval;
        tm.armed = value != 0;
        if (value != 0) {
            long base = (flags & TIMER_ABSTIME) != 0 ? 0 : now(h, tm.clock);
            tm.expiry = base + value;
            if (tm.notify != SIGEV_NONE) {
                startScheduler();
            }
        }
        notifyAll();
    }

    public synchronized int overrun(Timer tm) {
        return tm.overrunLast;
    }

    public synchronized void delete(Timer tm) {
        tm.deleted = true;
        tm.armed = false;
        tm.seq++;
        timers.remove(tm.id);
        notifyAll();
    }

    /** execve: every timer goes, and the scheduler thread with them. */
    public synchronized void deleteAll() {
        for (Timer tm : timers.values()) {
            tm.deleted = true;
            tm.armed = false;
        }
        timers.clear();
        stopped = true;
        notifyAll();
    }

    private void startScheduler() {
        if (scheduler == null && !stopped) {
            scheduler = new Thread(this::schedule, "jemu posix timers");
            scheduler.setDaemon(true);
            scheduler.start();
        }
    }

    /** The scheduler: sleeps until the earliest expiry, then queues that timer's signal. */
    private void schedule() {
        try {
            Host h = new Host();
            int cpus = Math.max(1, Runtime.getRuntime().availableProcessors());
            while (true) {
                Timer due = null;
                SigInfo info = null;
                synchronized (this) {
                    if (stopped) {
                        return;
                    }
                    long wait = Long.MAX_VALUE;
                    for (Timer tm : timers.values()) {
                        if (!tm.armed || tm.queued || tm.notify == SIGEV_NONE) {
                            continue;
                        }
                        long now = now(h, tm.clock);
                        if (now == Long.MIN_VALUE) {
                            tm.armed = false; // the thread whose CPU time it measured has ended
                            continue;
                        }
                        long remaining = tm.expiry - now;
                        if (remaining <= 0) {
                            due = tm;
                            break;
                        }
                        if (tm.cpu) {
                            // CPU time runs at most (number of CPUs) times as fast as wall time: look again then.
                            remaining = Math.max(remaining / (tm.clock == CLOCK_PROCESS_CPUTIME_ID ? cpus : 1),
                                    1_000_000L);
                        }
                        wait = Math.min(wait, remaining);
                    }
                    if (due == null) {
                        if (wait == Long.MAX_VALUE) {
                            wait();
                        } else {
                            wait(wait / 1_000_000L, (int) (wait % 1_000_000L));
                        }
                        continue;
                    }
                    info = SigInfo.timer(due.signo, due.id, due.value);
                    info.timer = due;
                    info.timerSeq = due.seq;
                    due.queued = true;
                    if (due.interval == 0) {
                        due.armed = false;
                    }
                }
                GuestThread to = due.notify == SIGEV_THREAD_ID ? process.thread(due.tid) : null;
                boolean sent = (due.notify != SIGEV_THREAD_ID || to != null) && process.signals.send(to, info);
                if (!sent) {
                    synchronized (this) {
                        // Discarded (ignored, or its thread is gone): as Linux 6.13 parks such a timer, this
                        // one stops here rather than spin at its interval; setting it again restarts it.
                        if (due.seq == info.timerSeq) {
                            due.queued = false;
                            due.armed = false;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            InternalError.report(e);
        }
    }

    /** Whether {@code sig} is a signal number a timer may send (good_sigevent). */
    public static boolean validSignal(int sig) {
        return sig >= 1 && sig <= Signals.NSIG;
    }
}
