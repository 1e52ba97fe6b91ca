package jemu.linux.syscalls;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.util.ArrayList;
import java.util.List;

import jemu.core.memory.GuestFault;
import jemu.linux.Errno;
import jemu.linux.GuestThread;
import jemu.linux.HostExit;
import jemu.linux.Launcher;
import jemu.linux.NewImage;
import jemu.linux.ProgramLoader.LoadException;
import jemu.linux.SyscallException;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.process.ChildControl;
import jemu.linux.process.ExecTarget;
import jemu.linux.process.NativeExec;
import jemu.linux.process.ProcessImage;
import jemu.linux.process.Standby;
import jemu.linux.process.Vfork;
import jemu.linux.signal.ProcessSignals;

/**
 * execve and execveat. A guest program is loaded into a new address space in this same host
 * process (same pid, same descriptors less close-on-exec ones), so no child ever escapes
 * emulation and no JVM starts; a host program replaces the process for real.
 */
public final class ExecSyscalls extends Syscalls {
    /** MAX_ARG_STRLEN: the longest single argument or environment string, NUL included. */
    private static final int MAX_ARG_STRLEN = 32 * 4096;
    /** ARG_MAX: the least room Linux gives argv and envp together, whatever the stack limit. */
    private static final long ARG_MAX = 32 * 4096;

    public ExecSyscalls(GuestThread t) {
        super(t);
    }

    /** The guest's own arguments, for --strace's line of a call that never returns. */
    private long traceNr, trace0, trace1, trace2, trace3, trace4;

    public long execve(long pathAddr, long argvAddr, long envpAddr) {
        traceAs(221, pathAddr, argvAddr, envpAddr, 0, 0);
        return exec(t.readPath(pathAddr), argvAddr, envpAddr);
    }

    /**
     * execveat: a path relative to a directory descriptor, or (AT_EMPTY_PATH) the open file
     * itself, named /dev/fd/N as Linux names it to a script's interpreter.
     */
    public long execveat(int dirfd, long pathAddr, long argvAddr, long envpAddr, int flags) {
        if ((flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW)) != 0) {
            return -Errno.EINVAL;
        }
        traceAs(281, dirfd, pathAddr, argvAddr, envpAddr, flags);
        byte[] path = t.readPath(pathAddr);
        if (path.length > 0 && path[0] == '/' || dirfd == AT_FDCWD && path.length > 0) {
            return exec(path, argvAddr, envpAddr);
        }
        int hostDir = hostFd(dirfd);
        if (path.length > 0 && p.paths.inRoot()) {
            return exec(p.paths.absolute(hostDir, path, host), argvAddr, envpAddr);
        }
        String suffix = path.length == 0 ? "" : "/" + new String(path, java.nio.charset.StandardCharsets.UTF_8);
        if (path.length == 0 && (flags & AT_EMPTY_PATH) == 0) {
            return -Errno.ENOENT;
        }
        // The host opens it through /proc/self/fd; the guest sees Linux's /dev/fd/N name.
        byte[] hostName = ("/proc/self/fd/" + hostDir + suffix).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exec(hostName, argvAddr, envpAddr);
    }

    private long exec(byte[] filename, long argvAddr, long envpAddr) {
        List<byte[]> argv = strings(argvAddr);
        List<byte[]> env = strings(envpAddr);
        checkSize(argv, env);
        ExecTarget target;
        try {
            // /dev/fd/N and /proc/self/fd/N name the guest's descriptor N (/proc/self/exe: GuestPaths knows it).
            byte[] proc = p.paths.isSelfExe(filename) ? null : jemu.linux.ProcFiles.hostPath(p, filename);
            target = ExecTarget.resolve(host, p.paths, Launcher.ARCHES, proc != null ? proc : filename, argv);
        } catch (LoadException e) {
            return -e.errno;
        }
        if (target instanceof ExecTarget.Native n) {
            traceSuccess();
            Standby.retire();
            Vfork.release();
            ChildControl.execed();
            // Host dispositions already follow the guest's (ignored is ignored): exec keeps them.
            long r = NativeExec.exec(host, fds, n.hostPath(), n.argv(), env, t.signalMask);
            // The descriptors were already rearranged for the new program: this image cannot go on.
            System.err.println("jemu: cannot execute " + new String(n.hostPath(), java.nio.charset.StandardCharsets.UTF_8)
                    + ": " + Errno.message((int) -r));
            HostExit.exit(127);
        }
        ExecTarget.Guest guest = (ExecTarget.Guest) target;
        GuestThread next;
        try {
            next = ProcessImage.load(host, guest, fds, p.paths.config(), p.pid, env, filename, p.strace);
        } catch (LoadException e) {
            return -e.errno;
        }
        // The point of no return: the old image goes, with every other thread of it.
        traceSuccess();
        p.stopOtherThreads(t);
        Vfork.release();
        ChildControl.execed();
        for (int fd : fds.openFds()) {
            if (fds.cloexec(fd)) {
                host.close(fds.remove(fd));
            }
        }
        ProcessSignals.carryOverExec(t, next);
        p.threads.remove(t.tid);
        p.mem.release();
        p.sharedMappings.closeAll();
        throw new NewImage(next);
    }

    private void traceAs(long nr, long a0, long a1, long a2, long a3, long a4) {
        traceNr = nr;
        trace0 = a0;
        trace1 = a1;
        trace2 = a2;
        trace3 = a3;
        trace4 = a4;
    }

    /** A successful exec never returns to the CPU loop, which would trace it: say it here. */
    private void traceSuccess() {
        if (p.strace != null) {
            p.strace.call(t, (int) traceNr, trace0, trace1, trace2, trace3, trace4, 0, 0);
        }
    }

    /** A NULL-terminated array of guest string pointers; a NULL array is empty, as Linux allows. */
    private List<byte[]> strings(long array) {
        List<byte[]> out = new ArrayList<>();
        if (array == 0) {
            return out;
        }
        int word = p.arch.wordSize();
        try {
            for (long a = array;; a += word) {
                long ptr = word == 8 ? mem.read64(a) : mem.read32(a) & 0xffffffffL;
                if (ptr == 0) {
                    return out;
                }
                byte[] s = mem.readCString(ptr, MAX_ARG_STRLEN);
                if (s == null) {
                    throw new SyscallException(Errno.E2BIG);
                }
                out.add(s);
                if (out.size() > 1 << 20) {
                    throw new SyscallException(Errno.E2BIG);
                }
            }
        } catch (GuestFault f) {
            throw new SyscallException(Errno.EFAULT);
        }
    }

    /** fs/exec.c: argv and envp together may use a quarter of the stack limit (at least ARG_MAX). */
    private void checkSize(List<byte[]> argv, List<byte[]> env) {
        long limit = 6L << 20; // _STK_LIM / 4 * 3
        long at = Host.STRUCT;
        if (host.syscall(HostSyscall.PRLIMIT64, 0, 3 /* RLIMIT_STACK */, 0, host.scratchAddress(at)) == 0) {
            long cur = host.scratch().get(JAVA_LONG, at);
            if (cur >= 0) {
                limit = Math.min(limit, cur / 4);
            }
        }
        limit = Math.max(limit, ARG_MAX);
        long need = (long) (Math.max(argv.size(), 1) + env.size()) * p.arch.wordSize();
        for (byte[] s : argv) {
            need += s.length + 1;
        }
        for (byte[] s : env) {
            need += s.length + 1;
        }
        if (need > limit) {
            throw new SyscallException(Errno.E2BIG);
        }
    }
}
