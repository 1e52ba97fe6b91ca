package jemu.cli;

import java.util.List;

import jemu.linux.Launcher;
import picocli.CommandLine;

/**
 * {@code jemu [OPTIONS] PROGRAM [ARGS...]}. The common case is parsed without picocli (see
 * {@link FastArgs}); help, version and usage errors go through picocli.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bundle")) {
            // A subcommand, not a program: run a guest program named "bundle" as ./bundle.
            System.exit(BundleCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        List<byte[]> raw = RawProcessArgs.arguments(args);
        Options options = FastArgs.parse(raw);
        if (options == null) {
            options = parseWithPicocli(args);
        }
        Launcher.launch(options.toSpec(raw, RawProcessArgs.environment()));
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
