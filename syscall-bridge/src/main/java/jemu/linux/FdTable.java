package jemu.linux;

import java.util.Arrays;

import jemu.linux.signal.SignalFd;

/**
 * The guest's file descriptors: guest numbers, allocated lowest-first as Linux does, each
 * standing for a host descriptor that jemu owns. The guest can never name, close or replace a
 * descriptor of the JVM's, and guest numbering stays what the program expects even though the
 * host numbers differ. Every host descriptor behind the table is close-on-exec on the host;
 * the guest's own FD_CLOEXEC flag is kept here and honoured at guest execve.
 */
public final class FdTable {
    private static final int FREE = -1;

    private int[] host = new int[64];
    private boolean[] cloexec = new boolean[64];
    /** The signalfd a guest number stands for, or null: its reads and readiness are jemu's. */
    private SignalFd[] signalFdAt = new SignalFd[64];
    /** How many guest numbers stand for a signalfd (the signal queues look at them only when some do). */
    private volatile int signalFds;
    private int limit = 1024;

    public FdTable() {
        Arrays.fill(host, FREE);
    }

    /** The host descriptor behind guest {@code fd}, or -1 if it is not open. */
    public synchronized int host(int fd) {
        return fd >= 0 && fd < host.length ? host[fd] : FREE;
    }

    public synchronized boolean isOpen(int fd) {
        return host(fd) != FREE;
    }

    public synchronized boolean cloexec(int fd) {
        return cloexec[fd];
    }

    public synchronized void setCloexec(int fd, boolean value) {
        cloexec[fd] = value;
    }

    /** RLIMIT_NOFILE as the guest sees it: no guest descriptor is at or above it. */
    public synchronized int limit() {
        return limit;
    }

    public synchronized void setLimit(int limit) {
        this.limit = limit;
    }

    /**
     * Gives {@code hostFd} the lowest free guest number at or above {@code min}.
     *
     * @return the guest number, or {@code -EMFILE}
     */
    public synchronized int allocate(int hostFd, int min, boolean closeOnExec) {
        for (int fd = Math.max(0, min); fd < limit; fd++) {
            if (fd >= host.length) {
                grow(fd + 1);
            }
            if (host[fd] == FREE) {
                host[fd] = hostFd;
                cloexec[fd] = closeOnExec;
                attach(fd, null);
                return fd;
            }
        }
        return -Errno.EMFILE;
    }

    /**
     * Makes guest {@code fd} stand for {@code hostFd}; returns the host descriptor it stood for
     * before (for the caller to close), or -1.
     */
    public synchronized int install(int fd, int hostFd, boolean closeOnExec) {
        if (fd >= host.length) {
            grow(fd + 1);
        }
        int old = host[fd];
        host[fd] = hostFd;
        cloexec[fd] = closeOnExec;
        attach(fd, null);
        return old;
    }

    /** Frees guest {@code fd}; returns the host descriptor it stood for, or -1 if it was not open. */
    public synchronized int remove(int fd) {
        if (fd < 0 || fd >= host.length || host[fd] == FREE) {
            return FREE;
        }
        int old = host[fd];
        host[fd] = FREE;
        cloexec[fd] = false;
        attach(fd, null);
        return old;
    }

    /** The signalfd behind guest {@code fd}, or null (also when {@code fd} is not open). */
    public SignalFd signalFd(int fd) {
        if (signalFds == 0) {
            return null;
        }
        synchronized (this) {
            return fd >= 0 && fd < signalFdAt.length ? signalFdAt[fd] : null;
        }
    }

    /** Makes open guest {@code fd} stand for signalfd {@code s} (null: for none). */
    public synchronized void attach(int fd, SignalFd s) {
        SignalFd old = signalFdAt[fd];
        signalFdAt[fd] = s;
        signalFds += (s != null ? 1 : 0) - (old != null ? 1 : 0);
    }

    public boolean hasSignalFds() {
        return signalFds != 0;
    }

    /** Calls {@code action} with each guest number that stands for a signalfd, and its host descriptor. */
    public synchronized void forEachSignalFd(java.util.function.ObjIntConsumer<SignalFd> action) {
        for (int fd = 0; fd < signalFdAt.length && signalFds != 0; fd++) {
            if (signalFdAt[fd] != null) {
                action.accept(signalFdAt[fd], host[fd]);
            }
        }
    }

    /** Guest numbers in use, ascending. */
    public synchronized int[] openFds() {
        return java.util.stream.IntStream.range(0, host.length).filter(i -> host[i] != FREE).toArray();
    }

    /** The guest descriptor standing for {@code hostFd}, or -1. */
    public synchronized int guestOf(int hostFd) {
        for (int i = 0; i < host.length; i++) {
            if (host[i] == hostFd) {
                return i;
            }
        }
        return FREE;
    }

    private void grow(int atLeast) {
        int n = Math.max(atLeast, host.length * 2);
        int old = host.length;
        host = Arrays.copyOf(host, n);
        cloexec = Arrays.copyOf(cloexec, n);
        signalFdAt = Arrays.copyOf(signalFdAt, n);
        Arrays.fill(host, old, n, FREE);
    }
}
