package jemu.linux.process;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jemu.linux.Errno;
import jemu.linux.GuestProcess;
import jemu.linux.GuestThread;
import jemu.linux.host.Host;
import jemu.linux.host.HostSpawn;
import jemu.linux.host.HostSyscall;

/**
 * fork, vfork and clone without CLONE_THREAD: the child is a new host process running a new
 * JVM ({@link ForkedChild}) that receives a copy of this process through a memfd
 * ({@link ForkImage}) and inherits the guest's host descriptors at their own numbers. The JVM
 * itself cannot fork safely (DESIGN.md). CLONE_VM|CLONE_VFORK (vfork, posix_spawn) gives the
 * child a copy of memory too, but the parent waits for the child's exec or exit and then takes
 * in what the child wrote ({@link Vfork}), so the pair behaves as if they had shared it.
 */
public final class Fork {
    private Fork() {}

    private static final long CLONE_VFORK = 0x4000, CLONE_PARENT_SETTID = 0x100000;
    private static final int MFD_CLOEXEC = 1;

    /** Returns the child's pid in the parent, or {@code -errno}. */
    public static long fork(GuestThread t, long flags, long stack, long parentTid, long tls, long childTid) {
        Host host = t.host;
        GuestProcess p = t.process;
        long memfd = host.syscall(HostSyscall.MEMFD_CREATE, host.cString("jemu-fork".getBytes(), Host.PATH1),
                MFD_CLOEXEC);
        if (memfd < 0) {
            return memfd;
        }
        int vforkRead = -1, vforkWrite = -1;
        int[] control = ChildControl.pair(host);
        try {
            if ((flags & CLONE_VFORK) != 0) {
                MemorySegment pair = host.scratch().asSlice(Host.STRUCT, 8);
                long r = host.syscall(HostSyscall.PIPE2, pair.address(), 02000000 /* O_CLOEXEC */);
                if (r < 0) {
                    return r;
                }
                vforkRead = pair.get(ValueLayout.JAVA_INT, 0);
                vforkWrite = pair.get(ValueLayout.JAVA_INT, 4);
            }
            long pid;
            // No other thread may map or unmap meanwhile: the image and the backings passed must agree.
            synchronized (p.mem) {
                long r = ForkImage.write(t, new ForkImage.CloneArgs(flags, stack, tls, childTid, vforkWrite,
                        control == null ? -1 : control[1]), (int) memfd);
                if (r < 0) {
                    return r == -Errno.ENOSPC ? -Errno.ENOMEM : r;
                }
                // The child maps the host files behind shared mappings itself.
                int[] pass = p.sharedMappings.fds();
                for (int fd : new int[] {vforkWrite, control == null ? -1 : control[1]}) {
                    if (fd >= 0) {
                        pass = java.util.Arrays.copyOf(pass, pass.length + 1);
                        pass[pass.length - 1] = fd;
                    }
                }
                pid = Standby.handOver(host, (int) memfd, p.fds, pass);
                if (pid < 0) {
                    pid = spawnChild(p, (int) memfd, pass);
                    if (pid < 0) {
                        return pid == -Errno.ENOMEM ? -Errno.ENOMEM : -Errno.EAGAIN;
                    }
                }
            }
            if (control != null) {
                host.close(control[1]);
                ChildControl.register(host, pid, control[0]);
                control = null;
            }
            if (vforkWrite >= 0) {
                host.close(vforkWrite);
                vforkWrite = -1;
                Vfork.await(host, p.mem, (int) memfd, vforkRead);
            }
            // A process that forks once is likely to fork again (a shell): have the next child ready.
            Standby.ensureLater(p.arch);
            if ((flags & CLONE_PARENT_SETTID) != 0 && p.mem.isAccessible(parentTid, 4, jemu.core.memory.GuestMemory.W)) {
                p.mem.write32(parentTid, (int) pid);
            }
            return pid;
        } catch (IOException e) {
            return -Errno.ENOMEM;
        } finally {
            host.close((int) memfd);
            if (vforkRead >= 0) {
                host.close(vforkRead);
            }
            if (vforkWrite >= 0) {
                host.close(vforkWrite);
            }
            if (control != null) {
                host.close(control[0]);
                host.close(control[1]);
            }
        }
    }

    /**
     * A new JVM for the child, inheriting the guest's host descriptors, the memfd and
     * {@code alsoPass} at their own numbers.
     */
    private static long spawnChild(GuestProcess p, int memfd, int[] alsoPass) {
        Host host = new Host();
        MemorySegment pair = host.scratch().asSlice(Host.STRUCT, 8);
        if (host.syscall(HostSyscall.PIPE2, pair.address(), 02000000 /* O_CLOEXEC */) < 0) {
            return -Errno.EAGAIN;
        }
        int readyRead = pair.get(ValueLayout.JAVA_INT, 0), readyWrite = pair.get(ValueLayout.JAVA_INT, 4);
        int[] open = p.fds.openFds();
        int[] keep = new int[open.length + 2 + alsoPass.length];
        for (int i = 0; i < open.length; i++) {
            keep[i] = p.fds.host(open[i]);
        }
        keep[open.length] = memfd;
        keep[open.length + 1] = readyWrite;
        System.arraycopy(alsoPass, 0, keep, open.length + 2, alsoPass.length);
        long pid = HostSpawn.spawn(javaCommand(), childCommand("--image", memfd, Integer.toString(readyWrite)),
                new HostSpawn.Options(keep, false, false, CHILD_ENV));
        host.close(readyWrite);
        if (pid >= 0) {
            // As with a standby: fork returns once the child can take a signal (Standby.awaitReady).
            Standby.awaitReady(host, readyRead);
        }
        host.close(readyRead);
        return pid;
    }

    /**
     * The environment a child JVM gets on top of this one's: the JVM's thread suspend/resume
     * signal moves from SIGUSR2 (which guests use) to a real-time signal neither glibc nor jemu
     * uses. The guest's environment is in guest memory and is not affected.
     */
    static final List<String> CHILD_ENV = List.of("_JAVA_SR_SIGNUM=62");

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child JVM: what this one runs, lean flags, and the jemu.* properties this one was given. */
    static List<String> childCommand(String mode, int fd, String... more) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand());
        cmd.addAll(JvmFlags.CHILD);
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("jemu.")) {
                cmd.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        cmd.add("-cp");
        cmd.add(JvmFlags.CLASS_PATH);
        cmd.add(ForkedChild.class.getName());
        cmd.add(mode);
        cmd.add(Integer.toString(fd));
        cmd.addAll(List.of(more));
        return cmd;
    }
}
