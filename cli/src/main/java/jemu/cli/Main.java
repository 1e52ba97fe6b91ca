package jemu.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jemu.linux.HostExit;
import jemu.linux.Launcher;
import picocli.CommandLine;

/**
 * {@code jemu [OPTIONS] PROGRAM [ARGS...]}. The common case is parsed without picocli (see
 * {@link FastArgs}); help, version and usage errors go through picocli.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("binfmt")) {
            System.exit(new CommandLine(new BinfmtCommand()).execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("bundle")) {
            // A subcommand, not a program: run a guest program named "bundle" as ./bundle.
            System.exit(BundleCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        List<byte[]> raw = RawProcessArgs.arguments(args);
        Options options = args.length > 0 && args[0].equals(BINFMT_EXEC) ? binfmtExec(raw) : FastArgs.parse(raw);
        if (options == null) {
            options = parseWithPicocli(args);
        }
        Launcher.launch(options.toSpec(raw, RawProcessArgs.environment()));
    }

    /** First word from bin/jemu-binfmt: the kernel's binfmt_misc started jemu. */
    static final String BINFMT_EXEC = "--binfmt-exec";
    /** AT_FLAGS bit: binfmt_misc's P flag (linux/binfmts.h, AT_FLAGS_PRESERVE_ARGV0). */
    private static final long AT_FLAGS_PRESERVE_ARGV0 = 1;

    /**
     * {@code --binfmt-exec AT_FLAGS AT_EXECFD PATH [ARGV0] ARGS...}: what bin/jemu-binfmt passes on
     * from the kernel (fs/binfmt_misc.c), AT_FLAGS and AT_EXECFD read from its auxiliary vector
     * (-1 when absent). Under P the kernel keeps the original argv[0] after the path; without P it
     * dropped it, and the path stands in, as qemu does. {@code raw} loses ARGV0 so that the guest's
     * words follow PATH.
     */
    private static Options binfmtExec(List<byte[]> raw) {
        if (raw.size() < 4) {
            System.err.println("jemu: " + BINFMT_EXEC + " is for bin/jemu-binfmt, started by binfmt_misc");
            HostExit.exit(125);
        }
        Options o = new Options();
        long atFlags = Long.parseLong(new String(raw.get(1), StandardCharsets.US_ASCII));
        o.execFd = Integer.parseInt(new String(raw.get(2), StandardCharsets.US_ASCII));
        o.programIndex = 3;
        if ((atFlags & AT_FLAGS_PRESERVE_ARGV0) != 0 && raw.size() > 4) {
            o.argv0 = raw.remove(4);
        }
        return o;
    }

    private static Options parseWithPicocli(String[] args) {
        JemuCommand command = new JemuCommand();
        CommandLine cl = new CommandLine(command);
        cl.setStopAtPositional(true);
        cl.setUnmatchedOptionsArePositionalParams(false);
        int status = cl.execute(args);
        if (command.options == null) {
            System.exit(status);
        }
        // picocli accepted a form FastArgs does not (e.g. "-Lsysroot"): PROGRAM is followed by the guest's words only.
        command.options.programIndex = args.length - 1 - command.args.size();
        return command.options;
    }
}
