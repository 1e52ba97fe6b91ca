package jemu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The user-facing command line: help, version, and clear usage errors. */
@Command(name = "jemu", mixinStandardHelpOptions = true, versionProvider = JemuCommand.Version.class,
        sortOptions = false,
        description = {"Runs a Linux AArch64 or 32-bit ARM (armhf, armel) program on this x86-64 host, translating its system calls.", ""},
        footer = {"", "Everything after PROGRAM is passed to the guest unchanged.",
            "Environment: JEMU_LD_PREFIX is the default for -L.",
            "jemu binfmt print|register|unregister: the binfmt_misc registration (jemu binfmt --help)."})
final class JemuCommand implements Callable<Integer> {
    @Option(names = "-L", paramLabel = "DIR",
            description = "Sysroot: absolute paths the guest opens are looked up under DIR first (as qemu's -L).")
    String ldPrefix;

    @Option(names = "--rootfs", paramLabel = "DIR",
            description = {"Root file system: the guest sees DIR as /, for every path and every program it runs.",
                "/proc, /dev, /sys and /tmp are the host's."})
    String rootfs;

    @Option(names = "--bind", paramLabel = "HOST[:GUEST]",
            description = "With --rootfs: show the host's HOST at GUEST (default: the same path); repeatable.")
    List<String> binds = new ArrayList<>();

    @Option(names = "-0", paramLabel = "ARGV0", description = "argv[0] of the guest (default: PROGRAM).")
    String argv0;

    @Option(names = "-E", paramLabel = "VAR=VALUE", description = "Set a variable in the guest's environment.")
    List<String> set = new ArrayList<>();

    @Option(names = "-U", paramLabel = "VAR", description = "Remove a variable from the guest's environment.")
    List<String> unset = new ArrayList<>();

    @Option(names = {"--strace", "-strace"}, description = "Log each guest system call and its result on stderr.")
    boolean strace;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "The AArch64 or 32-bit ARM ELF program to run.")
    String program;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments of the program.")
    List<String> args = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Filled when parsing succeeds and the guest is to be started. */
    Options options;

    @Override
    public Integer call() {
        if (ldPrefix != null && rootfs != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-L and --rootfs cannot be combined");
        }
        if (!binds.isEmpty() && rootfs == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind needs --rootfs");
        }
        Options o = new Options();
        o.ldPrefix = ldPrefix;
        o.rootfs = rootfs;
        o.binds.addAll(binds);
        o.argv0 = argv0 == null ? null : Options.bytes(argv0);
        set.forEach(s -> o.setEnv.add(Options.bytes(s)));
        unset.forEach(s -> o.unsetEnv.add(Options.bytes(s)));
        o.strace = strace;
        options = o;
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = JemuCommand.class.getPackage().getImplementationVersion();
            return new String[] {"jemu " + (v != null ? v : "(development build)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                "Guest architectures: aarch64, arm (armv7l: armhf and armel, EABI)"};
        }
    }
}
