package jemu.linux.process;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How jemu starts another JVM of its own (a forked child). */
final class JvmFlags {
    private JvmFlags() {}

    /**
     * Serial GC and no perf-data file: a guest process is small and short, and start-up counts.
     * -Xrs keeps the JVM's shutdown handlers off SIGINT/SIGTERM/SIGHUP/SIGQUIT, which belong to
     * the guest.
     */
    static final List<String> CHILD = childFlags();

    private static List<String> childFlags() {
        List<String> flags = new java.util.ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xrs",
                "--enable-native-access=ALL-UNNAMED"));
        // This JVM's AOT cache (bin/jemu passes -Djemu.aot with it): the child starts twice as
        // fast with the classes it holds. The cache fits only while the module options are the
        // training run's, so bin/jemu names --enable-native-access too; a JVM that refuses the
        // cache runs with no CDS at all (-Xshare is refused alongside it). Without a cache, the
        // JDK's default CDS archive.
        String aot = System.getProperty("jemu.aot");
        flags.addAll(aot != null ? List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off,cds=off") : List.of("-Xshare:auto"));
        return List.copyOf(flags);
    }

    /** This JVM's class path, made absolute now: the guest may chdir before it forks. */
    static final String CLASS_PATH = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
}
