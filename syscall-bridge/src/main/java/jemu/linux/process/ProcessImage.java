package jemu.linux.process;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jemu.core.host.HostFiles;
import jemu.core.memory.GuestMemory;
import jemu.linux.FdTable;
import jemu.linux.GuestPaths;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.ProcFiles;
import jemu.linux.ProgramLoader;
import jemu.linux.ProgramLoader.LoadException;
import jemu.linux.Strace;
import jemu.linux.host.Host;
import jemu.linux.host.HostSyscall;
import jemu.linux.path.PathConfig;

/**
 * A new program image in a fresh address space: what both the first start of jemu and a guest
 * execve build. The old image (if any) is left untouched until the new one has loaded, so a
 * failure can still be reported to the caller.
 */
public final class ProcessImage {
    private ProcessImage() {}

    /**
     * Loads {@code target} (whose descriptor this closes) and returns the first thread of the new
     * process, not yet running.
     */
    public static GuestThread load(Host host, ExecTarget.Guest target, FdTable fds, PathConfig pathConfig, int pid,
            List<byte[]> env, byte[] execfn, Strace strace) throws LoadException {
        GuestMemory mem = GuestMemory.reserve(target.arch().addressBits());
        try {
            GuestPaths paths = new GuestPaths(pathConfig, pid);
            byte[] exe = realpath(host, target.hostPath());
            paths.setExecutable(paths.guestView(exe), exe);
            ProgramLoader.Loaded loaded = ProgramLoader.load(host, target.arch(), mem, target.elf(), target.fd(), exe,
                    paths, target.argv(), env, execfn);
            GuestProcess process = new GuestProcess(target.arch(), mem, fds, paths, pid, strace);
            process.brkStart = process.brk = loaded.brk();
            process.stackInfo = loaded.stack();
            process.comm = ProcFiles.commOf(execfn);
            ProcFiles.nameHost(host, process.comm);
            return target.arch().newMainThread(process, loaded.entry(), loaded.sp());
        } catch (LoadException | RuntimeException e) {
            mem.release();
            throw e;
        } finally {
            HostFiles.close(target.fd());
        }
    }

    /** The canonical absolute path of a host file, as /proc/self/exe shows it. */
    static byte[] realpath(Host host, byte[] path) {
        // The kernel resolves it for us: open with O_PATH and read the /proc/self/fd link.
        long p = host.cString(path, Host.PATH1);
        long fd = host.syscall(HostSyscall.OPENAT, -100, p, 010000000 | 02000000, 0);
        if (fd < 0) {
            return path;
        }
        byte[] out = host.readlink(("/proc/self/fd/" + fd).getBytes(StandardCharsets.US_ASCII), Host.PATH2);
        host.close((int) fd);
        return out == null || out.length == 0 ? path : out;
    }
}
