package jemu.linux;

import java.util.List;

/**
 * What to run: the program as the user named it, the guest's argv (argv[0] included) and
 * environment as raw bytes, the sysroot prefix, and whether to trace system calls.
 */
public record LaunchSpec(byte[] program, List<byte[]> argv, List<byte[]> env, String ldPrefix, boolean strace) {
}
