package jemu.linux;

import java.util.List;

import jemu.linux.path.PathConfig;

/**
 * What to run: the program as the user named it, the guest's argv (argv[0] included) and
 * environment as raw bytes, how guest paths meet the host's (sysroot or root file system), and
 * whether to trace system calls; {@code execFd}, when not -1, is the program already open (binfmt_misc's
 * AT_EXECFD), with {@code program} its name.
 */
public record LaunchSpec(byte[] program, List<byte[]> argv, List<byte[]> env, PathConfig paths, boolean strace,
        int execFd) {
    public LaunchSpec(byte[] program, List<byte[]> argv, List<byte[]> env, PathConfig paths, boolean strace) {
        this(program, argv, env, paths, strace, -1);
    }
}
