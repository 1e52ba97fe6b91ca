package jemu.linux.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The /bin/sh shim of a jemu bundle (cli's jemu-launcher.c, put in place by cross-build-start):
 * an x86-64 launcher standing for the root's own shell, moved to /bin/sh.real. When a guest execs
 * it, jemu runs that shell in the same process, as for any guest ELF, rather than starting a new
 * JVM through the shim. The bundle's launcher names both with {@code -Djemu.shim=HOST-PATH} and
 * {@code -Djemu.shim.target=GUEST-PATH}; without them nothing is a shim.
 */
final class BundleShim {
    private BundleShim() {}

    private static final String SHIM = System.getProperty("jemu.shim");
    private static final String TARGET = System.getProperty("jemu.shim.target");

    /** The guest program {@code hostPath} stands for, if it is the shim, else null. */
    static byte[] standsFor(byte[] hostPath) {
        if (SHIM == null || TARGET == null) {
            return null;
        }
        try {
            return Files.isSameFile(Path.of(SHIM), Path.of(new String(hostPath, StandardCharsets.UTF_8)))
                    ? TARGET.getBytes(StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
