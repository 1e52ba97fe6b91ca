package jemu.linux.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

import jemu.core.host.Native;
import jemu.core.host.Syscall;

/**
 * Starting a host process from the JVM with glibc's {@code posix_spawn}, the one safe way (it
 * uses {@code clone(CLONE_VM|CLONE_VFORK)} and execs at once; a plain fork of a JVM is not safe).
 * The file actions say which descriptors the new program gets at which numbers.
 */
public final class HostSpawn {
    private HostSpawn() {}

    // glibc 2.36, x86-64: sizeof(posix_spawn_file_actions_t) 80, sizeof(posix_spawnattr_t) 336.
    private static final long FILE_ACTIONS_SIZE = 80, ATTR_SIZE = 336;
    private static final short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04,
            POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final int O_RDWR = 2;

    private static final MethodHandle SPAWN = Native.downcall("posix_spawn",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle FA_INIT = Native.downcall("posix_spawn_file_actions_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FA_DESTROY = Native.downcall("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FA_DUP2 = Native.downcall("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle FA_OPEN = Native.downcall("posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle ATTR_INIT = Native.downcall("posix_spawnattr_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle ATTR_SETFLAGS = Native.downcall("posix_spawnattr_setflags",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_SHORT));
    private static final MethodHandle ATTR_SETSIGMASK = Native.downcall("posix_spawnattr_setsigmask",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle ATTR_SETPGROUP = Native.downcall("posix_spawnattr_setpgroup",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle ATTR_SETSIGDEFAULT = Native.downcall("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MemorySegment ENVIRON = Native.LINKER.defaultLookup().find("environ")
            .orElseThrow(() -> new UnsatisfiedLinkError("host libc has no environ"))
            .reinterpret(ADDRESS.byteSize());

    /** How the child starts, beyond its program and arguments. */
    public record Options(int[] keep, boolean nullStdio, boolean ownProcessGroup, List<String> extraEnv) {
    }

    /**
     * Starts {@code program} with {@code argv} and this process's environment plus
     * {@code extraEnv}. Descriptors listed in {@code keep} are inherited at the same numbers (even
     * if close-on-exec here); host descriptors 0-2 that are closed here (all three with
     * {@code nullStdio}) are opened on /dev/null, so the new program's stdio never lands on a
     * file it opens later. Signals start unblocked and at their defaults.
     *
     * @return the child's pid, or {@code -errno}
     */
    public static long spawn(String program, List<String> argv, Options o) {
        int[] keep = o.keep();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 8);
            MemorySegment attr = arena.allocate(ATTR_SIZE, 8);
            MemorySegment devNull = arena.allocateFrom("/dev/null");
            int r = (int) FA_INIT.invokeExact(actions);
            for (int fd : keep) {
                // glibc >= 2.29: dup2 onto itself clears FD_CLOEXEC in the child.
                r |= (int) FA_DUP2.invokeExact(actions, fd, fd);
            }
            for (int fd = 0; fd <= 2; fd++) {
                if ((o.nullStdio() || isClosed(fd)) && !contains(keep, fd)) {
                    r |= (int) FA_OPEN.invokeExact(actions, fd, devNull, O_RDWR, 0);
                }
            }
            r |= (int) ATTR_INIT.invokeExact(attr);
            MemorySegment empty = arena.allocate(128, 8);
            MemorySegment all = arena.allocate(128, 8);
            for (int i = 0; i < 16; i++) {
                all.set(JAVA_LONG, 8L * i, -1L);
            }
            r |= (int) ATTR_SETSIGMASK.invokeExact(attr, empty);
            r |= (int) ATTR_SETSIGDEFAULT.invokeExact(attr, all);
            short flags = (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
            if (o.ownProcessGroup()) {
                r |= (int) ATTR_SETPGROUP.invokeExact(attr, 0);
                flags |= POSIX_SPAWN_SETPGROUP;
            }
            r |= (int) ATTR_SETFLAGS.invokeExact(attr, flags);
            if (r != 0) {
                return -12; // ENOMEM: the only way these fail
            }
            MemorySegment path = arena.allocateFrom(program);
            MemorySegment args = arena.allocate(ADDRESS, argv.size() + 1L);
            for (int i = 0; i < argv.size(); i++) {
                args.setAtIndex(ADDRESS, i, arena.allocateFrom(argv.get(i)));
            }
            MemorySegment pid = arena.allocate(JAVA_INT);
            MemorySegment env = environment(arena, o.extraEnv());
            int err = (int) SPAWN.invokeExact(pid, path, actions, attr, args, env);
            int ignored = (int) FA_DESTROY.invokeExact(actions);
            return err != 0 ? -err : pid.get(JAVA_INT, 0);
        } catch (Throwable e) {
            throw new IllegalStateException("posix_spawn", e);
        }
    }

    /** This process's environment (libc's environ) with {@code extra} NAME=VALUE entries replacing or added. */
    private static MemorySegment environment(Arena arena, List<String> extra) {
        MemorySegment environ = ENVIRON.get(ADDRESS, 0);
        if (extra.isEmpty()) {
            return environ;
        }
        List<MemorySegment> entries = new java.util.ArrayList<>();
        for (long i = 0;; i++) {
            MemorySegment e = environ.reinterpret(8 * (i + 1)).getAtIndex(ADDRESS, i);
            if (e.equals(MemorySegment.NULL)) {
                break;
            }
            String s = e.reinterpret(1 << 20).getString(0);
            if (extra.stream().noneMatch(x -> s.startsWith(x.substring(0, x.indexOf('=') + 1)))) {
                entries.add(e);
            }
        }
        for (String x : extra) {
            entries.add(arena.allocateFrom(x));
        }
        MemorySegment array = arena.allocate(ADDRESS, entries.size() + 1L);
        for (int i = 0; i < entries.size(); i++) {
            array.setAtIndex(ADDRESS, i, entries.get(i));
        }
        return array;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** fcntl(F_GETFD) as a probe for an open descriptor. */
    private static boolean isClosed(int fd) {
        return Syscall.call(HostSyscall.FCNTL, fd, 1, 0, 0, 0, 0) < 0;
    }
}
