package jemu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jemu binfmt print|register|unregister}: the kernel's binfmt_misc registration that
 * makes ARM programs run under jemu when executed directly. Magic and mask are those of qemu's
 * {@code scripts/qemu-binfmt-conf.sh} (and of Debian's qemu-user-binfmt), so jemu and qemu
 * claim exactly the same files.
 */
@Command(name = "jemu binfmt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints, registers or removes the binfmt_misc entries that run ARM programs under jemu.", ""},
        footer = {"", "The interpreter is bin/jemu-binfmt, which reads the kernel's flags from its auxiliary vector;",
            "register and unregister need root, and mount binfmt_misc if it is not mounted."})
final class BinfmtCommand implements Callable<Integer> {
    static final Path MOUNT = Path.of("/proc/sys/fs/binfmt_misc");

    /** One guest architecture's ELF header pattern (qemu-binfmt-conf.sh's NAME_magic and NAME_mask). */
    enum Arch {
        aarch64("7f454c460201010000000000000000000200b700"),
        arm("7f454c4601010100000000000000000002002800");

        /** ELF e_ident with class, data and version, e_type EXEC (the mask lets DYN through), e_machine. */
        final byte[] magic;
        /** Ignores EI_OSABI's neighbour bytes (ABI version, padding) and the low bit of e_type. */
        static final byte[] MASK = HexFormat.of().parseHex("ffffffffffffff00fffffffffffffffffeffffff");

        Arch(String magic) {
            this.magic = HexFormat.of().parseHex(magic);
        }
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "print, register or unregister.")
    String action;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "aarch64",
            description = "aarch64, arm or all (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--flags", paramLabel = "FLAGS", defaultValue = "P",
            description = {"Kernel flags, any of POCF (default: ${DEFAULT-VALUE}): P preserves argv[0], O passes the "
                + "program as an open descriptor, C runs with the program's credentials (setuid; implies O), "
                + "F opens the interpreter now (needs a self-contained interpreter, see README)."})
    String flags;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Entry name (default: jemu-ARCH); with --arch all, -ARCH is appended.")
    String name;

    @Option(names = "--interpreter", paramLabel = "PATH",
            description = "Absolute path of the interpreter (default: bin/jemu-binfmt next to this jemu).")
    String interpreter;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String[]> entries = entries(); // {name, line}
        switch (action) {
            case "print" -> entries.forEach(e -> System.out.println(e[1]));
            case "register" -> {
                String interp = interpreterOf(entries.get(0)[1]);
                if ((flags.contains("O") || flags.contains("C")) && isScript(interp)) {
                    return fail("flags O and C need an ELF interpreter, and " + interp + " is a #! script: with an "
                            + "open binary the kernel refuses a second interpreter level (ENOEXEC, fs/exec.c)");
                }
                if (!mounted()) {
                    return 1;
                }
                for (String[] e : entries) { // all or nothing
                    if (Files.exists(MOUNT.resolve(e[0]))) {
                        return fail(e[0] + " is already registered (" + MOUNT.resolve(e[0])
                                + "); remove it first with: jemu binfmt unregister");
                    }
                }
                for (String[] e : entries) {
                    if (!write(MOUNT.resolve("register"), e[1])) {
                        return 1;
                    }
                    System.out.println("registered " + e[0] + ": " + e[1]);
                }
            }
            case "unregister" -> {
                if (!isRoot()) {
                    return fail("changing binfmt_misc registrations needs root");
                }
                if (!Files.exists(MOUNT.resolve("register"))) {
                    return fail("nothing is registered: binfmt_misc is not mounted on " + MOUNT);
                }
                for (String[] e : entries) {
                    if (!Files.exists(MOUNT.resolve(e[0]))) {
                        return fail(e[0] + " is not registered");
                    }
                    if (!write(MOUNT.resolve(e[0]), "-1")) {
                        return 1;
                    }
                    System.out.println("unregistered " + e[0]);
                }
            }
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown action '" + action + "': print, register or unregister");
        }
        return 0;
    }

    private List<String[]> entries() {
        List<Arch> arches = switch (arch) {
            case "aarch64" -> List.of(Arch.aarch64);
            case "arm" -> List.of(Arch.arm);
            case "all" -> List.of(Arch.values());
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--arch must be aarch64, arm or all, not '" + arch + "'");
        };
        if (!flags.matches("[POCF]*")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--flags may hold only P, O, C and F");
        }
        String interp = interpreter != null ? interpreter : defaultInterpreter();
        if (!interp.startsWith("/") || interp.contains(":")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the interpreter must be an absolute path without ':' (" + interp + ")");
        }
        List<String[]> out = new ArrayList<>();
        for (Arch a : arches) {
            String n = name == null ? "jemu-" + a.name() : arches.size() > 1 ? name + "-" + a.name() : name;
            if (n.isEmpty() || n.contains(":") || n.contains("/") || n.equals(".") || n.equals("..")
                    || n.equals("register") || n.equals("status")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "bad entry name '" + n + "'");
            }
            out.add(new String[] {n, line(n, a, interp, flags)});
        }
        return out;
    }

    private static String interpreterOf(String line) {
        String[] f = line.split(":", -1);
        return f[f.length - 2];
    }

    private static boolean isScript(String path) {
        try (var in = Files.newInputStream(Path.of(path))) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == '#' && head[1] == '!';
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code :NAME:M::MAGIC:MASK:INTERPRETER:FLAGS}, every byte of magic and mask as \xHH. */
    static String line(String name, Arch a, String interpreter, String flags) {
        return ":" + name + ":M::" + escaped(a.magic) + ":" + escaped(Arch.MASK) + ":" + interpreter + ":" + flags;
    }

    private static String escaped(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append("\\x").append(HexFormat.of().toHexDigits(x));
        }
        return s.toString();
    }

    /** bin/jemu-binfmt of this installation: next to the jar's ../../bin (source tree) or ../bin (installed). */
    private static String defaultInterpreter() {
        try {
            Path jar = Path.of(BinfmtCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            for (Path candidate : List.of(dir.resolve("../bin/jemu-binfmt"), dir.resolve("../../bin/jemu-binfmt"))) {
                if (Files.isRegularFile(candidate)) {
                    return candidate.toRealPath().toString();
                }
            }
        } catch (Exception e) {
            // Fall through to the message below.
        }
        throw new CommandLine.ParameterException(new CommandLine(new BinfmtCommand()),
                "cannot find bin/jemu-binfmt next to jemu.jar: give --interpreter PATH");
    }

    /** Mounts binfmt_misc if needed; false (after one line on stderr) if it cannot be. */
    private static boolean mounted() {
        if (!isRoot()) {
            fail("changing binfmt_misc registrations needs root");
            return false;
        }
        if (Files.exists(MOUNT.resolve("register"))) {
            return true;
        }
        try {
            Process p = new ProcessBuilder("mount", "-t", "binfmt_misc", "binfmt_misc", MOUNT.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0 || !Files.exists(MOUNT.resolve("register"))) {
                fail("cannot mount binfmt_misc on " + MOUNT + (out.isEmpty() ? "" : ": " + out));
                return false;
            }
            return true;
        } catch (IOException | InterruptedException e) {
            fail("cannot mount binfmt_misc: " + e.getMessage());
            return false;
        }
    }

    private static boolean write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return true;
        } catch (IOException e) {
            String why = isRoot() ? e.getMessage() : "permission denied (only root can change binfmt_misc)";
            fail("cannot write " + file + ": " + why);
            return false;
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid")));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int fail(String message) {
        System.err.println("jemu binfmt: " + message);
        return 1;
    }
}
